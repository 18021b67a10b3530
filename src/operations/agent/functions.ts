/**
 * The functions of every @aws-sdk/client-bedrock-agent operation, made from its descriptor table: for an operation `X`,
 * `paginateX` (pages), `iterateX` (items) and `buildXResult` (boto3's `build_full_result()`), each
 * `(client, input, pagination?, options?)` with the semantics of the control plane's functions. Each is its own
 * constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, ResultFunction } from '../../core/listing-types.js';
import * as table from './table.js';
import type {
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
} from './types.js';

/** ListAgentActionGroups: pages, items, full result. */
export const paginateListAgentActionGroups: PaginateFunction<ListAgentActionGroupsFilters, AgentActionGroupsPage> = /* @__PURE__ */ createPaginator(table.listAgentActionGroupsDescriptor);
export const iterateListAgentActionGroups: ItemIteratorFunction<ListAgentActionGroupsFilters, AgentActionGroupsItem> = /* @__PURE__ */ createItemIterator(table.listAgentActionGroupsDescriptor);
export const buildListAgentActionGroupsResult: ResultFunction<ListAgentActionGroupsFilters, AgentActionGroupsResult> = /* @__PURE__ */ createResultBuilder(table.listAgentActionGroupsDescriptor);

/** ListAgentAliases: pages, items, full result. */
export const paginateListAgentAliases: PaginateFunction<ListAgentAliasesFilters, AgentAliasesPage> = /* @__PURE__ */ createPaginator(table.listAgentAliasesDescriptor);
export const iterateListAgentAliases: ItemIteratorFunction<ListAgentAliasesFilters, AgentAliasesItem> = /* @__PURE__ */ createItemIterator(table.listAgentAliasesDescriptor);
export const buildListAgentAliasesResult: ResultFunction<ListAgentAliasesFilters, AgentAliasesResult> = /* @__PURE__ */ createResultBuilder(table.listAgentAliasesDescriptor);

/** ListAgentCollaborators: pages, items, full result. */
export const paginateListAgentCollaborators: PaginateFunction<ListAgentCollaboratorsFilters, AgentCollaboratorsPage> = /* @__PURE__ */ createPaginator(table.listAgentCollaboratorsDescriptor);
export const iterateListAgentCollaborators: ItemIteratorFunction<ListAgentCollaboratorsFilters, AgentCollaboratorsItem> = /* @__PURE__ */ createItemIterator(table.listAgentCollaboratorsDescriptor);
export const buildListAgentCollaboratorsResult: ResultFunction<ListAgentCollaboratorsFilters, AgentCollaboratorsResult> = /* @__PURE__ */ createResultBuilder(table.listAgentCollaboratorsDescriptor);

/** ListAgentKnowledgeBases: pages, items, full result. */
export const paginateListAgentKnowledgeBases: PaginateFunction<ListAgentKnowledgeBasesFilters, AgentKnowledgeBasesPage> = /* @__PURE__ */ createPaginator(table.listAgentKnowledgeBasesDescriptor);
export const iterateListAgentKnowledgeBases: ItemIteratorFunction<ListAgentKnowledgeBasesFilters, AgentKnowledgeBasesItem> = /* @__PURE__ */ createItemIterator(table.listAgentKnowledgeBasesDescriptor);
export const buildListAgentKnowledgeBasesResult: ResultFunction<ListAgentKnowledgeBasesFilters, AgentKnowledgeBasesResult> = /* @__PURE__ */ createResultBuilder(table.listAgentKnowledgeBasesDescriptor);

/** ListAgentVersions: pages, items, full result. */
export const paginateListAgentVersions: PaginateFunction<ListAgentVersionsFilters, AgentVersionsPage> = /* @__PURE__ */ createPaginator(table.listAgentVersionsDescriptor);
export const iterateListAgentVersions: ItemIteratorFunction<ListAgentVersionsFilters, AgentVersionsItem> = /* @__PURE__ */ createItemIterator(table.listAgentVersionsDescriptor);
export const buildListAgentVersionsResult: ResultFunction<ListAgentVersionsFilters, AgentVersionsResult> = /* @__PURE__ */ createResultBuilder(table.listAgentVersionsDescriptor);

/** ListAgents: pages, items, full result. */
export const paginateListAgents: PaginateFunction<ListAgentsFilters, AgentsPage> = /* @__PURE__ */ createPaginator(table.listAgentsDescriptor);
export const iterateListAgents: ItemIteratorFunction<ListAgentsFilters, AgentsItem> = /* @__PURE__ */ createItemIterator(table.listAgentsDescriptor);
export const buildListAgentsResult: ResultFunction<ListAgentsFilters, AgentsResult> = /* @__PURE__ */ createResultBuilder(table.listAgentsDescriptor);

/** ListDataSources: pages, items, full result. */
export const paginateListDataSources: PaginateFunction<ListDataSourcesFilters, DataSourcesPage> = /* @__PURE__ */ createPaginator(table.listDataSourcesDescriptor);
export const iterateListDataSources: ItemIteratorFunction<ListDataSourcesFilters, DataSourcesItem> = /* @__PURE__ */ createItemIterator(table.listDataSourcesDescriptor);
export const buildListDataSourcesResult: ResultFunction<ListDataSourcesFilters, DataSourcesResult> = /* @__PURE__ */ createResultBuilder(table.listDataSourcesDescriptor);

/** ListFlowAliases: pages, items, full result. */
export const paginateListFlowAliases: PaginateFunction<ListFlowAliasesFilters, FlowAliasesPage> = /* @__PURE__ */ createPaginator(table.listFlowAliasesDescriptor);
export const iterateListFlowAliases: ItemIteratorFunction<ListFlowAliasesFilters, FlowAliasesItem> = /* @__PURE__ */ createItemIterator(table.listFlowAliasesDescriptor);
export const buildListFlowAliasesResult: ResultFunction<ListFlowAliasesFilters, FlowAliasesResult> = /* @__PURE__ */ createResultBuilder(table.listFlowAliasesDescriptor);

/** ListFlowVersions: pages, items, full result. */
export const paginateListFlowVersions: PaginateFunction<ListFlowVersionsFilters, FlowVersionsPage> = /* @__PURE__ */ createPaginator(table.listFlowVersionsDescriptor);
export const iterateListFlowVersions: ItemIteratorFunction<ListFlowVersionsFilters, FlowVersionsItem> = /* @__PURE__ */ createItemIterator(table.listFlowVersionsDescriptor);
export const buildListFlowVersionsResult: ResultFunction<ListFlowVersionsFilters, FlowVersionsResult> = /* @__PURE__ */ createResultBuilder(table.listFlowVersionsDescriptor);

/** ListFlows: pages, items, full result. */
export const paginateListFlows: PaginateFunction<ListFlowsFilters, FlowsPage> = /* @__PURE__ */ createPaginator(table.listFlowsDescriptor);
export const iterateListFlows: ItemIteratorFunction<ListFlowsFilters, FlowsItem> = /* @__PURE__ */ createItemIterator(table.listFlowsDescriptor);
export const buildListFlowsResult: ResultFunction<ListFlowsFilters, FlowsResult> = /* @__PURE__ */ createResultBuilder(table.listFlowsDescriptor);

/** ListIngestionJobs: pages, items, full result. */
export const paginateListIngestionJobs: PaginateFunction<ListIngestionJobsFilters, IngestionJobsPage> = /* @__PURE__ */ createPaginator(table.listIngestionJobsDescriptor);
export const iterateListIngestionJobs: ItemIteratorFunction<ListIngestionJobsFilters, IngestionJobsItem> = /* @__PURE__ */ createItemIterator(table.listIngestionJobsDescriptor);
export const buildListIngestionJobsResult: ResultFunction<ListIngestionJobsFilters, IngestionJobsResult> = /* @__PURE__ */ createResultBuilder(table.listIngestionJobsDescriptor);

/** ListKnowledgeBaseDocuments: pages, items, full result. */
export const paginateListKnowledgeBaseDocuments: PaginateFunction<ListKnowledgeBaseDocumentsFilters, KnowledgeBaseDocumentsPage> = /* @__PURE__ */ createPaginator(table.listKnowledgeBaseDocumentsDescriptor);
export const iterateListKnowledgeBaseDocuments: ItemIteratorFunction<ListKnowledgeBaseDocumentsFilters, KnowledgeBaseDocumentsItem> = /* @__PURE__ */ createItemIterator(table.listKnowledgeBaseDocumentsDescriptor);
export const buildListKnowledgeBaseDocumentsResult: ResultFunction<ListKnowledgeBaseDocumentsFilters, KnowledgeBaseDocumentsResult> = /* @__PURE__ */ createResultBuilder(table.listKnowledgeBaseDocumentsDescriptor);

/** ListKnowledgeBases: pages, items, full result. */
export const paginateListKnowledgeBases: PaginateFunction<ListKnowledgeBasesFilters, KnowledgeBasesPage> = /* @__PURE__ */ createPaginator(table.listKnowledgeBasesDescriptor);
export const iterateListKnowledgeBases: ItemIteratorFunction<ListKnowledgeBasesFilters, KnowledgeBasesItem> = /* @__PURE__ */ createItemIterator(table.listKnowledgeBasesDescriptor);
export const buildListKnowledgeBasesResult: ResultFunction<ListKnowledgeBasesFilters, KnowledgeBasesResult> = /* @__PURE__ */ createResultBuilder(table.listKnowledgeBasesDescriptor);

/** ListPrompts: pages, items, full result. */
export const paginateListPrompts: PaginateFunction<ListPromptsFilters, PromptsPage> = /* @__PURE__ */ createPaginator(table.listPromptsDescriptor);
export const iterateListPrompts: ItemIteratorFunction<ListPromptsFilters, PromptsItem> = /* @__PURE__ */ createItemIterator(table.listPromptsDescriptor);
export const buildListPromptsResult: ResultFunction<ListPromptsFilters, PromptsResult> = /* @__PURE__ */ createResultBuilder(table.listPromptsDescriptor);
