/**
 * Crash-safe replacement of a file: write a temporary file in the same directory, fsync it, rename it over
 * the target, fsync the directory. After a crash at any point the target holds the old content or the new,
 * never a mix, and the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * `beforeRename` runs once the new content is on disk, right before it replaces the old: a lock check there
 * leaves the smallest window in which a run that lost its lock (paused, then woken) could still replace the
 * new owner's checkpoint.
 */
export async function writeFileAtomic(path: string, data: string, beforeRename?: () => Promise<void>): Promise<void> {
	const directory = dirname(path);
	await mkdir(directory, { recursive: true });
	const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		const file = await open(temporary, 'wx', 0o644);
		try {
			await file.writeFile(data, 'utf8');
			await file.sync();
		} finally {
			await file.close();
		}
		await beforeRename?.();
		await rename(temporary, path);
	} catch (error) {
		// Best effort: the write's own error is the one to report, not a second one from the cleanup.
		await rm(temporary, { force: true }).catch(() => {});
		throw error;
	}
	await syncDirectory(directory);
}

/** Makes a rename or a new file in `directory` durable. Some platforms cannot open a directory; that is not an error. */
export async function syncDirectory(directory: string): Promise<void> {
	let handle;
	try {
		handle = await open(directory, 'r');
		await handle.sync();
	} catch (error) {
		if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
	} finally {
		await handle?.close();
	}
}
