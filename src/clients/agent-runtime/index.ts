/**
 * `bedrock-paginators/agent-runtime`: every paginated operation of @aws-sdk/client-bedrock-agent-runtime (Agents for Amazon Bedrock runtime), name by name.
 * It loads @aws-sdk/client-bedrock-agent-runtime (an optional peer dependency) and no other client; the engine's shared types, options,
 * errors and checkpoint stores come from the root entry, `bedrock-paginators`.
 */

// Per operation `X`: paginateX (pages), iterateX (items), buildXResult (boto3's full result).
export {
	paginateGetAgentMemory, iterateGetAgentMemory, buildGetAgentMemoryResult,
	paginateListFlowExecutionEvents, iterateListFlowExecutionEvents, buildListFlowExecutionEventsResult,
	paginateListFlowExecutions, iterateListFlowExecutions, buildListFlowExecutionsResult,
	paginateListInvocationSteps, iterateListInvocationSteps, buildListInvocationStepsResult,
	paginateListInvocations, iterateListInvocations, buildListInvocationsResult,
	paginateListSessions, iterateListSessions, buildListSessionsResult,
	paginateRerank, iterateRerank, buildRerankResult,
	paginateRetrieve, iterateRetrieve, buildRetrieveResult,
} from '../../operations/agent-runtime/functions.js';
// ... processX (the resumable job) ...
export {
	processGetAgentMemory, processFlowExecutionEvents, processFlowExecutions,
	processInvocationSteps, processInvocations, processSessions,
	processRerank, processRetrieve,
} from '../../operations/agent-runtime/jobs.js';
// ... the descriptors (for paginate() and processItems() of the root entry) ...
export {
	getAgentMemoryDescriptor, listFlowExecutionEventsDescriptor, listFlowExecutionsDescriptor,
	listInvocationStepsDescriptor, listInvocationsDescriptor, listSessionsDescriptor,
	rerankDescriptor, retrieveDescriptor,
} from '../../operations/agent-runtime/table.js';
// ... and the named types.
export type {
	GetAgentMemoryFilters, GetAgentMemoryPage, GetAgentMemoryResult, GetAgentMemoryItem,
	ListFlowExecutionEventsFilters, FlowExecutionEventsPage, FlowExecutionEventsResult, FlowExecutionEventsItem,
	ListFlowExecutionsFilters, FlowExecutionsPage, FlowExecutionsResult, FlowExecutionsItem,
	ListInvocationStepsFilters, InvocationStepsPage, InvocationStepsResult, InvocationStepsItem,
	ListInvocationsFilters, InvocationsPage, InvocationsResult, InvocationsItem,
	ListSessionsFilters, SessionsPage, SessionsResult, SessionsItem,
	RerankFilters, RerankPage, RerankResult, RerankItem,
	RetrieveFilters, RetrievePage, RetrieveResult, RetrieveItem,
} from '../../operations/agent-runtime/types.js';
