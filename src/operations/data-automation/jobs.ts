/**
 * The resumable job of every @aws-sdk/client-bedrock-data-automation operation: `processX(client, input, handler, options)`, named after
 * the operation without its `List` prefix. A resume is anchored on the last item handled only where the listing
 * can be sorted by a time its items carry and they have a stable id; elsewhere it resumes by count into the page,
 * which is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../../jobs/job-functions.js';
import * as table from './table.js';
import type {
	ListBlueprintsFilters, BlueprintsItem,
	ListDataAutomationLibrariesFilters, DataAutomationLibrariesItem,
	ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesItem,
	ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsItem,
	ListDataAutomationProjectsFilters, DataAutomationProjectsItem,
} from './types.js';

/** ListBlueprints: resumes by count (the listing has no time order to anchor on). */
export const processBlueprints: JobFunction<ListBlueprintsFilters, BlueprintsItem> = /* @__PURE__ */ createJobRunner(table.listBlueprintsDescriptor);
/** ListDataAutomationLibraries: resumes by count (the listing has no time order to anchor on). */
export const processDataAutomationLibraries: JobFunction<ListDataAutomationLibrariesFilters, DataAutomationLibrariesItem> = /* @__PURE__ */ createJobRunner(table.listDataAutomationLibrariesDescriptor);
/** ListDataAutomationLibraryEntities: resumes by count (the listing has no time order to anchor on). */
export const processDataAutomationLibraryEntities: JobFunction<ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesItem> = /* @__PURE__ */ createJobRunner(table.listDataAutomationLibraryEntitiesDescriptor);
/** ListDataAutomationLibraryIngestionJobs: resumes by count (the listing has no time order to anchor on). */
export const processDataAutomationLibraryIngestionJobs: JobFunction<ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsItem> = /* @__PURE__ */ createJobRunner(table.listDataAutomationLibraryIngestionJobsDescriptor);
/** ListDataAutomationProjects: resumes by count (the listing has no time order to anchor on). */
export const processDataAutomationProjects: JobFunction<ListDataAutomationProjectsFilters, DataAutomationProjectsItem> = /* @__PURE__ */ createJobRunner(table.listDataAutomationProjectsDescriptor);
