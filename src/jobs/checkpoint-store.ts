/** The public contract of checkpoint stores: what a job asks of the store, its lock and its failure log. */
import type { CheckpointState } from './checkpoint-state.js';

/**
 * Where a job keeps its checkpoint. `fileCheckpoint(path)` is the default; any object with these methods
 * will do (a database row, an S3 object). See the README for a store in a few lines.
 */
export interface CheckpointStore {
	/** Names the checkpoint in messages: a file path, a table and key, an S3 URL. */
	readonly location: string;
	/**
	 * The saved state, exactly as `save` was given it (JSON-compatible), or `undefined` when nothing was
	 * saved yet. Throw (a `CheckpointCorruptError` is best) when what is stored cannot be read.
	 */
	load(): Promise<unknown>;
	/** Replaces the saved state. Must be atomic: a crash leaves the old state or the new one, never a mix. */
	save(state: CheckpointState): Promise<void>;
	/**
	 * Optional: takes the checkpoint for this run, so that two runs never interleave it. Reject with a
	 * `CheckpointLockedError` when another run holds it. `onLost` is called if the lock is taken away while
	 * the run holds it; the job then stops.
	 */
	lock?(onLost: (error: Error) => void): Promise<CheckpointLease>;
	/**
	 * Optional: where failures (`onError: 'continue'`) are kept, beside the checkpoint, so that the checkpoint
	 * stays small however many items fail. Without it, failures are kept inside the checkpoint itself.
	 */
	readonly failureLog?: FailureLog | undefined;
}

/** A held checkpoint lock. */
export interface CheckpointLease {
	release(): Promise<void>;
	/**
	 * Optional, for tests (the conformance kit): stops renewing the lock without releasing it, as a killed or
	 * paused run would leave it, so that another run may take it over once it expires.
	 */
	abandon?(): void;
	/**
	 * Optional: called before each item starts. `undefined` while the lock is surely still held; otherwise (a
	 * process paused past its lease, renewals that did not get through) a promise that settles once the lock is
	 * confirmed, or rejects (a `CheckpointLockedError`) when another run has it: then no item starts.
	 */
	confirm?(): Promise<void> | undefined;
}

/**
 * An append-only log of failure records, in numbered batches. The checkpoint records how many batches it
 * vouches for; a batch appended by a run that stopped before its next checkpoint is dropped on the next load,
 * as its items are handled again.
 */
export interface FailureLog {
	/** Names the log in messages (the failures file's path, ...). */
	readonly location: string;
	/** Appends batch number `index` (0, 1, 2, ... in order) durably: resolve only once it would survive a crash. */
	append(index: number, records: readonly FailureRecord[]): Promise<void>;
	/**
	 * The records of batches `0` to `count - 1`, in the order appended. Removes whatever lies past them (a later
	 * batch, a record cut short by a crash), so that the next `append` follows batch `count - 1`.
	 */
	load(count: number): Promise<FailureRecord[]>;
	/** Removes every batch (the job starts over). */
	clear(): Promise<void>;
}

/** One entry of the failure log. Treat it as JSON. */
export interface FailureRecord {
	/** `failed`: a handler threw for this item; `resolved`: a later run (a redrive) handled it. */
	readonly kind: 'failed' | 'resolved';
	/** The item's identifier (such as its ARN), or `#<n>` when the operation has none. */
	readonly id: string;
	/** How many times the item has been tried, this one included. */
	readonly attempts: number;
	/** ISO 8601 time of this entry. */
	readonly at: string;
	/** `failed` only: the item as listed, as JSON (its Dates as ISO strings, their paths in `dates`). */
	readonly item?: unknown;
	/** `failed` only: the paths of the item's Dates (`creationTime`, `a.b.0.c`), so a redrive gets Dates back. */
	readonly dates?: readonly string[] | undefined;
	/** `failed` only: the error's name and message. */
	readonly error?: { readonly name: string; readonly message: string } | undefined;
}
