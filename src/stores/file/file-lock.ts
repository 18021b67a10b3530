/**
 * One run per checkpoint: a lock file beside it naming the process instance that holds it (see
 * lock-judge.ts for how another run's lock is judged, lock-file.ts for the moves on disk), its mtime
 * refreshed as a heartbeat. The owner checks on every heartbeat (and before every write) that the lock is
 * still its own, and stops if it is not: two runs never interleave checkpoint writes.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { CheckpointLockedError } from '../../errors/checkpoint-errors.js';
import { fileError, mapFileErrors, type FileErrorContext } from './fs-errors.js';
import { dropNonce, holdNonce } from '../process/held-locks.js';
import { judgeLock, type Judgement } from '../process/lock-judge.js';
import { readLock, takeOverStale, tryCreate, type LockContent, type ReadLock } from './lock-file.js';
import { currentIdentity, instanceName } from '../process/process-identity.js';

export interface FileLockOptions {
	/** A lock whose heartbeat is older than this is stale (when its owner cannot be checked at once). @default 30000 */
	readonly staleMs?: number;
	/** How often the owner refreshes its heartbeat and checks the lock is still its own. @default staleMs / 3 */
	readonly heartbeatMs?: number;
}

export interface HeldLock {
	/** Throws `CheckpointLockedError` if the lock is no longer this run's. */
	verify(): Promise<void>;
	release(): Promise<void>;
	/** Leaves the lock as a killed run would: no more heartbeats, the file left where it is. */
	abandon(): void;
	/** `undefined` while a heartbeat went through lately; else a check of the lock file now. */
	confirm(): Promise<void> | undefined;
}

const DEFAULT_STALE_MS = 30_000;

export async function acquireFileLock(
	lockPath: string,
	location: string,
	onLost: (error: Error) => void,
	options: FileLockOptions = {},
): Promise<HeldLock> {
	const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
	const heartbeatMs = options.heartbeatMs ?? Math.max(50, Math.floor(staleMs / 3));
	const context: FileErrorContext = { location, path: lockPath, task: 'lock' };
	const now = new Date().toISOString();
	const content: LockContent = { ...currentIdentity(), hostname: hostname(), startedAt: now, heartbeatAt: now, nonce: randomBytes(12).toString('hex') };
	// Held before the file exists: another run of this process must never see the lock as nobody's.
	holdNonce(content.nonce);
	await mapFileErrors(context, async () => {
		await mkdir(dirname(lockPath), { recursive: true });
		for (let attempt = 0; ; attempt++) {
			if (await tryCreate(lockPath, content)) break;
			const held = await readLock(lockPath);
			if (held === 'gone') continue;
			const judgement = judgeLock(held, staleMs);
			if (judgement.live) throw lockedError(location, held, judgement, staleMs);
			if (attempt >= 3 || !(await takeOverStale(lockPath, held))) {
				const current = await readLock(lockPath);
				throw lockedError(location, current === 'gone' ? held : current, { live: true, reason: 'Another run took it over first' }, staleMs);
			}
		}
	}).catch((error: unknown) => {
		dropNonce(content.nonce);
		throw error;
	});
	return heldLock(lockPath, location, content.nonce, onLost, heartbeatMs);
}

function heldLock(lockPath: string, location: string, nonce: string, onLost: (error: Error) => void, heartbeatMs: number): HeldLock {
	const lostError = () =>
		new CheckpointLockedError(location, `The lock on checkpoint ${location} was taken away while this run held it; stopping so that two runs do not write it.`, undefined);
	let released = false;
	let lastBeat = Date.now();
	const verify = async () => {
		const current = await mapFileErrors({ location, path: lockPath, task: 'heartbeat' }, () => readLock(lockPath));
		if (current === 'gone' || current.content?.nonce !== nonce) throw lostError();
		lastBeat = Date.now();
	};
	const timer = setInterval(() => {
		void (async () => {
			try {
				await verify();
				const at = new Date();
				await utimes(lockPath, at, at);
			} catch (error) {
				if (released) return;
				clearInterval(timer);
				dropNonce(nonce);
				onLost(fileError(error, { location, path: lockPath, task: 'heartbeat' }));
			}
		})();
	}, heartbeatMs);
	timer.unref();

	return {
		verify,
		// Within two heartbeats of the last one nobody could have judged the lock stale; past that (a process
		// paused by SIGSTOP, a stalled event loop) the file is read before another item starts.
		confirm: () => (Date.now() - lastBeat < heartbeatMs * 2 ? undefined : verify()),
		abandon() {
			released = true;
			clearInterval(timer);
			dropNonce(nonce);
		},
		async release() {
			if (released) return;
			released = true;
			clearInterval(timer);
			dropNonce(nonce);
			await mapFileErrors({ location, path: lockPath, task: 'unlock' }, async () => {
				const current = await readLock(lockPath);
				if (current !== 'gone' && current.content?.nonce === nonce) await rm(lockPath, { force: true });
			});
		},
	};
}

function lockedError(location: string, lock: ReadLock, judgement: Judgement, staleMs: number): CheckpointLockedError {
	const owner = lock.content;
	const heartbeatAgo = Math.max(0, Math.round((Date.now() - lock.mtimeMs) / 1000));
	const who = owner === undefined ? 'another run (its lock file cannot be read)' : `process ${owner.pid} on ${owner.hostname} (running since ${owner.startedAt})`;
	return new CheckpointLockedError(
		location,
		`The checkpoint ${location} is in use by ${who}; its last heartbeat was ${heartbeatAgo} s ago. ${judgement.reason}. ` +
			'Two runs on one checkpoint would interleave it: wait for that run to end, or stop it. ' +
			'A lock left by a killed run is taken over automatically: at once if it was taken on this host since its last boot ' +
			`(by an earlier run of this container, too), after ${formatSeconds(staleMs)} of silence otherwise.`,
		owner === undefined
			? undefined
			: { pid: owner.pid, hostname: owner.hostname, startedAt: owner.startedAt, heartbeatAt: new Date(lock.mtimeMs).toISOString(), instance: instanceName(owner) },
	);
}

function formatSeconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(3))} s`;
}
