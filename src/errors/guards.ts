/**
 * Type guards that match on `name`, not `instanceof`: a dual ESM/CJS install can load two copies of the
 * classes, and then `instanceof` lies.
 */
import type { AbortError } from './abort-error.js';
import type {
	CheckpointCorruptError,
	CheckpointError,
	CheckpointLockedError,
	CheckpointMismatchError,
	CheckpointWriteError,
} from './checkpoint-errors.js';
import type { DuplicateTokenError } from './duplicate-token-error.js';
import type { InvalidPaginationConfigError } from './invalid-pagination-config-error.js';
import type { InvalidStartingTokenError } from './invalid-starting-token-error.js';
import type { ListingFailedError } from './listing-failed-error.js';
import type { MalformedPageError } from './malformed-page-error.js';
import type { PaginationError } from './pagination-error.js';

const nameOf = (error: unknown): unknown =>
	typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;

const guard =
	<T>(...names: string[]) =>
	(error: unknown): error is T =>
		names.includes(nameOf(error) as string);

const CHECKPOINT_NAMES = ['CheckpointError', 'CheckpointCorruptError', 'CheckpointMismatchError', 'CheckpointLockedError', 'CheckpointWriteError'];

/** Any error this library raises on its own, an abort of a listing included. */
export const isPaginationError = (error: unknown): error is PaginationError =>
	guard<PaginationError>(
		'PaginationError',
		'InvalidPaginationConfigError',
		'InvalidStartingTokenError',
		'DuplicateTokenError',
		'MalformedPageError',
		'ListingFailedError',
		...CHECKPOINT_NAMES,
	)(error) ||
	(nameOf(error) === 'AbortError' && error instanceof Error && 'NextToken' in error);

export const isInvalidPaginationConfigError = guard<InvalidPaginationConfigError>('InvalidPaginationConfigError');
export const isInvalidStartingTokenError = guard<InvalidStartingTokenError>('InvalidStartingTokenError');
export const isDuplicateTokenError = guard<DuplicateTokenError>('DuplicateTokenError');
export const isMalformedPageError = guard<MalformedPageError>('MalformedPageError');
export const isListingFailedError = guard<ListingFailedError>('ListingFailedError');
/**
 * An abort: this library's `AbortError` (with `NextToken`, the signal's reason as `cause`), or any other
 * error named `AbortError` (the SDK's, a `DOMException`).
 */
export const isAbortError = guard<AbortError>('AbortError');
export const isCheckpointError = guard<CheckpointError>(...CHECKPOINT_NAMES);
export const isCheckpointCorruptError = guard<CheckpointCorruptError>('CheckpointCorruptError');
export const isCheckpointMismatchError = guard<CheckpointMismatchError>('CheckpointMismatchError');
export const isCheckpointLockedError = guard<CheckpointLockedError>('CheckpointLockedError');
export const isCheckpointWriteError = guard<CheckpointWriteError>('CheckpointWriteError');

/**
 * Where to resume after `error`, thrown by a listing of this library: a service error, an abort, a malformed
 * page or a repeated token all carry the `NextToken` that resumes exactly at the page that failed. `undefined`
 * for an error that carries none (bad arguments, or an error from elsewhere).
 *
 * @example
 * try { for await (const page of pages) handle(page); }
 * catch (error) { const token = resumeTokenOf(error); if (token) save(token); throw error; }
 */
export function resumeTokenOf(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const token = (error as { NextToken?: unknown }).NextToken;
	return typeof token === 'string' ? token : undefined;
}
