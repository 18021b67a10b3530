/**
 * Crash tests of resumable jobs: a child process lists 2,000 models through the real BedrockClient and the
 * local endpoint, its handler appending each ARN to a file; it is killed with SIGKILL at random moments and
 * started again until the job completes, then once more (which must handle nothing). With change, the two
 * models handled last are deleted and a newer one is created after every kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';

const JOB = fileURLToPath(new URL('../support/crash-job.mjs', import.meta.url));
const KILLS = 30;
const MODELS = 2_000;
/** The default checkpointing's bound beyond the items in flight: at most this many finished items wait for a save. */
const MAX_UNSAVED = 1_000;

let local: LocalBedrock | undefined;
afterEach(async () => {
	await local?.close();
	local = undefined;
});

interface Run {
	child: ChildProcess;
	exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function startJob(endpoint: string, checkpoint: string, output: string, concurrency: number, maxDelay: number): Run {
	const child = spawn(process.execPath, [JOB, endpoint, checkpoint, output, String(concurrency), String(maxDelay)], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
	return { child, exited };
}

const handledLines = (output: string) => (existsSync(output) ? readFileSync(output, 'utf8').split('\n') : []);
const countHandled = (output: string) => handledLines(output).filter((line) => line.startsWith('arn:')).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `lines` more models were handled, `ms` passed, or the run ended, whichever comes first. */
async function waitForKillMoment(run: Run, output: string, lines: number, ms: number): Promise<boolean> {
	const target = countHandled(output) + lines;
	const deadline = performance.now() + ms;
	let ended = false;
	void run.exited.then(() => (ended = true));
	while (!ended && performance.now() < deadline && countHandled(output) < target) await sleep(3);
	return ended;
}

async function crashTest(options: { concurrency: number; change: boolean; maxDelay: number; seed: number; models?: number; kills?: number }) {
	local = await startLocalBedrock({ models: options.models ?? MODELS, seed: options.seed });
	const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-crash-'));
	const checkpoint = join(dir, 'state', 'job.json');
	const output = join(dir, 'handled.txt');
	const deleted = new Set<string>();
	let kills = 0;
	let random = options.seed;
	const next = () => ((random = (random * 48271) % 2147483647) / 2147483647);

	// After each kill: models handled (a line written) that the checkpoint on disk does not count. Only those
	// may be handled again, and the default checkpointing bounds how many there are.
	const unsaved: number[] = [];
	const savedHandled = () => (existsSync(checkpoint) ? (JSON.parse(readFileSync(checkpoint, 'utf8')) as { handled: number }).handled : 0);
	while (kills < (options.kills ?? KILLS)) {
		const [linesBefore, savedBefore] = [countHandled(output), savedHandled()];
		const run = startJob(local.endpoint, checkpoint, output, options.concurrency, options.maxDelay);
		// Most kills land while models are handled, some during start-up (lock, load, first request).
		const ended = await waitForKillMoment(run, output, 1 + Math.floor(next() * 100), 150 + next() * 1_500);
		if (ended) break;
		run.child.kill('SIGKILL');
		await run.exited;
		kills++;
		unsaved.push(countHandled(output) - linesBefore - (savedHandled() - savedBefore));
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
		`crash test (concurrency ${options.concurrency}, handlers up to ${options.maxDelay} ms${options.change ? ', with change' : ''}): ${kills} kills, ${present.length} models at the end` +
			`${options.change ? ` (${deleted.size} deleted, ${kills} created)` : ''}, ${lost} lost, ${duplicates} handled twice (at most ${mostInOneRestart} after one kill); ` +
			`not yet saved at a kill: at most ${mostUnsaved}, ${totalUnsaved} in all`,
	);
	return { kills, lost, duplicates, mostInOneRestart, mostUnsaved, totalUnsaved };
}

describe('resumable jobs under SIGKILL, at the default checkpointing', () => {
	/** What every crash test holds: nothing lost, and only models the checkpoint had not counted are repeated. */
	function expectBound(result: Awaited<ReturnType<typeof crashTest>>, concurrency: number, kills = KILLS) {
		expect(result.kills).toBe(kills);
		expect(result.lost).toBe(0);
		expect(result.duplicates).toBeLessThanOrEqual(result.totalUnsaved);
		expect(result.mostUnsaved).toBeLessThanOrEqual(concurrency + MAX_UNSAVED);
	}

	it('loses no model and repeats only models not yet saved, within the documented bound', async () => {
		expectBound(await crashTest({ concurrency: 1, change: false, maxDelay: 0, seed: 11 }), 1);
	}, 180_000);

	it('with models deleted and created between kills: every model that exists is handled, and the bound holds', async () => {
		expectBound(await crashTest({ concurrency: 1, change: true, maxDelay: 0, seed: 23 }), 1);
	}, 180_000);

	it('with concurrency 8 and handlers of random duration: nothing lost, the bound holds', async () => {
		expectBound(await crashTest({ concurrency: 8, change: true, maxDelay: 6, seed: 37 }), 8);
	}, 180_000);

	it('with handlers of 100-150 ms, saves after every model: a kill repeats at most the models in flight', async () => {
		const result = await crashTest({ concurrency: 8, change: true, maxDelay: -100, seed: 41, models: 600, kills: 12 });
		expectBound(result, 8, 12);
		expect(result.mostUnsaved).toBeLessThanOrEqual(8);
	}, 180_000);
});

describe('one run per checkpoint, across processes', () => {
	it('fails a second run at once naming the first, and after a SIGKILL the next run takes over', async () => {
		local = await startLocalBedrock({ models: 300, seed: 5 });
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-lock-'));
		const checkpoint = join(dir, 'job.json');
		const output = join(dir, 'handled.txt');
		const first = startJob(local.endpoint, checkpoint, output, 1, 20);
		await waitForKillMoment(first, output, 3, 10_000);
		const started = performance.now();
		const second = await startJob(local.endpoint, checkpoint, output, 1, 0).exited;
		expect(second.code).toBe(1);
		expect(second.stderr).toContain(`CheckpointLockedError: The checkpoint ${checkpoint} is in use by process ${first.child.pid}`);
		expect(performance.now() - started).toBeLessThan(5_000);
		first.child.kill('SIGKILL');
		await first.exited;
		const third = await startJob(local.endpoint, checkpoint, output, 4, 0).exited;
		expect(third.stderr).toBe('');
		expect(JSON.parse(third.stdout)).toMatchObject({ complete: true, resumed: true });
	}, 60_000);
});
