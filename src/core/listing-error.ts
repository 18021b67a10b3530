/** What a listing rejects with when a page fails, so that every error it throws tells where to resume. */
import { AbortError } from '../errors/abort-error.js';
import { ListingFailedError } from '../errors/listing-failed-error.js';

/**
 * For an abort, an `AbortError` of this listing (the signal's reason as its cause), so listings sharing one
 * signal each carry their own token; otherwise the error as it came, with `nextToken` set on it (wrapped
 * when it cannot carry one).
 */
export function listingError(error: unknown, signal: AbortSignal, nextToken: string): unknown {
	if (signal.aborted) return new AbortError(signal.reason, nextToken);
	if (typeof error === 'object' && error !== null && Object.isExtensible(error) && !isOwnedByAnother(error)) {
		(error as { NextToken?: string }).NextToken = nextToken;
		return error;
	}
	return new ListingFailedError(error, nextToken);
}

const annotated = new WeakSet<object>();
/** An error object already annotated by another listing (a test double rejecting with one shared object). */
function isOwnedByAnother(error: object): boolean {
	if (annotated.has(error)) return true;
	annotated.add(error);
	return false;
}
