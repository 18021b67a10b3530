/**
 * The functions of every @aws-sdk/client-bedrock-runtime operation, made from its descriptor table: for an operation `X`,
 * `paginateX` (pages), `iterateX` (items) and `buildXResult` (boto3's `build_full_result()`), each
 * `(client, input, pagination?, options?)` with the semantics of the control plane's functions. Each is its own
 * constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, ResultFunction } from '../../core/listing-types.js';
import * as table from './table.js';
import type {
	ListAsyncInvokesFilters, AsyncInvokesPage, AsyncInvokesResult, AsyncInvokesItem,
} from './types.js';

/** ListAsyncInvokes: pages, items, full result. */
export const paginateListAsyncInvokes: PaginateFunction<ListAsyncInvokesFilters, AsyncInvokesPage> = /* @__PURE__ */ createPaginator(table.listAsyncInvokesDescriptor);
export const iterateListAsyncInvokes: ItemIteratorFunction<ListAsyncInvokesFilters, AsyncInvokesItem> = /* @__PURE__ */ createItemIterator(table.listAsyncInvokesDescriptor);
export const buildListAsyncInvokesResult: ResultFunction<ListAsyncInvokesFilters, AsyncInvokesResult> = /* @__PURE__ */ createResultBuilder(table.listAsyncInvokesDescriptor);
