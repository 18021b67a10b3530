/**
 * The lock file on disk: its content, and the three moves of the protocol.
 *
 * - Created atomically with its content: the content goes to `<lock>.<nonce>.new`, which is then hard-linked
 *   to the lock's name (link fails if the name exists), so a lock is never seen half-written.
 * - A stale lock is taken over by renaming it to `<lock>.<random>.stale` and checking that what was moved is
 *   the lock judged stale; if a third run took over in between, its lock is put back and this run fails.
 * - Its mtime is the heartbeat.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { ProcessIdentity } from '../process/process-identity.js';

/** What a lock file holds. The identity fields are absent where /proc could not tell them. */
export interface LockContent extends ProcessIdentity {
	readonly hostname: string;
	/** ISO 8601 time the lock was taken. */
	readonly startedAt: string;
	/** ISO 8601 time the lock was taken (the heartbeat itself is the file's mtime). */
	readonly heartbeatAt: string;
	/** Random: tells this lock from any other, even one of the same process. */
	readonly nonce: string;
}

export interface ReadLock {
	/** `undefined` when the file could not be read as a lock (then only its mtime counts). */
	readonly content: LockContent | undefined;
	readonly mtimeMs: number;
}

/** Creates the lock with `content`; `false` if a lock is there already. */
export async function tryCreate(lockPath: string, content: LockContent): Promise<boolean> {
	const temporary = `${lockPath}.${content.nonce}.new`;
	try {
		await writeFile(temporary, `${JSON.stringify(content)}\n`, { flag: 'wx', mode: 0o644 });
		await link(temporary, lockPath);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		// Also after a write cut short (a full disk): the error that matters is the one above.
		await rm(temporary, { force: true }).catch(() => {});
	}
}

export async function readLock(lockPath: string): Promise<ReadLock | 'gone'> {
	try {
		const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
		return { content: parseLock(text), mtimeMs: info.mtimeMs };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
		throw error;
	}
}

/** Moves the stale lock aside; `true` if what was moved was indeed that lock (or it was gone). */
export async function takeOverStale(lockPath: string, stale: ReadLock): Promise<boolean> {
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

function parseLock(text: string): LockContent | undefined {
	let parsed: Record<string, unknown>;
	try {
		parsed = JSON.parse(text) as Record<string, unknown>;
	} catch {
		return undefined;
	}
	if (parsed === null || typeof parsed !== 'object' || !Number.isSafeInteger(parsed['pid']) || (parsed['pid'] as number) < 1 || typeof parsed['nonce'] !== 'string') return undefined;
	const field = (key: string) => (typeof parsed[key] === 'string' ? (parsed[key] as string) : undefined);
	return {
		pid: parsed['pid'] as number,
		hostname: field('hostname') ?? '',
		startedAt: field('startedAt') ?? '',
		heartbeatAt: field('heartbeatAt') ?? '',
		nonce: parsed['nonce'],
		bootId: field('bootId'),
		pidNamespace: field('pidNamespace'),
		processStart: field('processStart'),
	};
}
