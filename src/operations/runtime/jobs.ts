/**
 * The resumable job of every @aws-sdk/client-bedrock-runtime operation: `processX(client, input, handler, options)`, named after
 * the operation without its `List` prefix. A resume is anchored on the last item handled only where the listing
 * can be sorted by a time its items carry and they have a stable id; elsewhere it resumes by count into the page,
 * which is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../../jobs/job-functions.js';
import * as table from './table.js';
import type {
	ListAsyncInvokesFilters, AsyncInvokesItem,
} from './types.js';

/** ListAsyncInvokes: anchored on the last item handled. */
export const processAsyncInvokes: JobFunction<ListAsyncInvokesFilters, AsyncInvokesItem> = /* @__PURE__ */ createJobRunner(table.listAsyncInvokesDescriptor);
