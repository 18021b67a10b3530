/** Errors of resumable jobs and their checkpoint stores. */
import { PaginationError } from './pagination-error.js';

/** Base class of the checkpoint errors; `location` names the checkpoint (a file path, or a store's description). */
export class CheckpointError extends PaginationError {
	override name = 'CheckpointError';
	readonly location: string;

	constructor(location: string, message: string, options?: ErrorOptions) {
		super(message, options);
		this.location = location;
	}
}

/**
 * The checkpoint is empty, truncated, not JSON, not a checkpoint of this library, or of a format version this
 * version cannot read. It is left as it is, never overwritten.
 */
export class CheckpointCorruptError extends CheckpointError {
	override name = 'CheckpointCorruptError';
}

/** The checkpoint was written for another query (operation, filters or order) than the job now runs. */
export class CheckpointMismatchError extends CheckpointError {
	override name = 'CheckpointMismatchError';
	/** What differs, one entry per field: `filters.modelStatus: 'Active' in the checkpoint, 'Failed' now`. */
	readonly changes: readonly string[];

	constructor(location: string, message: string, changes: readonly string[]) {
		super(location, message);
		this.changes = changes;
	}
}

/** Who holds a checkpoint's lock. */
export interface LockOwner {
	readonly pid: number;
	readonly hostname: string;
	/** ISO 8601 time the lock was taken. */
	readonly startedAt: string;
	/** ISO 8601 time of the owner's last heartbeat. */
	readonly heartbeatAt: string;
}

/** Another run holds the checkpoint: a second job on it would interleave checkpoints. */
export class CheckpointLockedError extends CheckpointError {
	override name = 'CheckpointLockedError';
	/** The process that holds it, when the lock says. */
	readonly owner: LockOwner | undefined;

	constructor(location: string, message: string, owner: LockOwner | undefined) {
		super(location, message);
		this.owner = owner;
	}
}
