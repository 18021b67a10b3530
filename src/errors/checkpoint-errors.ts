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

/**
 * The checkpoint (or a file beside it: its lock, its failures) could not be written or read: a full disk, a
 * read-only file system, missing permissions, a directory or file in the way. Writes are atomic, so the
 * checkpoint on disk is intact: fix the cause and run again.
 */
export class CheckpointWriteError extends CheckpointError {
	override name = 'CheckpointWriteError';
	/** The file or directory the operating system refused. */
	readonly path: string;
	/** The system error code (`ENOSPC`, `EROFS`, `EACCES`, ...), when there is one. */
	readonly code: string | undefined;

	constructor(location: string, message: string, path: string, code: string | undefined, options?: ErrorOptions) {
		super(location, message, options);
		this.path = path;
		this.code = code;
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
	/**
	 * What tells this process apart from another that has (or had) the same pid on the same host: a PID 1 in a
	 * restarted container, a pid reused after a reboot. Opaque; present in locks written since 0.3.0.
	 */
	readonly instance?: string | undefined;
	/** ISO 8601 time the owner's lease expires (checkpoints held by lease). */
	readonly expiresAt?: string | undefined;
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
