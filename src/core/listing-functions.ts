/**
 * The three ways to list an operation, made from its descriptor: pages, items and the full result. Each
 * operation's exported functions are built here, so they share one engine and every type comes from the
 * descriptor.
 */
import type { SendClient } from '../retry/types.js';
import type { AnyOperationDescriptor, FiltersOf, FullResultOf, ItemOf, ListingArguments, PageOf, PaginationFor } from './descriptor.js';
import { collectFullResult } from './full-result.js';
import { iterateItems } from './items.js';
import { splitListingOptions, startingTokenOf, type SplitOptions } from './listing-arguments.js';
import type { ItemIteratorFunction, PaginateFunction, ResultFunction } from './listing-types.js';
import { paginate as paginatePages } from './paginate.js';
import type { ItemIterator, PaginateOptions } from './types.js';

export function createPaginator<D extends AnyOperationDescriptor>(descriptor: D): PaginateFunction<FiltersOf<D>, PageOf<D>, PaginationFor<D>> {
	return (client: SendClient, input?: unknown, ...rest: unknown[]) => pagesOf(descriptor, client, input, splitListingOptions(rest));
}

export function createItemIterator<D extends AnyOperationDescriptor>(descriptor: D): ItemIteratorFunction<FiltersOf<D>, ItemOf<D>, PaginationFor<D>> {
	return (client: SendClient, input?: unknown, ...rest: unknown[]) => {
		const split = splitListingOptions(rest);
		return iterateItems(pagesOf(descriptor, client, input, split), descriptor.resultKey, startingTokenOf(split)) as ItemIterator<ItemOf<D>>;
	};
}

export function createResultBuilder<D extends AnyOperationDescriptor>(descriptor: D): ResultFunction<FiltersOf<D>, FullResultOf<D>, PaginationFor<D>> {
	return (client: SendClient, input?: unknown, ...rest: unknown[]) => {
		const split = splitListingOptions(rest);
		return collectFullResult(pagesOf(descriptor, client, input, split), descriptor.resultKey, startingTokenOf(split), descriptor.nonAggregateKeys) as Promise<FullResultOf<D>>;
	};
}

/**
 * Pages of any operation described by `descriptor` (one you declared with `defineOperation` included), with
 * the same arguments as `paginateListX`: `(descriptor, client, input?, options?)` or `(..., pagination, options)`.
 */
export function paginate<D extends AnyOperationDescriptor>(descriptor: D, client: SendClient, ...args: OptionsLastArguments<D>): AsyncGenerator<PageOf<D>, void, undefined>;
export function paginate<D extends AnyOperationDescriptor>(descriptor: D, client: SendClient, ...args: ListingArguments<D>): AsyncGenerator<PageOf<D>, void, undefined>;
export function paginate(descriptor: AnyOperationDescriptor, client: SendClient, input?: unknown, ...rest: unknown[]): AsyncGenerator<unknown, void, undefined> {
	return pagesOf(descriptor, client, input, splitListingOptions(rest));
}

type OptionsLastArguments<D> = {} extends FiltersOf<D>
	? [input?: FiltersOf<D> | undefined, options?: (PaginationFor<D> & PaginateOptions) | undefined]
	: [input: FiltersOf<D>, options?: (PaginationFor<D> & PaginateOptions) | undefined];

function pagesOf<D extends AnyOperationDescriptor>(descriptor: D, client: SendClient, input: unknown, split: SplitOptions): AsyncGenerator<PageOf<D>, void, undefined> {
	return paginatePages(descriptor, client, ...([input, split.pagination, split.options] as ListingArguments<D>));
}
