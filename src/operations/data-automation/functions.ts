/**
 * The functions of every @aws-sdk/client-bedrock-data-automation operation, made from its descriptor table: for an operation `X`,
 * `paginateX` (pages), `iterateX` (items) and `buildXResult` (boto3's `build_full_result()`), each
 * `(client, input, pagination?, options?)` with the semantics of the control plane's functions. Each is its own
 * constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, ResultFunction } from '../../core/listing-types.js';
import * as table from './table.js';
import type {
	ListBlueprintsFilters, BlueprintsPage, BlueprintsResult, BlueprintsItem,
	ListDataAutomationLibrariesFilters, DataAutomationLibrariesPage, DataAutomationLibrariesResult, DataAutomationLibrariesItem,
	ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesPage, DataAutomationLibraryEntitiesResult, DataAutomationLibraryEntitiesItem,
	ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsPage, DataAutomationLibraryIngestionJobsResult, DataAutomationLibraryIngestionJobsItem,
	ListDataAutomationProjectsFilters, DataAutomationProjectsPage, DataAutomationProjectsResult, DataAutomationProjectsItem,
} from './types.js';

/** ListBlueprints: pages, items, full result. */
export const paginateListBlueprints: PaginateFunction<ListBlueprintsFilters, BlueprintsPage> = /* @__PURE__ */ createPaginator(table.listBlueprintsDescriptor);
export const iterateListBlueprints: ItemIteratorFunction<ListBlueprintsFilters, BlueprintsItem> = /* @__PURE__ */ createItemIterator(table.listBlueprintsDescriptor);
export const buildListBlueprintsResult: ResultFunction<ListBlueprintsFilters, BlueprintsResult> = /* @__PURE__ */ createResultBuilder(table.listBlueprintsDescriptor);

/** ListDataAutomationLibraries: pages, items, full result. */
export const paginateListDataAutomationLibraries: PaginateFunction<ListDataAutomationLibrariesFilters, DataAutomationLibrariesPage> = /* @__PURE__ */ createPaginator(table.listDataAutomationLibrariesDescriptor);
export const iterateListDataAutomationLibraries: ItemIteratorFunction<ListDataAutomationLibrariesFilters, DataAutomationLibrariesItem> = /* @__PURE__ */ createItemIterator(table.listDataAutomationLibrariesDescriptor);
export const buildListDataAutomationLibrariesResult: ResultFunction<ListDataAutomationLibrariesFilters, DataAutomationLibrariesResult> = /* @__PURE__ */ createResultBuilder(table.listDataAutomationLibrariesDescriptor);

/** ListDataAutomationLibraryEntities: pages, items, full result. */
export const paginateListDataAutomationLibraryEntities: PaginateFunction<ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesPage> = /* @__PURE__ */ createPaginator(table.listDataAutomationLibraryEntitiesDescriptor);
export const iterateListDataAutomationLibraryEntities: ItemIteratorFunction<ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesItem> = /* @__PURE__ */ createItemIterator(table.listDataAutomationLibraryEntitiesDescriptor);
export const buildListDataAutomationLibraryEntitiesResult: ResultFunction<ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesResult> = /* @__PURE__ */ createResultBuilder(table.listDataAutomationLibraryEntitiesDescriptor);

/** ListDataAutomationLibraryIngestionJobs: pages, items, full result. */
export const paginateListDataAutomationLibraryIngestionJobs: PaginateFunction<ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsPage> = /* @__PURE__ */ createPaginator(table.listDataAutomationLibraryIngestionJobsDescriptor);
export const iterateListDataAutomationLibraryIngestionJobs: ItemIteratorFunction<ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsItem> = /* @__PURE__ */ createItemIterator(table.listDataAutomationLibraryIngestionJobsDescriptor);
export const buildListDataAutomationLibraryIngestionJobsResult: ResultFunction<ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsResult> = /* @__PURE__ */ createResultBuilder(table.listDataAutomationLibraryIngestionJobsDescriptor);

/** ListDataAutomationProjects: pages, items, full result. */
export const paginateListDataAutomationProjects: PaginateFunction<ListDataAutomationProjectsFilters, DataAutomationProjectsPage> = /* @__PURE__ */ createPaginator(table.listDataAutomationProjectsDescriptor);
export const iterateListDataAutomationProjects: ItemIteratorFunction<ListDataAutomationProjectsFilters, DataAutomationProjectsItem> = /* @__PURE__ */ createItemIterator(table.listDataAutomationProjectsDescriptor);
export const buildListDataAutomationProjectsResult: ResultFunction<ListDataAutomationProjectsFilters, DataAutomationProjectsResult> = /* @__PURE__ */ createResultBuilder(table.listDataAutomationProjectsDescriptor);
