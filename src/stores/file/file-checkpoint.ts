/**
 * The default checkpoint store: one JSON file, replaced atomically, with a lock file and a failures file
 * beside it. The parts, and the Node built-ins they use, load on first use: importing the library costs nothing
 * until a job runs, and loads no Node built-in (the root entry bundles for a browser).
 */
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { CheckpointLease, CheckpointStore, FailureLog, FailureRecord } from '../../jobs/checkpoint-store.js';
import { absolutePath } from './absolute-path.js';
import type { FileLockOptions, HeldLock } from './file-lock.js';
import type { FileTask } from './fs-errors.js';

const FAILURES = '.failures.jsonl';

export interface FileCheckpointOptions extends FileLockOptions {}

/** The store `fileCheckpoint()` returns: a {@link CheckpointStore}, plus `clear()` to start the job over. */
export interface FileCheckpointStore extends CheckpointStore {
	/**
	 * The checkpoint file's absolute path, as given. When it is a symbolic link this is the link: the state is
	 * written to the file it leads to (the link stays a link), and the lock and failures file sit beside that file.
	 */
	readonly path: string;
	/** Takes the checkpoint for this run (see {@link CheckpointStore.lock}); always there in this store. */
	lock(onLost: (error: Error) => void): Promise<CheckpointLease>;
	/** The failures file; its `location` is the checkpoint path as given plus `.failures.jsonl`. */
	readonly failureLog: FailureLog;
	/** Deletes the checkpoint and its failures file (under its lock), so the next run starts from the beginning. */
	clear(): Promise<void>;
}

/**
 * A checkpoint in the file at `path` (its directory is created if needed). Writes are crash-safe (temporary
 * file, fsync, rename, fsync of the directory); `path.lock` keeps a second run off it while one runs, and
 * `path.failures.jsonl` keeps the failures of `onError: 'continue'`. A symbolic link at `path` is followed.
 *
 * @example
 * await processCustomModels(client, {}, handle, { checkpoint: fileCheckpoint('.state/audit.json') });
 */
export function fileCheckpoint(path: string, options: FileCheckpointOptions = {}): FileCheckpointStore {
	if (typeof path !== 'string' || path === '') throw new TypeError(`fileCheckpoint() expects a file path, got ${String(path)}.`);
	const files: CheckpointFiles = { path, absolute: absolutePath(path), options, held: undefined, trimmed: false };
	const failureLog = failureFile(files);
	const store: FileCheckpointStore = {
		location: path,
		path: files.absolute,
		failureLog,
		load: () => load(files),
		save: (state) => save(files, state),
		lock: (onLost) => lock(files, onLost),
		clear: () => clear(files, store, failureLog),
	};
	return store;
}

/** What one store knows: its path as given and absolute, and what the run holding it has done. */
interface CheckpointFiles {
	readonly path: string;
	readonly absolute: string;
	readonly options: FileCheckpointOptions;
	/** The lock this store holds, and the real file it was taken for: what the run writes until it lets go. */
	held: { readonly lock: HeldLock; readonly target: string } | undefined;
	/** Whether the failures file was cut back to what the checkpoint counts since the lock was taken. */
	trimmed: boolean;
}

/** The real checkpoint file (links followed); `suffix` names the file beside it that `task` is for, in errors. */
async function target(files: CheckpointFiles, task: FileTask, suffix = ''): Promise<string> {
	if (files.held !== undefined) return files.held.target;
	const [{ resolveCheckpointTarget }, { mapFileErrors }] = await Promise.all([import('./checkpoint-target.js'), import('./fs-errors.js')]);
	return mapFileErrors({ location: files.path, path: `${files.absolute}${suffix}`, task }, () => resolveCheckpointTarget(files.absolute));
}

async function failuresPath(files: CheckpointFiles, task: FileTask): Promise<string> {
	return `${await target(files, task, FAILURES)}${FAILURES}`;
}

function failureFile(files: CheckpointFiles): FailureLog {
	const { path } = files;
	return {
		location: `${path}${FAILURES}`,
		async append(index: number, records: readonly FailureRecord[]) {
			await files.held?.lock.verify();
			const { appendFailures } = await import('./failure-log.js');
			await appendFailures(path, await failuresPath(files, 'append'), index, records, !files.trimmed);
			files.trimmed = true;
		},
		async load(count: number) {
			const { loadFailures } = await import('./failure-log.js');
			const records = await loadFailures(path, await failuresPath(files, 'load-failures'), count);
			files.trimmed = true;
			return records;
		},
		async clear() {
			const { clearFailures } = await import('./failure-log.js');
			await clearFailures(path, await failuresPath(files, 'clear'));
		},
	};
}

async function load(files: CheckpointFiles): Promise<unknown> {
	const { readCheckpoint } = await import('./checkpoint-file.js');
	return readCheckpoint(files.path, await target(files, 'read'));
}

async function save(files: CheckpointFiles, state: CheckpointState): Promise<void> {
	const lock = files.held?.lock;
	const { writeCheckpoint } = await import('./checkpoint-file.js');
	await writeCheckpoint(files.path, await target(files, 'save'), state, lock === undefined ? undefined : () => lock.verify());
}

async function lock(files: CheckpointFiles, onLost: (error: Error) => void): Promise<CheckpointLease> {
	const file = await target(files, 'lock', '.lock');
	const [{ acquireFileLock }, { removeLeftovers }] = await Promise.all([import('./file-lock.js'), import('./leftovers.js')]);
	const held = await acquireFileLock(`${file}.lock`, files.path, onLost, files.options);
	files.held = { lock: held, target: file };
	files.trimmed = false;
	await removeLeftovers(file, `${file}.lock`);
	return {
		async release() {
			if (files.held?.lock === held) files.held = undefined;
			await held.release();
		},
		abandon: () => held.abandon(),
		confirm: () => held.confirm(),
	};
}

/** Under the store's own lock (taken through `store`, as a caller would), removes the checkpoint and its failures. */
async function clear(files: CheckpointFiles, store: FileCheckpointStore, failureLog: FailureLog): Promise<void> {
	const lease = await store.lock(() => {});
	try {
		const [{ mapFileErrors }, { rm }] = await Promise.all([import('./fs-errors.js'), import('node:fs/promises')]);
		const file = await target(files, 'clear');
		await mapFileErrors({ location: files.path, path: file, task: 'clear' }, () => rm(file, { force: true }));
		await failureLog.clear();
	} finally {
		await lease.release();
	}
}
