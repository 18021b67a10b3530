/**
 * Errors raised by the paginator itself. Service errors (ThrottlingException, ValidationException, ...)
 * are never wrapped: they reach the caller as the SDK threw them.
 *
 * Guards match on `name`, not `instanceof`: a dual ESM/CJS install can load two copies of these classes.
 */

/** Base class of every error this library raises on its own. */
export class PaginationError extends Error {
	override name = 'PaginationError';
}

/** `PageSize`, `MaxItems`, `filters`, `options` or `client` is not usable. Thrown before any request. */
export class InvalidPaginationConfigError extends PaginationError {
	override name = 'InvalidPaginationConfigError';
	/** The option at fault, as the caller spelled it, such as `PageSize` or `filters.nextToken`. */
	readonly option: string;

	constructor(option: string, message: string) {
		super(message);
		this.option = option;
	}
}

/** `StartingToken` is empty or a malformed resume token. Thrown before any request. */
export class InvalidStartingTokenError extends PaginationError {
	override name = 'InvalidStartingTokenError';
	/** The token as it was given. */
	readonly token: unknown;

	constructor(token: unknown, message: string) {
		super(message);
		this.token = token;
	}
}

/** The service handed back a `nextToken` already used in this run: following it would loop forever. */
export class DuplicateTokenError extends PaginationError {
	override name = 'DuplicateTokenError';
	/** The repeated service token. */
	readonly token: string;
	/** Zero-based index of the page whose request would have reused the token. */
	readonly pageIndex: number;

	constructor(token: string, pageIndex: number) {
		super(
			`The service returned the nextToken ${JSON.stringify(truncate(token))} a second time in this listing ` +
				`(before page ${pageIndex}); stopping instead of looping over the same pages.`,
		);
		this.token = token;
		this.pageIndex = pageIndex;
	}
}

function truncate(text: string): string {
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function hasName(error: unknown, names: readonly string[]): boolean {
	return typeof error === 'object' && error !== null && names.includes((error as { name?: unknown }).name as string);
}

const PAGINATION_ERROR_NAMES = [
	'PaginationError',
	'InvalidPaginationConfigError',
	'InvalidStartingTokenError',
	'DuplicateTokenError',
] as const;

export const isPaginationError = (error: unknown): error is PaginationError => hasName(error, PAGINATION_ERROR_NAMES);

export const isInvalidPaginationConfigError = (error: unknown): error is InvalidPaginationConfigError =>
	hasName(error, ['InvalidPaginationConfigError']);

export const isInvalidStartingTokenError = (error: unknown): error is InvalidStartingTokenError =>
	hasName(error, ['InvalidStartingTokenError']);

export const isDuplicateTokenError = (error: unknown): error is DuplicateTokenError =>
	hasName(error, ['DuplicateTokenError']);
