/**
 * `bedrock-paginators/runtime`: every paginated operation of @aws-sdk/client-bedrock-runtime (Amazon Bedrock runtime), name by name.
 * It loads @aws-sdk/client-bedrock-runtime (an optional peer dependency) and no other client; the engine's shared types, options,
 * errors and checkpoint stores come from the root entry, `bedrock-paginators`.
 */

// Per operation `X`: paginateX (pages), iterateX (items), buildXResult (boto3's full result).
export {
	paginateListAsyncInvokes, iterateListAsyncInvokes, buildListAsyncInvokesResult,
} from '../../operations/runtime/functions.js';
// ... processX (the resumable job) ...
export {
	processAsyncInvokes,
} from '../../operations/runtime/jobs.js';
// ... the descriptors (for paginate() and processItems() of the root entry) ...
export {
	listAsyncInvokesDescriptor,
} from '../../operations/runtime/table.js';
// ... and the named types.
export type {
	ListAsyncInvokesFilters, AsyncInvokesPage, AsyncInvokesResult, AsyncInvokesItem,
} from '../../operations/runtime/types.js';
