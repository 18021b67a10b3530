/**
 * The file lock names a process instance, not a pid: each rule of lock-judge.ts with a lock file written by
 * hand, as the process it describes would have left it. "At once" means well under the 30 s a silent
 * heartbeat takes to go stale.
 */
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointLockedError, fileCheckpoint, type CheckpointLease } from '../src/index.js';
import { deadPid, livingProcess, ownIdentity, procReadable, readLockFile, startTimeOf, writeLock } from './support/file-store-lock.js';

const leases: CheckpointLease[] = [];
afterEach(async () => {
	for (const lease of leases.splice(0)) await lease.release();
});

const checkpointPath = () => join(mkdtempSync(join(tmpdir(), 'bedrock-paginators-lock-')), 'job.json');

/** Takes the lock of `path` with a fresh store; resolves to the time it took, or rejects. */
async function take(path: string): Promise<number> {
	const started = performance.now();
	const lease = await fileCheckpoint(path).lock(() => {});
	leases.push(lease);
	return performance.now() - started;
}

const takeError = (path: string) => take(path).then(() => undefined, (error: unknown) => error as CheckpointLockedError);

describe('fileCheckpoint lock: what the lock file records', () => {
	it.skipIf(!procReadable)('records pid, host, start time, nonce, boot id, pid namespace and process start time', async () => {
		const path = checkpointPath();
		await take(path);
		const own = ownIdentity();
		expect(readLockFile(`${path}.lock`)).toMatchObject({
			...own,
			startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			nonce: expect.stringMatching(/^[0-9a-f]{24}$/),
		});
	});

	it('names the holder in CheckpointLockedError.owner, with an instance that tells it from another process with its pid', async () => {
		const path = checkpointPath();
		await take(path);
		const error = await takeError(path);
		expect(error).toBeInstanceOf(CheckpointLockedError);
		expect(error?.owner).toMatchObject({ pid: process.pid, hostname: hostname(), instance: expect.any(String) });
		expect(error?.message).toMatch(/It is another run in this very process\./);
		expect(error?.message).toMatch(/at once if it was taken on this host since its last boot .*after 30 s of silence otherwise\.$/);

		const elsewhere = checkpointPath();
		writeLock(`${elsewhere}.lock`, { pid: process.pid, hostname: 'another-host', processStart: '1' });
		const foreign = await takeError(elsewhere);
		expect(foreign?.owner?.instance).toEqual(expect.any(String));
		if (procReadable) expect(foreign?.owner?.instance).not.toBe(error?.owner?.instance);
	});
});

describe.skipIf(!procReadable)('fileCheckpoint lock: a lock from this host', () => {
	it('takes over at once a lock naming our pid that this process does not hold (PID 1 of a restarted container)', async () => {
		const path = checkpointPath();
		const { pid, hostname, bootId, pidNamespace } = ownIdentity();
		writeLock(`${path}.lock`, { pid, hostname, bootId, pidNamespace, processStart: '12345' });
		expect(await take(path)).toBeLessThan(1_000);
		expect(readLockFile(`${path}.lock`)).toMatchObject({ pid, processStart: ownIdentity().processStart });
		expect(readLockFile(`${path}.lock`)['nonce']).not.toBe('left-by-hand');
	});

	it('takes over at once a lock naming this very process instance when no run of it holds that lock (a leaked lock)', async () => {
		const path = checkpointPath();
		writeLock(`${path}.lock`, { ...ownIdentity(), nonce: 'leaked' });
		expect(await take(path)).toBeLessThan(1_000);
	});

	it('takes over at once an old-format lock (pid and host only) naming our pid', async () => {
		const path = checkpointPath();
		writeLock(`${path}.lock`, { pid: process.pid, hostname: hostname() });
		expect(await take(path)).toBeLessThan(1_000);
	});

	it('refuses a lock another run of this process holds, and gives it once that run releases it', async () => {
		const path = checkpointPath();
		const first = await fileCheckpoint(path).lock(() => {});
		expect(await takeError(path)).toBeInstanceOf(CheckpointLockedError);
		await first.release();
		expect(await take(path)).toBeLessThan(1_000);
	});

	it('refuses a lock held by another copy of the library in this process (an ESM and a CJS install)', async () => {
		const path = checkpointPath();
		// Where every copy keeps the nonces of the locks it holds (the other copy may have created it first).
		const global = globalThis as Record<symbol, Set<string> | undefined>;
		const shared = (global[Symbol.for('bedrock-paginators.file-checkpoint.held-lock-nonces')] ??= new Set());
		shared.add('held-by-the-other-copy');
		try {
			writeLock(`${path}.lock`, { ...ownIdentity(), nonce: 'held-by-the-other-copy' });
			expect(await takeError(path)).toBeInstanceOf(CheckpointLockedError);
		} finally {
			shared.delete('held-by-the-other-copy');
		}
	});

	it('gives the lock to exactly one of several runs of this process asking at the same time', async () => {
		const path = checkpointPath();
		const results = await Promise.allSettled(Array.from({ length: 8 }, () => take(path)));
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(CheckpointLockedError);
	});

	it('takes over at once a lock from another pid namespace of this host and boot, even though its pid is alive', async () => {
		const path = checkpointPath();
		const living = livingProcess();
		try {
			const { hostname, bootId } = ownIdentity();
			writeLock(`${path}.lock`, { pid: living.pid, hostname, bootId, pidNamespace: 'pid:[1]' });
			expect(await take(path)).toBeLessThan(1_000);
		} finally {
			living.kill();
		}
	});

	it('waits out the heartbeat of a lock from another boot of this host (or a machine of the same name), then takes it over', async () => {
		const path = checkpointPath();
		const { hostname, pidNamespace } = ownIdentity();
		writeLock(`${path}.lock`, { pid: deadPid(), hostname, bootId: 'another-boot', pidNamespace });
		const error = await takeError(path);
		expect(error).toBeInstanceOf(CheckpointLockedError);
		expect(error?.message).toMatch(/taken under another boot of this host .*only its heartbeat tells/);
		writeLock(`${path}.lock`, { pid: deadPid(), hostname, bootId: 'another-boot', pidNamespace }, 31_000);
		expect(await take(path)).toBeLessThan(1_000);
	});

	it('waits out the heartbeat of a lock from another host even when its pid, boot and namespace match ours', async () => {
		const path = checkpointPath();
		const own = ownIdentity();
		writeLock(`${path}.lock`, { ...own, hostname: 'another-host' });
		expect(await takeError(path)).toBeInstanceOf(CheckpointLockedError);
		writeLock(`${path}.lock`, { ...own, hostname: 'another-host' }, 31_000);
		expect(await take(path)).toBeLessThan(1_000);
	});

	it('leaves alone the lock of a living process that started when the lock says', async () => {
		const path = checkpointPath();
		const living = livingProcess();
		try {
			const { hostname, bootId, pidNamespace } = ownIdentity();
			writeLock(`${path}.lock`, { pid: living.pid, hostname, bootId, pidNamespace, processStart: startTimeOf(living.pid) });
			const error = await takeError(path);
			expect(error).toBeInstanceOf(CheckpointLockedError);
			expect(error?.message).toContain(`is in use by process ${living.pid} on ${hostname}`);
			expect(error?.message).toContain(`Process ${living.pid} is alive on this host.`);
		} finally {
			living.kill();
		}
	});

	it('takes over at once a lock whose pid now belongs to a process that started at another time (a reused pid)', async () => {
		const path = checkpointPath();
		const living = livingProcess();
		try {
			const { hostname, bootId, pidNamespace } = ownIdentity();
			const otherStart = String(Number(startTimeOf(living.pid)) - 1);
			writeLock(`${path}.lock`, { pid: living.pid, hostname, bootId, pidNamespace, processStart: otherStart });
			expect(await take(path)).toBeLessThan(1_000);
		} finally {
			living.kill();
		}
	});

	it('takes over at once the lock of a process that is gone', async () => {
		const path = checkpointPath();
		const { hostname, bootId, pidNamespace } = ownIdentity();
		writeLock(`${path}.lock`, { pid: deadPid(), hostname, bootId, pidNamespace, processStart: '1' });
		expect(await take(path)).toBeLessThan(1_000);
	});

	it('takes over the lock of a living process whose heartbeat stopped', async () => {
		const path = checkpointPath();
		const living = livingProcess();
		try {
			const { hostname, bootId, pidNamespace } = ownIdentity();
			writeLock(`${path}.lock`, { pid: living.pid, hostname, bootId, pidNamespace, processStart: startTimeOf(living.pid) }, 31_000);
			expect(await take(path)).toBeLessThan(1_000);
		} finally {
			living.kill();
		}
	});
});
