/**
 * The resumable job of every @aws-sdk/client-bedrock-agent operation: `processX(client, input, handler, options)`, named after
 * the operation without its `List` prefix. A resume is anchored on the last item handled only where the listing
 * can be sorted by a time its items carry and they have a stable id; elsewhere it resumes by count into the page,
 * which is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../../jobs/job-functions.js';
import * as table from './table.js';
import type {
	ListAgentActionGroupsFilters, AgentActionGroupsItem,
	ListAgentAliasesFilters, AgentAliasesItem,
	ListAgentCollaboratorsFilters, AgentCollaboratorsItem,
	ListAgentKnowledgeBasesFilters, AgentKnowledgeBasesItem,
	ListAgentVersionsFilters, AgentVersionsItem,
	ListAgentsFilters, AgentsItem,
	ListDataSourcesFilters, DataSourcesItem,
	ListFlowAliasesFilters, FlowAliasesItem,
	ListFlowVersionsFilters, FlowVersionsItem,
	ListFlowsFilters, FlowsItem,
	ListIngestionJobsFilters, IngestionJobsItem,
	ListKnowledgeBaseDocumentsFilters, KnowledgeBaseDocumentsItem,
	ListKnowledgeBasesFilters, KnowledgeBasesItem,
	ListPromptsFilters, PromptsItem,
} from './types.js';

/** ListAgentActionGroups: resumes by count (the listing has no time order to anchor on). */
export const processAgentActionGroups: JobFunction<ListAgentActionGroupsFilters, AgentActionGroupsItem> = /* @__PURE__ */ createJobRunner(table.listAgentActionGroupsDescriptor);
/** ListAgentAliases: resumes by count (the listing has no time order to anchor on). */
export const processAgentAliases: JobFunction<ListAgentAliasesFilters, AgentAliasesItem> = /* @__PURE__ */ createJobRunner(table.listAgentAliasesDescriptor);
/** ListAgentCollaborators: resumes by count (the listing has no time order to anchor on). */
export const processAgentCollaborators: JobFunction<ListAgentCollaboratorsFilters, AgentCollaboratorsItem> = /* @__PURE__ */ createJobRunner(table.listAgentCollaboratorsDescriptor);
/** ListAgentKnowledgeBases: resumes by count (the listing has no time order to anchor on). */
export const processAgentKnowledgeBases: JobFunction<ListAgentKnowledgeBasesFilters, AgentKnowledgeBasesItem> = /* @__PURE__ */ createJobRunner(table.listAgentKnowledgeBasesDescriptor);
/** ListAgentVersions: resumes by count (the listing has no time order to anchor on). */
export const processAgentVersions: JobFunction<ListAgentVersionsFilters, AgentVersionsItem> = /* @__PURE__ */ createJobRunner(table.listAgentVersionsDescriptor);
/** ListAgents: resumes by count (the listing has no time order to anchor on). */
export const processAgents: JobFunction<ListAgentsFilters, AgentsItem> = /* @__PURE__ */ createJobRunner(table.listAgentsDescriptor);
/** ListDataSources: resumes by count (the listing has no time order to anchor on). */
export const processDataSources: JobFunction<ListDataSourcesFilters, DataSourcesItem> = /* @__PURE__ */ createJobRunner(table.listDataSourcesDescriptor);
/** ListFlowAliases: resumes by count (the listing has no time order to anchor on). */
export const processFlowAliases: JobFunction<ListFlowAliasesFilters, FlowAliasesItem> = /* @__PURE__ */ createJobRunner(table.listFlowAliasesDescriptor);
/** ListFlowVersions: resumes by count (the listing has no time order to anchor on). */
export const processFlowVersions: JobFunction<ListFlowVersionsFilters, FlowVersionsItem> = /* @__PURE__ */ createJobRunner(table.listFlowVersionsDescriptor);
/** ListFlows: resumes by count (the listing has no time order to anchor on). */
export const processFlows: JobFunction<ListFlowsFilters, FlowsItem> = /* @__PURE__ */ createJobRunner(table.listFlowsDescriptor);
/** ListIngestionJobs: resumes by count (the listing has no time order to anchor on). */
export const processIngestionJobs: JobFunction<ListIngestionJobsFilters, IngestionJobsItem> = /* @__PURE__ */ createJobRunner(table.listIngestionJobsDescriptor);
/** ListKnowledgeBaseDocuments: resumes by count (the listing has no time order to anchor on). */
export const processKnowledgeBaseDocuments: JobFunction<ListKnowledgeBaseDocumentsFilters, KnowledgeBaseDocumentsItem> = /* @__PURE__ */ createJobRunner(table.listKnowledgeBaseDocumentsDescriptor);
/** ListKnowledgeBases: resumes by count (the listing has no time order to anchor on). */
export const processKnowledgeBases: JobFunction<ListKnowledgeBasesFilters, KnowledgeBasesItem> = /* @__PURE__ */ createJobRunner(table.listKnowledgeBasesDescriptor);
/** ListPrompts: resumes by count (the listing has no time order to anchor on). */
export const processPrompts: JobFunction<ListPromptsFilters, PromptsItem> = /* @__PURE__ */ createJobRunner(table.listPromptsDescriptor);
