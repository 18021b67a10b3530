import { PaginationError } from './pagination-error.js';

/**
 * The listing (or job) was stopped by its `signal`. Each listing rejects with an `AbortError` of its own, so
 * listings that share one signal each carry their own `NextToken`; the signal's reason is the `cause`.
 * Its `name` is `'AbortError'`, as for every abort in JavaScript; `isAbortError()` tells it apart.
 */
export class AbortError extends PaginationError {
	override name = 'AbortError';
	/** Resumes exactly where the listing stopped. */
	readonly NextToken: string | undefined;

	constructor(reason: unknown, nextToken: string | undefined) {
		super(`The listing was aborted${describeReason(reason)}.`, { cause: reason });
		this.NextToken = nextToken;
	}
}

function describeReason(reason: unknown): string {
	if (reason instanceof Error) return reason.name === 'AbortError' ? '' : `: ${reason.message}`;
	if (typeof reason === 'string' || typeof reason === 'number') return `: ${String(reason)}`;
	return '';
}
