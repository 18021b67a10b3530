export { PaginationError } from './pagination-error.js';
export { InvalidPaginationConfigError } from './invalid-pagination-config-error.js';
export { InvalidStartingTokenError } from './invalid-starting-token-error.js';
export { DuplicateTokenError } from './duplicate-token-error.js';
export { AbortError } from './abort-error.js';
export { MalformedPageError } from './malformed-page-error.js';
export { ListingFailedError } from './listing-failed-error.js';
export {
	CheckpointError,
	CheckpointCorruptError,
	CheckpointMismatchError,
	CheckpointLockedError,
	CheckpointWriteError,
	type LockOwner,
} from './checkpoint-errors.js';
export * from './guards.js';
