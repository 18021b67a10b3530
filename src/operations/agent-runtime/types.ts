/**
 * The named types of every @aws-sdk/client-bedrock-agent-runtime operation, from its descriptor table: for an operation `X`, `XFilters`
 * (the request members the caller may set; `ListXFilters` for a list operation), and `Page`, `Result` and `Item`
 * types named after the operation without its `List` prefix. See src/operations/types.ts.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../../core/descriptor.js';
import type {
	getAgentMemoryDescriptor,
	listFlowExecutionEventsDescriptor,
	listFlowExecutionsDescriptor,
	listInvocationStepsDescriptor,
	listInvocationsDescriptor,
	listSessionsDescriptor,
	rerankDescriptor,
	retrieveDescriptor,
} from './table.js';

/** GetAgentMemory. */
export interface GetAgentMemoryFilters extends FiltersOf<typeof getAgentMemoryDescriptor> {}
export type GetAgentMemoryPage = PageOf<typeof getAgentMemoryDescriptor>;
export type GetAgentMemoryResult = FullResultOf<typeof getAgentMemoryDescriptor>;
export type GetAgentMemoryItem = ItemOf<typeof getAgentMemoryDescriptor>;

/** ListFlowExecutionEvents. */
export interface ListFlowExecutionEventsFilters extends FiltersOf<typeof listFlowExecutionEventsDescriptor> {}
export type FlowExecutionEventsPage = PageOf<typeof listFlowExecutionEventsDescriptor>;
export type FlowExecutionEventsResult = FullResultOf<typeof listFlowExecutionEventsDescriptor>;
export type FlowExecutionEventsItem = ItemOf<typeof listFlowExecutionEventsDescriptor>;

/** ListFlowExecutions. */
export interface ListFlowExecutionsFilters extends FiltersOf<typeof listFlowExecutionsDescriptor> {}
export type FlowExecutionsPage = PageOf<typeof listFlowExecutionsDescriptor>;
export type FlowExecutionsResult = FullResultOf<typeof listFlowExecutionsDescriptor>;
export type FlowExecutionsItem = ItemOf<typeof listFlowExecutionsDescriptor>;

/** ListInvocationSteps. */
export interface ListInvocationStepsFilters extends FiltersOf<typeof listInvocationStepsDescriptor> {}
export type InvocationStepsPage = PageOf<typeof listInvocationStepsDescriptor>;
export type InvocationStepsResult = FullResultOf<typeof listInvocationStepsDescriptor>;
export type InvocationStepsItem = ItemOf<typeof listInvocationStepsDescriptor>;

/** ListInvocations. */
export interface ListInvocationsFilters extends FiltersOf<typeof listInvocationsDescriptor> {}
export type InvocationsPage = PageOf<typeof listInvocationsDescriptor>;
export type InvocationsResult = FullResultOf<typeof listInvocationsDescriptor>;
export type InvocationsItem = ItemOf<typeof listInvocationsDescriptor>;

/** ListSessions. */
export interface ListSessionsFilters extends FiltersOf<typeof listSessionsDescriptor> {}
export type SessionsPage = PageOf<typeof listSessionsDescriptor>;
export type SessionsResult = FullResultOf<typeof listSessionsDescriptor>;
export type SessionsItem = ItemOf<typeof listSessionsDescriptor>;

/** Rerank. */
export interface RerankFilters extends FiltersOf<typeof rerankDescriptor> {}
export type RerankPage = PageOf<typeof rerankDescriptor>;
export type RerankResult = FullResultOf<typeof rerankDescriptor>;
export type RerankItem = ItemOf<typeof rerankDescriptor>;

/** Retrieve. */
export interface RetrieveFilters extends FiltersOf<typeof retrieveDescriptor> {}
/** A page: with the guardrail's verdict on the query (`guardrailAction`, botocore's non-aggregate key) where the response has one. */
export type RetrievePage = PageOf<typeof retrieveDescriptor>;
/** The full result: the verdict from the run's first page, `null` when it had none (boto3's `None`). */
export type RetrieveResult = FullResultOf<typeof retrieveDescriptor>;
export type RetrieveItem = ItemOf<typeof retrieveDescriptor>;
