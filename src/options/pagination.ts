/** The pagination settings listings and jobs share. */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { readInteger } from './numbers.js';

/** What the pagination readers need to know of the operation. */
export interface PagedOperation {
	readonly operationName: string;
	/** `undefined`: the operation has no limit member, so no page size can be asked for. */
	readonly limitKey: string | undefined;
	readonly limitMax: number;
}

/** Refuses a `PageSize` for an operation that cannot take one (told before the other options are read). */
export function checkPageSizeSettable(operation: PagedOperation, pageSize: unknown): void {
	if (operation.limitKey !== undefined || pageSize === undefined) return;
	throw new InvalidPaginationConfigError(
		'PageSize',
		`${operation.operationName} has no page size to set (no limit member); leave \`PageSize\` out. \`MaxItems\` still caps the items.`,
	);
}

export function readPageSize(operation: PagedOperation, value: unknown): number | undefined {
	return readInteger('PageSize', value, 1, operation.limitMax);
}

export function readMaxItems(value: unknown): number | undefined {
	return readInteger('MaxItems', value, 1, Number.MAX_SAFE_INTEGER);
}
