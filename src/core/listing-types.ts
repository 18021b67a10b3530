/**
 * The shapes of the per-operation functions, written with the operation's named types (`paginateListCustomModels`
 * shows `AsyncGenerator<CustomModelsPage>` on hover, not the descriptor chain it is inferred from). Each takes
 * pagination and behaviour in one object after the input; the older four-argument form keeps working.
 */
import type { SendClient } from '../retry/types.js';
import type { ItemIterator, PaginateOptions, PaginationConfig } from './types.js';

/** Pagination (`MaxItems`, `PageSize`, `StartingToken`) and behaviour (`signal`, `retry`, ...) in one object. */
export type ListingOptions<Pagination = PaginationConfig> = Pagination & PaginateOptions;

/** The pagination of an operation without a limit member: `PageSize` is refused. */
export type PaginationWithoutPageSize = Omit<PaginationConfig, 'PageSize'> & { PageSize?: undefined };

/** The input comes first, optional unless the operation has required members (path parameters). */
type InputThen<Filters, Rest extends unknown[]> = {} extends Filters ? [input?: Filters | undefined, ...Rest] : [input: Filters, ...Rest];
type OptionsLast<Filters, Pagination> = InputThen<Filters, [options?: ListingOptions<Pagination> | undefined]>;
type PaginationThenOptions<Filters, Pagination> = InputThen<Filters, [pagination: Pagination | undefined, options: PaginateOptions | undefined]>;

/** `paginateListX(client, input?, options?)`: pages, each with the token that resumes after it. */
export interface PaginateFunction<Filters, ListPage, Pagination = PaginationConfig> {
	(client: SendClient, ...args: OptionsLast<Filters, Pagination>): AsyncGenerator<ListPage, void, undefined>;
	(client: SendClient, ...args: PaginationThenOptions<Filters, Pagination>): AsyncGenerator<ListPage, void, undefined>;
}

/** `iterateListX(client, input?, options?)`: the items one at a time, with `iterator.NextToken` after each. */
export interface ItemIteratorFunction<Filters, Item, Pagination = PaginationConfig> {
	(client: SendClient, ...args: OptionsLast<Filters, Pagination>): ItemIterator<Item>;
	(client: SendClient, ...args: PaginationThenOptions<Filters, Pagination>): ItemIterator<Item>;
}

/** `buildListXResult(client, input?, options?)`: boto3's `build_full_result()`. */
export interface ResultFunction<Filters, Result, Pagination = PaginationConfig> {
	(client: SendClient, ...args: OptionsLast<Filters, Pagination>): Promise<Result>;
	(client: SendClient, ...args: PaginationThenOptions<Filters, Pagination>): Promise<Result>;
}
