/**
 * Base class of every error this library raises on its own. Service errors (ThrottlingException,
 * ValidationException, ...) are not wrapped: they reach the caller as the SDK threw them, with a `NextToken`.
 */
export class PaginationError extends Error {
	override name = 'PaginationError';
}
