/**
 * The default checkpoint store: one JSON file, replaced atomically, with a lock file and a failures file
 * beside it. The parts, and the Node built-ins they use, load on first use: importing the library costs nothing
 * until a job runs, and loads no Node built-in (the root entry bundles for a browser).
 */
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { CheckpointLease, CheckpointStore, FailureLog, FailureRecord } from '../../jobs/types.js';
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
	const absolute = absolutePath(path);
	/** The lock this store holds, and the real file it was taken for: what the run writes until it lets go. */
	let held: { readonly lock: HeldLock; readonly target: string } | undefined;

	/** The real checkpoint file (links followed); `suffix` names the file beside it that `task` is for, in errors. */
	const target = async (task: FileTask, suffix = ''): Promise<string> => {
		if (held !== undefined) return held.target;
		const [{ resolveCheckpointTarget }, { mapFileErrors }] = await Promise.all([import('./checkpoint-target.js'), import('./fs-errors.js')]);
		return mapFileErrors({ location: path, path: `${absolute}${suffix}`, task }, () => resolveCheckpointTarget(absolute));
	};
	const failures = async (task: FileTask) => `${await target(task, FAILURES)}${FAILURES}`;

	/** Whether the failures file was cut back to what the checkpoint counts since the lock was taken. */
	let trimmed = false;
	const failureLog: FailureLog = {
		location: `${path}${FAILURES}`,
		async append(index: number, records: readonly FailureRecord[]) {
			await held?.lock.verify();
			const { appendFailures } = await import('./failure-log.js');
			await appendFailures(path, await failures('append'), index, records, !trimmed);
			trimmed = true;
		},
		async load(count: number) {
			const { loadFailures } = await import('./failure-log.js');
			const records = await loadFailures(path, await failures('load-failures'), count);
			trimmed = true;
			return records;
		},
		async clear() {
			const { clearFailures } = await import('./failure-log.js');
			await clearFailures(path, await failures('clear'));
		},
	};

	const store: FileCheckpointStore = {
		location: path,
		path: absolute,
		failureLog,
		async load() {
			const { readCheckpoint } = await import('./checkpoint-file.js');
			return readCheckpoint(path, await target('read'));
		},
		async save(state: CheckpointState) {
			const lock = held?.lock;
			const { writeCheckpoint } = await import('./checkpoint-file.js');
			await writeCheckpoint(path, await target('save'), state, lock === undefined ? undefined : () => lock.verify());
		},
		async lock(onLost): Promise<CheckpointLease> {
			const file = await target('lock', '.lock');
			const [{ acquireFileLock }, { removeLeftovers }] = await Promise.all([import('./file-lock.js'), import('./leftovers.js')]);
			const lock = await acquireFileLock(`${file}.lock`, path, onLost, options);
			held = { lock, target: file };
			trimmed = false;
			await removeLeftovers(file, `${file}.lock`);
			return {
				async release() {
					if (held?.lock === lock) held = undefined;
					await lock.release();
				},
				abandon: () => lock.abandon(),
				confirm: () => lock.confirm(),
			};
		},
		async clear() {
			const lease = await store.lock(() => {});
			try {
				const [{ mapFileErrors }, { rm }] = await Promise.all([import('./fs-errors.js'), import('node:fs/promises')]);
				const file = await target('clear');
				await mapFileErrors({ location: path, path: file, task: 'clear' }, () => rm(file, { force: true }));
				await failureLog.clear();
			} finally {
				await lease.release();
			}
		},
	};
	return store;
}
