/** The default checkpoint store: one JSON file, replaced atomically, with a lock file beside it. */
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CheckpointCorruptError } from '../../errors/checkpoint-errors.js';
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { FileLockOptions, HeldLock } from './file-lock.js';
import type { CheckpointLease, CheckpointStore } from '../../jobs/types.js';

export interface FileCheckpointOptions extends FileLockOptions {}

/** The store `fileCheckpoint()` returns: a {@link CheckpointStore}, plus `clear()` to start the job over. */
export interface FileCheckpointStore extends CheckpointStore {
	/** The checkpoint file's absolute path. */
	readonly path: string;
	/** Deletes the checkpoint (under its lock), so the next run starts from the beginning. */
	clear(): Promise<void>;
}

/**
 * A checkpoint in the file at `path` (its directory is created if needed). Writes are crash-safe (temporary
 * file, fsync, rename, fsync of the directory); `path.lock` keeps a second run off it while one runs.
 *
 * @example
 * await processCustomModels(client, {}, handle, { checkpoint: fileCheckpoint('.state/audit.json') });
 */
export function fileCheckpoint(path: string, options: FileCheckpointOptions = {}): FileCheckpointStore {
	if (typeof path !== 'string' || path === '') throw new TypeError(`fileCheckpoint() expects a file path, got ${String(path)}.`);
	const absolute = resolve(path);
	const lockPath = `${absolute}.lock`;
	let held: HeldLock | undefined;

	const store: FileCheckpointStore = {
		location: path,
		path: absolute,
		async load() {
			let text: string;
			try {
				text = await readFile(absolute, 'utf8');
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
				throw new CheckpointCorruptError(path, `The checkpoint ${path} cannot be read: ${(error as Error).message}.`, { cause: error });
			}
			if (text.trim() === '') {
				throw new CheckpointCorruptError(path, `The checkpoint ${path} is empty. It was left as it is; delete it to start over.`);
			}
			try {
				return JSON.parse(text) as unknown;
			} catch (error) {
				throw new CheckpointCorruptError(
					path,
					`The checkpoint ${path} is not valid JSON (truncated or overwritten by something else: ${(error as Error).message}). It was left as it is; delete it to start over.`,
					{ cause: error },
				);
			}
		},
		async save(state: CheckpointState) {
			await held?.verify();
			const { writeFileAtomic } = await import('./atomic-write.js');
			await writeFileAtomic(absolute, `${JSON.stringify(state, null, 2)}\n`);
		},
		async lock(onLost): Promise<CheckpointLease> {
			const { acquireFileLock } = await import('./file-lock.js');
			const lock = await acquireFileLock(lockPath, path, onLost, options);
			held = lock;
			return {
				async release() {
					if (held === lock) held = undefined;
					await lock.release();
				},
			};
		},
		async clear() {
			const lease = await store.lock?.(() => {});
			try {
				await rm(absolute, { force: true });
			} finally {
				await lease?.release();
			}
		},
	};
	return store;
}
