/**
 * Resumable jobs as they are deployed: a loop over regions and accounts with one checkpoint name, a cron or
 * Lambda slot bounded by maxDuration under throttling, a container stopped with SIGTERM. The real
 * BedrockClient over real HTTP against local endpoints.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointMismatchError, fileCheckpoint, processCustomModels, stopOnSignals } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock, type LocalBedrockOptions } from '../../src/local/index.js';

const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
const endpoints: LocalBedrock[] = [];
const clients: BedrockClient[] = [];

afterEach(async () => {
	for (const client of clients.splice(0)) client.destroy();
	await Promise.all(endpoints.splice(0).map((endpoint) => endpoint.close()));
});

async function endpoint(options: LocalBedrockOptions): Promise<LocalBedrock> {
	const local = await startLocalBedrock(options);
	endpoints.push(local);
	return local;
}

function client(local: LocalBedrock, endpointUrl = local.endpoint): BedrockClient {
	const made = new BedrockClient({ endpoint: endpointUrl, region: local.region, credentials, maxAttempts: 1 });
	clients.push(made);
	return made;
}

const checkpointPath = () => join(mkdtempSync(join(tmpdir(), 'bedrock-paginators-deploy-')), 'audit.json');

describe('one checkpoint name in a loop over regions and accounts', () => {
	it('refuses to resume a partial checkpoint in another region, naming region and endpoint, before any handler runs', async () => {
		const east = await endpoint({ models: 300, seed: 1, region: 'us-east-1', accountId: '111111111111' });
		const west = await endpoint({ models: 300, seed: 2, region: 'eu-west-1', accountId: '111111111111' });
		const path = checkpointPath();
		await processCustomModels(client(east), {}, () => {}, { checkpoint: fileCheckpoint(path), pagination: { MaxItems: 146 } });
		let handled = 0;
		const error = await processCustomModels(client(west), {}, () => void handled++, { checkpoint: fileCheckpoint(path) }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointMismatchError);
		expect((error as CheckpointMismatchError).changes).toEqual([`region: us-east-1 in the checkpoint, eu-west-1 now`, `endpoint: ${east.endpoint} in the checkpoint, ${west.endpoint} now`]);
		expect(handled).toBe(0);
		expect(west.requestCounts.total).toBe(0);
	});

	it('refuses a complete checkpoint of another region instead of calling it already complete', async () => {
		const east = await endpoint({ models: 50, seed: 1, region: 'us-east-1' });
		const west = await endpoint({ models: 50, seed: 2, region: 'us-west-2' });
		const path = checkpointPath();
		expect(await processCustomModels(client(east), {}, () => {}, { checkpoint: fileCheckpoint(path) })).toMatchObject({ complete: true });
		await expect(processCustomModels(client(west), {}, () => {}, { checkpoint: fileCheckpoint(path) })).rejects.toThrow(/region: us-east-1 in the checkpoint, us-west-2 now/);
	});

	it('tells another account behind the same endpoint by the ARNs: on resume from the first page, and for a complete checkpoint with one request', async () => {
		const first = await endpoint({ models: 40, seed: 1, accountId: '111111111111' });
		const path = checkpointPath();
		await processCustomModels(client(first), {}, () => {}, { checkpoint: fileCheckpoint(path), pagination: { MaxItems: 10, PageSize: 10 } });
		const { port } = first;
		await first.close();
		endpoints.splice(endpoints.indexOf(first), 1);
		const second = await endpoint({ models: 40, seed: 1, accountId: '222222222222', port });
		let handled = 0;
		const error = await processCustomModels(client(second), {}, () => void handled++, { checkpoint: fileCheckpoint(path) }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointMismatchError);
		expect((error as CheckpointMismatchError).changes).toEqual(['account: 111111111111 in the checkpoint, 222222222222 now']);
		expect(handled).toBe(0);

		// A complete checkpoint of the first account, resumed against the second: one request for one model tells.
		const completePath = checkpointPath();
		const third = await endpoint({ models: 5, seed: 3, accountId: '111111111111' });
		await processCustomModels(client(third), {}, () => {}, { checkpoint: fileCheckpoint(completePath) });
		const state = JSON.parse(readFileSync(completePath, 'utf8')) as { service: { endpoint: string } };
		writeFileSync(completePath, JSON.stringify({ ...state, service: { ...state.service, endpoint: null } }));
		const before = second.requestCounts.total;
		await expect(processCustomModels(client(second), {}, () => {}, { checkpoint: fileCheckpoint(completePath) })).rejects.toThrow(/account: 111111111111 in the checkpoint, 222222222222 now/);
		expect(second.requestCounts.total - before).toBe(1);
	});

	it('takes an endpoint that differs only in form (trailing slash, default port) as the same', async () => {
		const local = await endpoint({ models: 20, seed: 4 });
		const path = checkpointPath();
		await processCustomModels(client(local), {}, () => {}, { checkpoint: fileCheckpoint(path), pagination: { MaxItems: 5 } });
		const summary = await processCustomModels(client(local, `${local.endpoint.replace('127.0.0.1', '127.0.0.1')}/`), {}, () => {}, { checkpoint: fileCheckpoint(path) });
		expect(summary).toMatchObject({ complete: true, handled: 15 });
		const recorded = JSON.parse(readFileSync(path, 'utf8')) as { service: unknown };
		expect(recorded.service).toEqual({ region: 'us-east-1', endpoint: local.endpoint, account: '123456789012', arnRegion: 'us-east-1' });
	});
});

describe('failures over real HTTP', () => {
	it('keeps 1,500 failures over two runs beside a file checkpoint, then a redrive handles exactly them', async () => {
		const local = await endpoint({ models: 3_000, seed: 12 });
		const path = checkpointPath();
		const bedrock = client(local);
		const failing = new Set(local.models().filter((_, i) => i % 2 === 0).map((model) => model.modelArn));
		const handler = (model: { modelArn?: string | undefined }) => {
			if (failing.has(model.modelArn ?? '')) throw new Error('no tag');
		};
		const first = await processCustomModels(bedrock, {}, handler, { checkpoint: fileCheckpoint(path), onError: 'continue', pagination: { PageSize: 500, MaxItems: 1_400 } });
		const second = await processCustomModels(bedrock, {}, handler, { checkpoint: fileCheckpoint(path), onError: 'continue', pagination: { PageSize: 500 } });
		expect(first.failed + second.failed).toBe(1_500);
		expect(second).toMatchObject({ complete: true, openFailures: 1_500 });
		expect((JSON.parse(readFileSync(path, 'utf8')) as { failures: { open: number } }).failures.open).toBe(1_500);
		const redriven: string[] = [];
		const redrive = await processCustomModels(bedrock, {}, (model) => void redriven.push(model.modelArn ?? ''), { checkpoint: fileCheckpoint(path), onError: 'continue', redrive: true });
		expect(new Set(redriven)).toEqual(failing);
		expect(redriven).toHaveLength(1_500);
		expect(redrive).toMatchObject({ mode: 'redrive', handled: 1_500, failed: 0, openFailures: 0 });
	}, 60_000);
});

describe('maxDuration bounds a run over real HTTP', () => {
	it('resolves within the deadline when a page read ahead is told Retry-After: 600', async () => {
		const local = await endpoint({ models: 60, seed: 5, faults: { retryAfterSeconds: 600, script: [{ request: 2, fault: 429 }] } });
		const started = performance.now();
		const summary = await processCustomModels(client(local), {}, () => new Promise((resolve) => setTimeout(resolve, 5)), {
			checkpoint: fileCheckpoint(checkpointPath()),
			pagination: { PageSize: 20 },
			maxDuration: 2_000,
			shutdownGraceMs: 1_000,
		});
		expect(performance.now() - started).toBeLessThan(2_000 + 1_000);
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', handled: 20, complete: false });
	});

	it.each([429, 503] as const)('resolves with stoppedBy maxDuration under constant %i answers instead of rejecting', async (status) => {
		const local = await endpoint({ models: 60, seed: 6, faults: { script: Array.from({ length: 200 }, (_, i) => ({ request: i + 1, fault: status })) } });
		const started = performance.now();
		const summary = await processCustomModels(client(local), {}, () => {}, { checkpoint: fileCheckpoint(checkpointPath()), maxDuration: 1_500, retry: { minTimeout: 50, maxTimeout: 200 } });
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', handled: 0 });
		expect(performance.now() - started).toBeLessThan(1_500 + 500);
	});
});

describe('a container stopped with SIGTERM', () => {
	const JOB = fileURLToPath(new URL('../support/signal-job.mjs', import.meta.url));

	function startJob(endpointUrl: string, path: string, output: string, handlers: 'give-up' | 'stall' | 'hang' = 'give-up') {
		const child = spawn(process.execPath, [JOB, endpointUrl, path, output, handlers], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
			child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
		);
		return { child, exited };
	}
	const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((line) => line.startsWith('arn:')) : []);
	async function waitFor(predicate: () => boolean) {
		while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 10));
	}

	it('stops on the first SIGTERM: running handlers see their signal, the checkpoint is saved, the next run continues with nothing lost', async () => {
		const local = await endpoint({ models: 200, seed: 7 });
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-sigterm-'));
		const path = join(dir, 'job.json');
		const output = join(dir, 'handled.txt');
		const run = startJob(local.endpoint, path, output, 'stall');
		await waitFor(() => lines(output).length >= 20 && lines(`${output}.stalled`).length > 0);
		run.child.kill('SIGTERM');
		const stopped = await run.exited;
		expect(stopped.stderr).toBe('');
		expect(stopped.code).toBe(143);
		expect(JSON.parse(stopped.stdout)).toMatchObject({ stopped: 'AbortError', reason: 'SIGTERM', abortedHandlers: expect.any(Number) });
		expect((JSON.parse(stopped.stdout) as { abortedHandlers: number }).abortedHandlers).toBeGreaterThan(0);
		const resumed = await startJob(local.endpoint, path, output).exited;
		expect(JSON.parse(resumed.stdout)).toMatchObject({ complete: true, resumed: true });
		expect(new Set(lines(output))).toEqual(new Set(local.models().map((model) => model.modelArn)));
	}, 30_000);

	const unshareWorks = spawnSync('unshare', ['--pid', '--fork', '--kill-child', 'true']).status === 0;
	it.skipIf(!unshareWorks)('ends at once on a second SIGTERM as PID 1 of a container too, where the kernel ignores the default', async () => {
		const local = await endpoint({ models: 200, seed: 9 });
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-sigterm-'));
		const output = join(dir, 'handled.txt');
		const child = spawn('unshare', ['--pid', '--fork', '--kill-child', process.execPath, JOB, local.endpoint, join(dir, 'job.json'), output, 'hang'], { stdio: 'ignore' });
		const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		await waitFor(() => lines(output).length >= 5);
		// The signals go to the job, PID 1 of its namespace (unshare forwards nothing): find its pid outside. By the
		// start of its command line: unshare's own holds the same words, and may start in the same clock tick.
		const pattern = `^${[process.execPath, JOB, local.endpoint].join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
		const pid = Number(spawnSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).stdout.trim());
		expect(Number.isInteger(pid) && pid > 0, `one job process matches ${pattern}`).toBe(true);
		process.kill(pid, 'SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 200));
		const started = performance.now();
		process.kill(pid, 'SIGTERM');
		expect(await exited).not.toBeNull();
		// Well before the 10 s grace the job would have waited.
		expect(performance.now() - started).toBeLessThan(1_500);
	}, 30_000);

	it('shares one handler among many stopOnSignals() signals, and removes it once they are all released', async () => {
		const before = process.listenerCount('SIGTERM');
		const signals = Array.from({ length: 20 }, () => stopOnSignals(['SIGTERM']));
		expect(process.listenerCount('SIGTERM')).toBe(before + 1);
		for (const signal of signals) signal.release();
		expect(process.listenerCount('SIGTERM')).toBe(before);
		expect(() => stopOnSignals(['SIGNOPE' as NodeJS.Signals])).toThrow(/expects signal names/);
	});

	it('ends at once on a second SIGTERM, as the default would', async () => {
		const local = await endpoint({ models: 200, seed: 8 });
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-sigterm-'));
		const run = startJob(local.endpoint, join(dir, 'job.json'), join(dir, 'handled.txt'), 'hang');
		await waitFor(() => lines(join(dir, 'handled.txt')).length >= 5);
		run.child.kill('SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 100));
		const started = performance.now();
		run.child.kill('SIGTERM');
		const ended = await run.exited;
		expect({ signal: ended.signal, code: ended.code, stderr: ended.stderr }).toMatchObject({ signal: 'SIGTERM' });
		// Well before the 10 s grace the job would have waited.
		expect(performance.now() - started).toBeLessThan(1_500);
	}, 30_000);
});
