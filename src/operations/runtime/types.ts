/**
 * The named types of every @aws-sdk/client-bedrock-runtime operation, from its descriptor table: for an operation `X`, `XFilters`
 * (the request members the caller may set; `ListXFilters` for a list operation), and `Page`, `Result` and `Item`
 * types named after the operation without its `List` prefix. See src/operations/types.ts.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../../core/descriptor.js';
import type {
	listAsyncInvokesDescriptor,
} from './table.js';

/** ListAsyncInvokes. */
export interface ListAsyncInvokesFilters extends FiltersOf<typeof listAsyncInvokesDescriptor> {}
export type AsyncInvokesPage = PageOf<typeof listAsyncInvokesDescriptor>;
export type AsyncInvokesResult = FullResultOf<typeof listAsyncInvokesDescriptor>;
export type AsyncInvokesItem = ItemOf<typeof listAsyncInvokesDescriptor>;
