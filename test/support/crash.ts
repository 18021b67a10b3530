/**
 * The crash test's machinery: a job in a child process (`crash-job.mjs`) over the local endpoint, killed with
 * SIGKILL at random moments and started again until it completes, then once more (which must handle nothing).
 * With change, the two models handled last are deleted and a newer one is created after every kill. What is
 * measured: models lost, models handled twice, and after each kill the models handled (a line written) that
 * the checkpoint did not count yet: only those may be handled again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { rounds, THOROUGH } from './thorough.js';

const JOB = fileURLToPath(new URL('../support/crash-job.mjs', import.meta.url));
export const KILLS = rounds(30);
/** Enough that every kill lands before the job completes (at most 100 models a run): 2,000 in the slow checks. */
export const MODELS = THOROUGH ? 2_000 : 800;
/** The default checkpointing's bound beyond the items in flight: at most this many finished items wait for a save. */
export const MAX_UNSAVED = 1_000;


export interface Run {
	child: ChildProcess;
	exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export function startJob(endpoint: string, checkpoint: string, output: string, concurrency: number, maxDelay: number, env: Record<string, string> = {}): Run {
	const child = spawn(process.execPath, [JOB, endpoint, checkpoint, output, String(concurrency), String(maxDelay)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
	return { child, exited };
}

export const handledLines = (output: string) => (existsSync(output) ? readFileSync(output, 'utf8').split('\n') : []);
export const countHandled = (output: string) => handledLines(output).filter((line) => line.startsWith('arn:')).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `lines` more models were handled, `ms` passed, or the run ended, whichever comes first. */
export async function waitForKillMoment(run: Run, output: string, lines: number, ms: number): Promise<boolean> {
	const target = countHandled(output) + lines;
	const deadline = performance.now() + ms;
	let ended = false;
	void run.exited.then(() => (ended = true));
	while (!ended && performance.now() < deadline && countHandled(output) < target) await sleep(3);
	return ended;
}

export interface CrashOptions {
	concurrency: number;
	change: boolean;
	maxDelay: number;
	seed: number;
	models?: number;
	kills?: number;
	/** Where the checkpoint is (see crash-job.mjs) and how to read the models it counts; a file by default. */
	store?: { spec: string; handled: () => Promise<number> };
}

export async function crashTest(options: CrashOptions) {
	const local = await startLocalBedrock({ models: options.models ?? MODELS, seed: options.seed });
	try {
		return await killAndRestart(local, options);
	} finally {
		await local.close();
	}
}

async function killAndRestart(local: LocalBedrock, options: CrashOptions) {
	const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-crash-'));
	const file = join(dir, 'state', 'job.json');
	const checkpoint = options.store?.spec ?? file;
	const output = join(dir, 'handled.txt');
	const deleted = new Set<string>();
	let kills = 0;
	let random = options.seed;
	const next = () => ((random = (random * 48271) % 2147483647) / 2147483647);

	// After each kill: models handled (a line written) that the checkpoint on disk does not count. Only those
	// may be handled again, and the default checkpointing bounds how many there are.
	const unsaved: number[] = [];
	const savedHandled = options.store?.handled ?? (async () => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { handled: number }).handled : 0));
	while (kills < (options.kills ?? KILLS)) {
		const [linesBefore, savedBefore] = [countHandled(output), await savedHandled()];
		const run = startJob(local.endpoint, checkpoint, output, options.concurrency, options.maxDelay);
		// Most kills land while models are handled, some during start-up (lock, load, first request).
		const ended = await waitForKillMoment(run, output, 1 + Math.floor(next() * 100), 150 + next() * 1_500);
		if (ended) break;
		run.child.kill('SIGKILL');
		await run.exited;
		kills++;
		unsaved.push(countHandled(output) - linesBefore - ((await savedHandled()) - savedBefore));
		if (options.change) {
			const arns = handledLines(output).filter((line) => line.startsWith('arn:'));
			for (const arn of arns.slice(-2)) if (local.deleteModel(arn)) deleted.add(arn);
			local.addModel({ modelName: `created-after-kill-${kills}` });
		}
	}
	let finished: { code: number | null; stdout: string; stderr: string } | undefined;
	for (let attempt = 0; attempt < 3 && finished?.stdout.includes('"complete":true') !== true; attempt++) {
		finished = await startJob(local.endpoint, checkpoint, output, options.concurrency, options.maxDelay).exited;
	}
	expect(finished?.stderr).toBe('');
	expect(JSON.parse(finished?.stdout ?? '{}')).toMatchObject({ complete: true });
	const before = countHandled(output);
	const rerun = await startJob(local.endpoint, checkpoint, output, options.concurrency, options.maxDelay).exited;
	expect(JSON.parse(rerun.stdout)).toMatchObject({ handled: 0, complete: true, stoppedBy: 'alreadyComplete' });
	expect(countHandled(output)).toBe(before);

	// Runs are separated by '# run' lines: a duplicate is a model handled again in a later run.
	const seen = new Set<string>();
	let duplicates = 0;
	let mostInOneRestart = 0;
	for (const segment of readFileSync(output, 'utf8').split(/^# run .*$/m)) {
		const arns = segment.split('\n').filter((line) => line.startsWith('arn:'));
		const repeated = arns.filter((arn) => seen.has(arn)).length;
		duplicates += repeated;
		mostInOneRestart = Math.max(mostInOneRestart, repeated);
		for (const arn of arns) seen.add(arn);
	}
	const present = local.models().map((model) => model.modelArn);
	const lost = present.filter((arn) => !seen.has(arn)).length;
	const mostUnsaved = Math.max(0, ...unsaved);
	const totalUnsaved = unsaved.reduce((sum, count) => sum + count, 0);
	console.log(
		`crash test${options.store === undefined ? '' : ` on ${options.store.spec.split(':')[0]}`} (concurrency ${options.concurrency}, handlers up to ${options.maxDelay} ms${options.change ? ', with change' : ''}): ${kills} kills, ${present.length} models at the end` +
			`${options.change ? ` (${deleted.size} deleted, ${kills} created)` : ''}, ${lost} lost, ${duplicates} handled twice (at most ${mostInOneRestart} after one kill); ` +
			`not yet saved at a kill: at most ${mostUnsaved}, ${totalUnsaved} in all`,
	);
	return { kills, lost, duplicates, mostInOneRestart, mostUnsaved, totalUnsaved };
}

/** What every crash test holds: nothing lost, and only models the checkpoint had not counted are repeated. */
export function expectBound(result: Awaited<ReturnType<typeof crashTest>>, concurrency: number, kills = KILLS) {
	expect(result.kills).toBe(kills);
	expect(result.lost).toBe(0);
	expect(result.duplicates).toBeLessThanOrEqual(result.totalUnsaved);
	expect(result.mostUnsaved).toBeLessThanOrEqual(concurrency + MAX_UNSAVED);
}

