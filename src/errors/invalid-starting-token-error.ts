import { PaginationError } from './pagination-error.js';

/** `StartingToken` is empty, malformed, or cannot be a token the service issued. Raised before any request. */
export class InvalidStartingTokenError extends PaginationError {
	override name = 'InvalidStartingTokenError';
	/** The token as it was given. */
	readonly token: unknown;

	constructor(token: unknown, message: string) {
		super(message);
		this.token = token;
	}
}
