import { PaginationError } from './pagination-error.js';

/**
 * A request failed with something that is not an error object (a string, a number, a frozen object), which
 * cannot carry a resume token: this wraps it, with the original as `cause`.
 */
export class ListingFailedError extends PaginationError {
	override name = 'ListingFailedError';
	/** Resumes at the page that failed. */
	readonly NextToken: string | undefined;

	constructor(cause: unknown, nextToken: string | undefined) {
		super(`A page request failed: ${typeof cause === 'object' && cause !== null ? String((cause as { message?: unknown }).message ?? (cause as { name?: unknown }).name ?? 'an object') : String(cause)}.`, { cause });
		this.NextToken = nextToken;
	}
}
