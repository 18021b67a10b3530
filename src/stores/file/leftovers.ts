/**
 * Removes what crashed runs of one checkpoint left beside it: the temporary files of a save cut short
 * (`.<name>.<pid>.<random>.tmp`, see atomic-write.ts) and of a lock taken or taken over
 * (`<name>.lock.<nonce>.new`, `<name>.lock.<random>.stale`, see lock-file.ts). Run by the holder of the lock,
 * so no other run of this checkpoint writes a save's temporary file now; lock temporaries are only removed
 * once a few seconds old, as another run may be between its two steps on them. Files of other checkpoints
 * in the directory are never touched: names are matched exactly.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A lock temporary younger than this may still be in use by a run taking the lock. */
const LOCK_TEMPORARY_GRACE_MS = 5_000;

/** Removes leftovers of the checkpoint at `target` (its real file, links followed). Best effort: never throws. */
export async function removeLeftovers(target: string, lockPath: string, now = Date.now()): Promise<void> {
	const directory = dirname(target);
	const saveTemporary = new RegExp(`^\\.${escape(basename(target))}\\.\\d+\\.[0-9a-f]+\\.tmp$`);
	const lockTemporary = new RegExp(`^${escape(basename(lockPath))}\\.[0-9a-f]+\\.(?:new|stale)$`);
	let names: string[];
	try {
		names = await readdir(directory);
	} catch {
		return;
	}
	await Promise.all(
		names.map(async (name) => {
			const path = join(directory, name);
			try {
				if (saveTemporary.test(name)) await rm(path, { force: true });
				else if (lockTemporary.test(name) && now - (await stat(path)).mtimeMs > LOCK_TEMPORARY_GRACE_MS) await rm(path, { force: true });
			} catch {
				// Left for the next run: a leftover in the way of nothing is not worth failing this one.
			}
		}),
	);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
