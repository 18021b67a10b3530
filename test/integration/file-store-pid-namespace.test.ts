/**
 * A restarted container: the job runs as PID 1 of a new pid namespace (`unshare --pid --fork`, as a container
 * runtime starts it), is killed with SIGKILL mid-job, and runs again the same way: PID 1 again, same hostname,
 * a new pid namespace. The lock left behind names PID 1 on this host, as the new run itself is, and must be
 * taken over at once, not after 30 s of heartbeat silence, nor refused as "another run of this process".
 * Needs root (a new pid namespace); skipped with the reason otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';

const JOB = fileURLToPath(new URL('../support/crash-job.mjs', import.meta.url));
const UNSHARE = ['--pid', '--fork', '--kill-child'];

function unshareUnavailable(): string | undefined {
	if (process.getuid?.() !== 0) return 'not root: a new pid namespace needs root';
	const probe = spawnSync('unshare', [...UNSHARE, 'true'], { encoding: 'utf8' });
	return probe.status === 0 ? undefined : `\`unshare --pid --fork true\` failed: ${probe.error?.message ?? probe.stderr.trim()}`;
}
const unavailable = unshareUnavailable();
if (unavailable !== undefined) console.warn(`file-store-pid-namespace: skipped: ${unavailable}`);

let local: LocalBedrock | undefined;
afterEach(async () => {
	await local?.close();
	local = undefined;
});

interface Run {
	readonly child: ChildProcess;
	readonly exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** crash-job.mjs as PID 1 of a new pid namespace; SIGKILL to `unshare` kills the job too (`--kill-child`). */
function startAsPid1(endpoint: string, checkpoint: string, output: string, maxDelay: number): Run {
	const child = spawn('unshare', [...UNSHARE, process.execPath, JOB, endpoint, checkpoint, output, '1', String(maxDelay)], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return { child, exited: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr }))) };
}

const handled = (output: string) => (existsSync(output) ? readFileSync(output, 'utf8').split('\n').filter((line) => line.startsWith('arn:')).length : 0);

describe.skipIf(unavailable !== undefined)('fileCheckpoint in a restarted container (PID 1, new pid namespace, same hostname)', () => {
	it('takes over at once the lock its killed predecessor left, and completes the job', async () => {
		local = await startLocalBedrock({ models: 300, seed: 17 });
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-pidns-'));
		const checkpoint = join(dir, 'job.json');
		const output = join(dir, 'handled.txt');

		const first = startAsPid1(local.endpoint, checkpoint, output, 20);
		const deadline = performance.now() + 20_000;
		while (handled(output) < 5 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
		expect(handled(output)).toBeGreaterThanOrEqual(5);
		first.child.kill('SIGKILL');
		await first.exited;

		const left = JSON.parse(readFileSync(`${checkpoint}.lock`, 'utf8')) as Record<string, unknown>;
		expect(left).toMatchObject({ pid: 1, hostname: hostname(), pidNamespace: expect.stringMatching(/^pid:\[\d+\]$/) });
		expect(left['pidNamespace']).not.toBe(readlinkSync('/proc/self/ns/pid'));
		// Its /proc was the parent namespace's, so no start time could be told for PID 1.
		expect(left['processStart']).toBeUndefined();

		const started = performance.now();
		const second = await startAsPid1(local.endpoint, checkpoint, output, 0).exited;
		const took = performance.now() - started;
		expect(second.stderr).toBe('');
		expect(JSON.parse(second.stdout)).toMatchObject({ complete: true, resumed: true });
		expect(took).toBeLessThan(5_000);
		expect(existsSync(`${checkpoint}.lock`)).toBe(false);
		expect(new Set(readFileSync(output, 'utf8').split('\n').filter((line) => line.startsWith('arn:'))).size).toBe(300);
	}, 60_000);
});
