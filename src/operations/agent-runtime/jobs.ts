/**
 * The resumable job of every @aws-sdk/client-bedrock-agent-runtime operation: `processX(client, input, handler, options)`, named after
 * the operation without its `List` prefix. A resume is anchored on the last item handled only where the listing
 * can be sorted by a time its items carry and they have a stable id; elsewhere it resumes by count into the page,
 * which is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../../jobs/job-functions.js';
import * as table from './table.js';
import type {
	GetAgentMemoryFilters, GetAgentMemoryItem,
	ListFlowExecutionEventsFilters, FlowExecutionEventsItem,
	ListFlowExecutionsFilters, FlowExecutionsItem,
	ListInvocationStepsFilters, InvocationStepsItem,
	ListInvocationsFilters, InvocationsItem,
	ListSessionsFilters, SessionsItem,
	RerankFilters, RerankItem,
	RetrieveFilters, RetrieveItem,
} from './types.js';

/** GetAgentMemory: resumes by count (the listing has no time order to anchor on). */
export const processGetAgentMemory: JobFunction<GetAgentMemoryFilters, GetAgentMemoryItem> = /* @__PURE__ */ createJobRunner(table.getAgentMemoryDescriptor);
/** ListFlowExecutionEvents: resumes by count (the listing has no time order to anchor on). */
export const processFlowExecutionEvents: JobFunction<ListFlowExecutionEventsFilters, FlowExecutionEventsItem> = /* @__PURE__ */ createJobRunner(table.listFlowExecutionEventsDescriptor);
/** ListFlowExecutions: resumes by count (the listing has no time order to anchor on). */
export const processFlowExecutions: JobFunction<ListFlowExecutionsFilters, FlowExecutionsItem> = /* @__PURE__ */ createJobRunner(table.listFlowExecutionsDescriptor);
/** ListInvocationSteps: resumes by count (the listing has no time order to anchor on). */
export const processInvocationSteps: JobFunction<ListInvocationStepsFilters, InvocationStepsItem> = /* @__PURE__ */ createJobRunner(table.listInvocationStepsDescriptor);
/** ListInvocations: resumes by count (the listing has no time order to anchor on). */
export const processInvocations: JobFunction<ListInvocationsFilters, InvocationsItem> = /* @__PURE__ */ createJobRunner(table.listInvocationsDescriptor);
/** ListSessions: resumes by count (the listing has no time order to anchor on). */
export const processSessions: JobFunction<ListSessionsFilters, SessionsItem> = /* @__PURE__ */ createJobRunner(table.listSessionsDescriptor);
/** Rerank: resumes by count (the listing has no time order to anchor on). */
export const processRerank: JobFunction<RerankFilters, RerankItem> = /* @__PURE__ */ createJobRunner(table.rerankDescriptor);
/** Retrieve: resumes by count (the listing has no time order to anchor on). */
export const processRetrieve: JobFunction<RetrieveFilters, RetrieveItem> = /* @__PURE__ */ createJobRunner(table.retrieveDescriptor);
