/**
 * `bedrock-paginators/agent`: every paginated operation of @aws-sdk/client-bedrock-agent (Agents for Amazon Bedrock), name by name.
 * It loads @aws-sdk/client-bedrock-agent (an optional peer dependency) and no other client; the engine's shared types, options,
 * errors and checkpoint stores come from the root entry, `bedrock-paginators`.
 */

// Per operation `X`: paginateX (pages), iterateX (items), buildXResult (boto3's full result).
export {
	paginateListAgentActionGroups, iterateListAgentActionGroups, buildListAgentActionGroupsResult,
	paginateListAgentAliases, iterateListAgentAliases, buildListAgentAliasesResult,
	paginateListAgentCollaborators, iterateListAgentCollaborators, buildListAgentCollaboratorsResult,
	paginateListAgentKnowledgeBases, iterateListAgentKnowledgeBases, buildListAgentKnowledgeBasesResult,
	paginateListAgentVersions, iterateListAgentVersions, buildListAgentVersionsResult,
	paginateListAgents, iterateListAgents, buildListAgentsResult,
	paginateListDataSources, iterateListDataSources, buildListDataSourcesResult,
	paginateListFlowAliases, iterateListFlowAliases, buildListFlowAliasesResult,
	paginateListFlowVersions, iterateListFlowVersions, buildListFlowVersionsResult,
	paginateListFlows, iterateListFlows, buildListFlowsResult,
	paginateListIngestionJobs, iterateListIngestionJobs, buildListIngestionJobsResult,
	paginateListKnowledgeBaseDocuments, iterateListKnowledgeBaseDocuments, buildListKnowledgeBaseDocumentsResult,
	paginateListKnowledgeBases, iterateListKnowledgeBases, buildListKnowledgeBasesResult,
	paginateListPrompts, iterateListPrompts, buildListPromptsResult,
} from '../../operations/agent/functions.js';
// ... processX (the resumable job) ...
export {
	processAgentActionGroups, processAgentAliases, processAgentCollaborators,
	processAgentKnowledgeBases, processAgentVersions, processAgents,
	processDataSources, processFlowAliases, processFlowVersions,
	processFlows, processIngestionJobs, processKnowledgeBaseDocuments,
	processKnowledgeBases, processPrompts,
} from '../../operations/agent/jobs.js';
// ... the descriptors (for paginate() and processItems() of the root entry) ...
export {
	listAgentActionGroupsDescriptor, listAgentAliasesDescriptor, listAgentCollaboratorsDescriptor,
	listAgentKnowledgeBasesDescriptor, listAgentVersionsDescriptor, listAgentsDescriptor,
	listDataSourcesDescriptor, listFlowAliasesDescriptor, listFlowVersionsDescriptor,
	listFlowsDescriptor, listIngestionJobsDescriptor, listKnowledgeBaseDocumentsDescriptor,
	listKnowledgeBasesDescriptor, listPromptsDescriptor,
} from '../../operations/agent/table.js';
// ... and the named types.
export type {
	ListAgentActionGroupsFilters, AgentActionGroupsPage, AgentActionGroupsResult, AgentActionGroupsItem,
	ListAgentAliasesFilters, AgentAliasesPage, AgentAliasesResult, AgentAliasesItem,
	ListAgentCollaboratorsFilters, AgentCollaboratorsPage, AgentCollaboratorsResult, AgentCollaboratorsItem,
	ListAgentKnowledgeBasesFilters, AgentKnowledgeBasesPage, AgentKnowledgeBasesResult, AgentKnowledgeBasesItem,
	ListAgentVersionsFilters, AgentVersionsPage, AgentVersionsResult, AgentVersionsItem,
	ListAgentsFilters, AgentsPage, AgentsResult, AgentsItem,
	ListDataSourcesFilters, DataSourcesPage, DataSourcesResult, DataSourcesItem,
	ListFlowAliasesFilters, FlowAliasesPage, FlowAliasesResult, FlowAliasesItem,
	ListFlowVersionsFilters, FlowVersionsPage, FlowVersionsResult, FlowVersionsItem,
	ListFlowsFilters, FlowsPage, FlowsResult, FlowsItem,
	ListIngestionJobsFilters, IngestionJobsPage, IngestionJobsResult, IngestionJobsItem,
	ListKnowledgeBaseDocumentsFilters, KnowledgeBaseDocumentsPage, KnowledgeBaseDocumentsResult, KnowledgeBaseDocumentsItem,
	ListKnowledgeBasesFilters, KnowledgeBasesPage, KnowledgeBasesResult, KnowledgeBasesItem,
	ListPromptsFilters, PromptsPage, PromptsResult, PromptsItem,
} from '../../operations/agent/types.js';
