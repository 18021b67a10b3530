/**
 * The named types of every @aws-sdk/client-bedrock-data-automation operation, from its descriptor table: for an operation `X`, `XFilters`
 * (the request members the caller may set; `ListXFilters` for a list operation), and `Page`, `Result` and `Item`
 * types named after the operation without its `List` prefix. See src/operations/types.ts.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../../core/descriptor.js';
import type {
	listBlueprintsDescriptor,
	listDataAutomationLibrariesDescriptor,
	listDataAutomationLibraryEntitiesDescriptor,
	listDataAutomationLibraryIngestionJobsDescriptor,
	listDataAutomationProjectsDescriptor,
} from './table.js';

/** ListBlueprints. */
export interface ListBlueprintsFilters extends FiltersOf<typeof listBlueprintsDescriptor> {}
export type BlueprintsPage = PageOf<typeof listBlueprintsDescriptor>;
export type BlueprintsResult = FullResultOf<typeof listBlueprintsDescriptor>;
export type BlueprintsItem = ItemOf<typeof listBlueprintsDescriptor>;

/** ListDataAutomationLibraries. */
export interface ListDataAutomationLibrariesFilters extends FiltersOf<typeof listDataAutomationLibrariesDescriptor> {}
export type DataAutomationLibrariesPage = PageOf<typeof listDataAutomationLibrariesDescriptor>;
export type DataAutomationLibrariesResult = FullResultOf<typeof listDataAutomationLibrariesDescriptor>;
export type DataAutomationLibrariesItem = ItemOf<typeof listDataAutomationLibrariesDescriptor>;

/** ListDataAutomationLibraryEntities. */
export interface ListDataAutomationLibraryEntitiesFilters extends FiltersOf<typeof listDataAutomationLibraryEntitiesDescriptor> {}
export type DataAutomationLibraryEntitiesPage = PageOf<typeof listDataAutomationLibraryEntitiesDescriptor>;
export type DataAutomationLibraryEntitiesResult = FullResultOf<typeof listDataAutomationLibraryEntitiesDescriptor>;
export type DataAutomationLibraryEntitiesItem = ItemOf<typeof listDataAutomationLibraryEntitiesDescriptor>;

/** ListDataAutomationLibraryIngestionJobs. */
export interface ListDataAutomationLibraryIngestionJobsFilters extends FiltersOf<typeof listDataAutomationLibraryIngestionJobsDescriptor> {}
export type DataAutomationLibraryIngestionJobsPage = PageOf<typeof listDataAutomationLibraryIngestionJobsDescriptor>;
export type DataAutomationLibraryIngestionJobsResult = FullResultOf<typeof listDataAutomationLibraryIngestionJobsDescriptor>;
export type DataAutomationLibraryIngestionJobsItem = ItemOf<typeof listDataAutomationLibraryIngestionJobsDescriptor>;

/** ListDataAutomationProjects. */
export interface ListDataAutomationProjectsFilters extends FiltersOf<typeof listDataAutomationProjectsDescriptor> {}
export type DataAutomationProjectsPage = PageOf<typeof listDataAutomationProjectsDescriptor>;
export type DataAutomationProjectsResult = FullResultOf<typeof listDataAutomationProjectsDescriptor>;
export type DataAutomationProjectsItem = ItemOf<typeof listDataAutomationProjectsDescriptor>;
