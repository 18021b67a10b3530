/**
 * One run per checkpoint: a lock file beside it, holding the owner's pid, host and start time, its mtime
 * refreshed as a heartbeat.
 *
 * - Taken atomically with its content: the content goes to a temporary file, which is then hard-linked to
 *   the lock's name (link fails if the name exists), so a lock is never seen half-written.
 * - Another run's lock is left alone while its owner lives: on this host, while its pid is alive and its
 *   heartbeat fresh; from another host, while its heartbeat is fresh.
 * - A stale lock (a killed owner) is taken over by renaming it aside and checking that what was moved is
 *   the lock judged stale; if a third run took over in between, its lock is put back and this run fails.
 * - The owner checks on every heartbeat (and before every checkpoint write) that the lock is still its
 *   own, and stops if it is not: two runs never interleave checkpoint writes.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CheckpointLockedError, type LockOwner } from '../../errors/checkpoint-errors.js';

export interface FileLockOptions {
	/** A lock whose heartbeat is older than this is stale. @default 30000 */
	readonly staleMs?: number;
	/** How often the owner refreshes its heartbeat and checks the lock is still its own. @default staleMs / 3 */
	readonly heartbeatMs?: number;
}

interface LockContent extends LockOwner {
	readonly nonce: string;
}

export interface HeldLock {
	/** Throws `CheckpointLockedError` if the lock is no longer this run's. */
	verify(): Promise<void>;
	release(): Promise<void>;
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
	await mkdir(dirname(lockPath), { recursive: true });
	const now = new Date().toISOString();
	const content: LockContent = { pid: process.pid, hostname: hostname(), startedAt: now, heartbeatAt: now, nonce: randomBytes(12).toString('hex') };

	for (let attempt = 0; ; attempt++) {
		if (await tryCreate(lockPath, content)) break;
		const held = await readLock(lockPath);
		if (held === 'gone') continue;
		if (!isStale(held, staleMs)) throw lockedError(location, held);
		if (attempt >= 3 || !(await takeOverStale(lockPath, held))) {
			const current = await readLock(lockPath);
			throw lockedError(location, current === 'gone' ? held : current);
		}
	}

	const lostError = () =>
		new CheckpointLockedError(location, `The lock on checkpoint ${location} was taken away while this run held it; stopping so that two runs do not write it.`, undefined);
	let released = false;
	const verify = async () => {
		const current = await readLock(lockPath);
		if (current === 'gone' || current.content?.nonce !== content.nonce) throw lostError();
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
				onLost(error instanceof CheckpointLockedError ? error : lostError());
			}
		})();
	}, heartbeatMs);
	timer.unref();

	return {
		verify,
		async release() {
			if (released) return;
			released = true;
			clearInterval(timer);
			const current = await readLock(lockPath);
			if (current !== 'gone' && current.content?.nonce === content.nonce) await rm(lockPath, { force: true });
		},
	};
}

async function tryCreate(lockPath: string, content: LockContent): Promise<boolean> {
	const temporary = `${lockPath}.${content.nonce}.new`;
	await writeFile(temporary, `${JSON.stringify(content)}\n`, { flag: 'wx', mode: 0o644 });
	try {
		await link(temporary, lockPath);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		await rm(temporary, { force: true });
	}
}

interface ReadLock {
	/** `undefined` when the file could not be read as a lock (then only its mtime counts). */
	readonly content: LockContent | undefined;
	readonly mtimeMs: number;
}

async function readLock(lockPath: string): Promise<ReadLock | 'gone'> {
	try {
		const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
		let content: LockContent | undefined;
		try {
			const parsed = JSON.parse(text) as Partial<LockContent>;
			if (typeof parsed.pid === 'number' && typeof parsed.nonce === 'string') content = parsed as LockContent;
		} catch {
			content = undefined;
		}
		return { content, mtimeMs: info.mtimeMs };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
		throw error;
	}
}

function isStale(lock: ReadLock, staleMs: number): boolean {
	const silentFor = Date.now() - lock.mtimeMs;
	const owner = lock.content;
	if (owner !== undefined && owner.hostname === hostname()) {
		if (owner.pid === process.pid) return silentFor > staleMs; // our own pid: an earlier run of this process that did not release
		if (!isAlive(owner.pid)) return true;
	}
	return silentFor > staleMs;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Moves the stale lock aside; `true` if what was moved was indeed that lock (or it was gone). */
async function takeOverStale(lockPath: string, stale: ReadLock): Promise<boolean> {
	const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
	try {
		await rename(lockPath, aside);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
		throw error;
	}
	const moved = await readLock(aside);
	const same = moved !== 'gone' && moved.content?.nonce === stale.content?.nonce && (stale.content !== undefined || moved.mtimeMs === stale.mtimeMs);
	if (same) {
		await rm(aside, { force: true });
		return true;
	}
	// Another run took the stale lock over between our look and our move: give its lock back.
	try {
		await link(aside, lockPath);
	} catch {
		// A fourth run holds the name now; the run we displaced will see its lock gone at its next check.
	}
	await rm(aside, { force: true });
	return false;
}

function lockedError(location: string, lock: ReadLock): CheckpointLockedError {
	const owner = lock.content;
	const heartbeatAgo = Math.max(0, Math.round((Date.now() - lock.mtimeMs) / 1000));
	const who = owner === undefined ? 'another run (its lock file cannot be read)' : `process ${owner.pid} on ${owner.hostname} (running since ${owner.startedAt})`;
	return new CheckpointLockedError(
		location,
		`The checkpoint ${location} is in use by ${who}; its last heartbeat was ${heartbeatAgo} s ago. ` +
			'Two runs on one checkpoint would interleave it: wait for that run to end, or stop it. ' +
			'A lock left by a killed run is taken over automatically (at once on the same host, after 30 s of silence otherwise).',
		owner === undefined ? undefined : { pid: owner.pid, hostname: owner.hostname, startedAt: owner.startedAt, heartbeatAt: new Date(lock.mtimeMs).toISOString() },
	);
}
