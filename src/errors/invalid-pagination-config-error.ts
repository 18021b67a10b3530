import { PaginationError } from './pagination-error.js';

/** A pagination setting, filter, option or client is not usable. Raised before any request. */
export class InvalidPaginationConfigError extends PaginationError {
	override name = 'InvalidPaginationConfigError';
	/** The option at fault, as the caller spelled it, such as `PageSize`, `filters.nameContains` or `retry.minTimeout`. */
	readonly option: string;

	constructor(option: string, message: string) {
		super(message);
		this.option = option;
	}
}
