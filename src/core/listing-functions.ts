/**
 * The three ways to list an operation, made from its descriptor: pages, items and the full result. Each
 * operation's exported functions are built here, so they share one engine and every type comes from the
 * descriptor.
 */
import type { SendClient } from '../retry/types.js';
import type { AnyOperationDescriptor, FullResultOf, ItemOf, ListingArguments, PageOf } from './descriptor.js';
import { collectFullResult } from './full-result.js';
import { iterateItems } from './items.js';
import { paginate } from './paginate.js';
import type { ItemIterator, PaginationConfig } from './types.js';

/** `paginateX(client, input?, pagination?, options?)`: pages with a resume token on each. */
export type Paginator<D> = (client: SendClient, ...args: ListingArguments<D>) => AsyncGenerator<PageOf<D>, void, undefined>;
/** `iterateX(client, input?, pagination?, options?)`: items, with `iterator.NextToken` after each. */
export type ItemIteratorFunction<D> = (client: SendClient, ...args: ListingArguments<D>) => ItemIterator<ItemOf<D>>;
/** `buildXResult(client, input?, pagination?, options?)`: boto3's `build_full_result()`. */
export type ResultBuilder<D> = (client: SendClient, ...args: ListingArguments<D>) => Promise<FullResultOf<D>>;

export function createPaginator<D extends AnyOperationDescriptor>(descriptor: D): Paginator<D> {
	return (client, ...args) => paginate(descriptor, client, ...args);
}

export function createItemIterator<D extends AnyOperationDescriptor>(descriptor: D): ItemIteratorFunction<D> {
	return (client, ...args) =>
		iterateItems(paginate(descriptor, client, ...args), descriptor.resultKey, startingTokenOf(args[1])) as ItemIterator<ItemOf<D>>;
}

export function createResultBuilder<D extends AnyOperationDescriptor>(descriptor: D): ResultBuilder<D> {
	return (client, ...args) =>
		collectFullResult(paginate(descriptor, client, ...args), descriptor.resultKey, startingTokenOf(args[1])) as Promise<FullResultOf<D>>;
}

function startingTokenOf(pagination: PaginationConfig | undefined): string | undefined {
	const token = (pagination as { StartingToken?: unknown } | null | undefined)?.StartingToken;
	return typeof token === 'string' ? token : undefined;
}
