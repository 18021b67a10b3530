/**
 * The named types of every @aws-sdk/client-bedrock-agent operation, from its descriptor table: for an operation `X`, `XFilters`
 * (the request members the caller may set; `ListXFilters` for a list operation), and `Page`, `Result` and `Item`
 * types named after the operation without its `List` prefix. See src/operations/types.ts.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../../core/descriptor.js';
import type {
	listAgentActionGroupsDescriptor,
	listAgentAliasesDescriptor,
	listAgentCollaboratorsDescriptor,
	listAgentKnowledgeBasesDescriptor,
	listAgentVersionsDescriptor,
	listAgentsDescriptor,
	listDataSourcesDescriptor,
	listFlowAliasesDescriptor,
	listFlowVersionsDescriptor,
	listFlowsDescriptor,
	listIngestionJobsDescriptor,
	listKnowledgeBaseDocumentsDescriptor,
	listKnowledgeBasesDescriptor,
	listPromptsDescriptor,
} from './table.js';

/** ListAgentActionGroups. */
export interface ListAgentActionGroupsFilters extends FiltersOf<typeof listAgentActionGroupsDescriptor> {}
export type AgentActionGroupsPage = PageOf<typeof listAgentActionGroupsDescriptor>;
export type AgentActionGroupsResult = FullResultOf<typeof listAgentActionGroupsDescriptor>;
export type AgentActionGroupsItem = ItemOf<typeof listAgentActionGroupsDescriptor>;

/** ListAgentAliases. */
export interface ListAgentAliasesFilters extends FiltersOf<typeof listAgentAliasesDescriptor> {}
export type AgentAliasesPage = PageOf<typeof listAgentAliasesDescriptor>;
export type AgentAliasesResult = FullResultOf<typeof listAgentAliasesDescriptor>;
export type AgentAliasesItem = ItemOf<typeof listAgentAliasesDescriptor>;

/** ListAgentCollaborators. */
export interface ListAgentCollaboratorsFilters extends FiltersOf<typeof listAgentCollaboratorsDescriptor> {}
export type AgentCollaboratorsPage = PageOf<typeof listAgentCollaboratorsDescriptor>;
export type AgentCollaboratorsResult = FullResultOf<typeof listAgentCollaboratorsDescriptor>;
export type AgentCollaboratorsItem = ItemOf<typeof listAgentCollaboratorsDescriptor>;

/** ListAgentKnowledgeBases. */
export interface ListAgentKnowledgeBasesFilters extends FiltersOf<typeof listAgentKnowledgeBasesDescriptor> {}
export type AgentKnowledgeBasesPage = PageOf<typeof listAgentKnowledgeBasesDescriptor>;
export type AgentKnowledgeBasesResult = FullResultOf<typeof listAgentKnowledgeBasesDescriptor>;
export type AgentKnowledgeBasesItem = ItemOf<typeof listAgentKnowledgeBasesDescriptor>;

/** ListAgentVersions. */
export interface ListAgentVersionsFilters extends FiltersOf<typeof listAgentVersionsDescriptor> {}
export type AgentVersionsPage = PageOf<typeof listAgentVersionsDescriptor>;
export type AgentVersionsResult = FullResultOf<typeof listAgentVersionsDescriptor>;
export type AgentVersionsItem = ItemOf<typeof listAgentVersionsDescriptor>;

/** ListAgents. */
export interface ListAgentsFilters extends FiltersOf<typeof listAgentsDescriptor> {}
export type AgentsPage = PageOf<typeof listAgentsDescriptor>;
export type AgentsResult = FullResultOf<typeof listAgentsDescriptor>;
export type AgentsItem = ItemOf<typeof listAgentsDescriptor>;

/** ListDataSources. */
export interface ListDataSourcesFilters extends FiltersOf<typeof listDataSourcesDescriptor> {}
export type DataSourcesPage = PageOf<typeof listDataSourcesDescriptor>;
export type DataSourcesResult = FullResultOf<typeof listDataSourcesDescriptor>;
export type DataSourcesItem = ItemOf<typeof listDataSourcesDescriptor>;

/** ListFlowAliases. */
export interface ListFlowAliasesFilters extends FiltersOf<typeof listFlowAliasesDescriptor> {}
export type FlowAliasesPage = PageOf<typeof listFlowAliasesDescriptor>;
export type FlowAliasesResult = FullResultOf<typeof listFlowAliasesDescriptor>;
export type FlowAliasesItem = ItemOf<typeof listFlowAliasesDescriptor>;

/** ListFlowVersions. */
export interface ListFlowVersionsFilters extends FiltersOf<typeof listFlowVersionsDescriptor> {}
export type FlowVersionsPage = PageOf<typeof listFlowVersionsDescriptor>;
export type FlowVersionsResult = FullResultOf<typeof listFlowVersionsDescriptor>;
export type FlowVersionsItem = ItemOf<typeof listFlowVersionsDescriptor>;

/** ListFlows. */
export interface ListFlowsFilters extends FiltersOf<typeof listFlowsDescriptor> {}
export type FlowsPage = PageOf<typeof listFlowsDescriptor>;
export type FlowsResult = FullResultOf<typeof listFlowsDescriptor>;
export type FlowsItem = ItemOf<typeof listFlowsDescriptor>;

/** ListIngestionJobs. */
export interface ListIngestionJobsFilters extends FiltersOf<typeof listIngestionJobsDescriptor> {}
export type IngestionJobsPage = PageOf<typeof listIngestionJobsDescriptor>;
export type IngestionJobsResult = FullResultOf<typeof listIngestionJobsDescriptor>;
export type IngestionJobsItem = ItemOf<typeof listIngestionJobsDescriptor>;

/** ListKnowledgeBaseDocuments. */
export interface ListKnowledgeBaseDocumentsFilters extends FiltersOf<typeof listKnowledgeBaseDocumentsDescriptor> {}
export type KnowledgeBaseDocumentsPage = PageOf<typeof listKnowledgeBaseDocumentsDescriptor>;
export type KnowledgeBaseDocumentsResult = FullResultOf<typeof listKnowledgeBaseDocumentsDescriptor>;
export type KnowledgeBaseDocumentsItem = ItemOf<typeof listKnowledgeBaseDocumentsDescriptor>;

/** ListKnowledgeBases. */
export interface ListKnowledgeBasesFilters extends FiltersOf<typeof listKnowledgeBasesDescriptor> {}
export type KnowledgeBasesPage = PageOf<typeof listKnowledgeBasesDescriptor>;
export type KnowledgeBasesResult = FullResultOf<typeof listKnowledgeBasesDescriptor>;
export type KnowledgeBasesItem = ItemOf<typeof listKnowledgeBasesDescriptor>;

/** ListPrompts. */
export interface ListPromptsFilters extends FiltersOf<typeof listPromptsDescriptor> {}
export type PromptsPage = PageOf<typeof listPromptsDescriptor>;
export type PromptsResult = FullResultOf<typeof listPromptsDescriptor>;
export type PromptsItem = ItemOf<typeof listPromptsDescriptor>;
