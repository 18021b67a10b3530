/**
 * The functions of every @aws-sdk/client-bedrock-agent-runtime operation, made from its descriptor table: for an operation `X`,
 * `paginateX` (pages), `iterateX` (items) and `buildXResult` (boto3's `build_full_result()`), each
 * `(client, input, pagination?, options?)` with the semantics of the control plane's functions. Each is its own
 * constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, PaginationWithoutPageSize, ResultFunction } from '../../core/listing-types.js';
import * as table from './table.js';
import type {
	GetAgentMemoryFilters, GetAgentMemoryPage, GetAgentMemoryResult, GetAgentMemoryItem,
	ListFlowExecutionEventsFilters, FlowExecutionEventsPage, FlowExecutionEventsResult, FlowExecutionEventsItem,
	ListFlowExecutionsFilters, FlowExecutionsPage, FlowExecutionsResult, FlowExecutionsItem,
	ListInvocationStepsFilters, InvocationStepsPage, InvocationStepsResult, InvocationStepsItem,
	ListInvocationsFilters, InvocationsPage, InvocationsResult, InvocationsItem,
	ListSessionsFilters, SessionsPage, SessionsResult, SessionsItem,
	RerankFilters, RerankPage, RerankResult, RerankItem,
	RetrieveFilters, RetrievePage, RetrieveResult, RetrieveItem,
} from './types.js';

/** GetAgentMemory: pages, items, full result. */
export const paginateGetAgentMemory: PaginateFunction<GetAgentMemoryFilters, GetAgentMemoryPage> = /* @__PURE__ */ createPaginator(table.getAgentMemoryDescriptor);
export const iterateGetAgentMemory: ItemIteratorFunction<GetAgentMemoryFilters, GetAgentMemoryItem> = /* @__PURE__ */ createItemIterator(table.getAgentMemoryDescriptor);
export const buildGetAgentMemoryResult: ResultFunction<GetAgentMemoryFilters, GetAgentMemoryResult> = /* @__PURE__ */ createResultBuilder(table.getAgentMemoryDescriptor);

/** ListFlowExecutionEvents: pages, items, full result. */
export const paginateListFlowExecutionEvents: PaginateFunction<ListFlowExecutionEventsFilters, FlowExecutionEventsPage> = /* @__PURE__ */ createPaginator(table.listFlowExecutionEventsDescriptor);
export const iterateListFlowExecutionEvents: ItemIteratorFunction<ListFlowExecutionEventsFilters, FlowExecutionEventsItem> = /* @__PURE__ */ createItemIterator(table.listFlowExecutionEventsDescriptor);
export const buildListFlowExecutionEventsResult: ResultFunction<ListFlowExecutionEventsFilters, FlowExecutionEventsResult> = /* @__PURE__ */ createResultBuilder(table.listFlowExecutionEventsDescriptor);

/** ListFlowExecutions: pages, items, full result. */
export const paginateListFlowExecutions: PaginateFunction<ListFlowExecutionsFilters, FlowExecutionsPage> = /* @__PURE__ */ createPaginator(table.listFlowExecutionsDescriptor);
export const iterateListFlowExecutions: ItemIteratorFunction<ListFlowExecutionsFilters, FlowExecutionsItem> = /* @__PURE__ */ createItemIterator(table.listFlowExecutionsDescriptor);
export const buildListFlowExecutionsResult: ResultFunction<ListFlowExecutionsFilters, FlowExecutionsResult> = /* @__PURE__ */ createResultBuilder(table.listFlowExecutionsDescriptor);

/** ListInvocationSteps: pages, items, full result. */
export const paginateListInvocationSteps: PaginateFunction<ListInvocationStepsFilters, InvocationStepsPage> = /* @__PURE__ */ createPaginator(table.listInvocationStepsDescriptor);
export const iterateListInvocationSteps: ItemIteratorFunction<ListInvocationStepsFilters, InvocationStepsItem> = /* @__PURE__ */ createItemIterator(table.listInvocationStepsDescriptor);
export const buildListInvocationStepsResult: ResultFunction<ListInvocationStepsFilters, InvocationStepsResult> = /* @__PURE__ */ createResultBuilder(table.listInvocationStepsDescriptor);

/** ListInvocations: pages, items, full result. */
export const paginateListInvocations: PaginateFunction<ListInvocationsFilters, InvocationsPage> = /* @__PURE__ */ createPaginator(table.listInvocationsDescriptor);
export const iterateListInvocations: ItemIteratorFunction<ListInvocationsFilters, InvocationsItem> = /* @__PURE__ */ createItemIterator(table.listInvocationsDescriptor);
export const buildListInvocationsResult: ResultFunction<ListInvocationsFilters, InvocationsResult> = /* @__PURE__ */ createResultBuilder(table.listInvocationsDescriptor);

/** ListSessions: pages, items, full result. */
export const paginateListSessions: PaginateFunction<ListSessionsFilters, SessionsPage> = /* @__PURE__ */ createPaginator(table.listSessionsDescriptor);
export const iterateListSessions: ItemIteratorFunction<ListSessionsFilters, SessionsItem> = /* @__PURE__ */ createItemIterator(table.listSessionsDescriptor);
export const buildListSessionsResult: ResultFunction<ListSessionsFilters, SessionsResult> = /* @__PURE__ */ createResultBuilder(table.listSessionsDescriptor);

/** Rerank: pages, items, full result. It has no page size: `PageSize` is refused. */
export const paginateRerank: PaginateFunction<RerankFilters, RerankPage, PaginationWithoutPageSize> = /* @__PURE__ */ createPaginator(table.rerankDescriptor);
export const iterateRerank: ItemIteratorFunction<RerankFilters, RerankItem, PaginationWithoutPageSize> = /* @__PURE__ */ createItemIterator(table.rerankDescriptor);
export const buildRerankResult: ResultFunction<RerankFilters, RerankResult, PaginationWithoutPageSize> = /* @__PURE__ */ createResultBuilder(table.rerankDescriptor);

/** Retrieve: pages, items, full result. It has no page size: `PageSize` is refused. */
export const paginateRetrieve: PaginateFunction<RetrieveFilters, RetrievePage, PaginationWithoutPageSize> = /* @__PURE__ */ createPaginator(table.retrieveDescriptor);
export const iterateRetrieve: ItemIteratorFunction<RetrieveFilters, RetrieveItem, PaginationWithoutPageSize> = /* @__PURE__ */ createItemIterator(table.retrieveDescriptor);
export const buildRetrieveResult: ResultFunction<RetrieveFilters, RetrieveResult, PaginationWithoutPageSize> = /* @__PURE__ */ createResultBuilder(table.retrieveDescriptor);
