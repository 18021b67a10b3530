/**
 * `bedrock-paginators/data-automation`: every paginated operation of @aws-sdk/client-bedrock-data-automation (Bedrock Data Automation), name by name.
 * It loads @aws-sdk/client-bedrock-data-automation (an optional peer dependency) and no other client; the engine's shared types, options,
 * errors and checkpoint stores come from the root entry, `bedrock-paginators`.
 */

// Per operation `X`: paginateX (pages), iterateX (items), buildXResult (boto3's full result).
export {
	paginateListBlueprints, iterateListBlueprints, buildListBlueprintsResult,
	paginateListDataAutomationLibraries, iterateListDataAutomationLibraries, buildListDataAutomationLibrariesResult,
	paginateListDataAutomationLibraryEntities, iterateListDataAutomationLibraryEntities, buildListDataAutomationLibraryEntitiesResult,
	paginateListDataAutomationLibraryIngestionJobs, iterateListDataAutomationLibraryIngestionJobs, buildListDataAutomationLibraryIngestionJobsResult,
	paginateListDataAutomationProjects, iterateListDataAutomationProjects, buildListDataAutomationProjectsResult,
} from '../../operations/data-automation/functions.js';
// ... processX (the resumable job) ...
export {
	processBlueprints, processDataAutomationLibraries, processDataAutomationLibraryEntities,
	processDataAutomationLibraryIngestionJobs, processDataAutomationProjects,
} from '../../operations/data-automation/jobs.js';
// ... the descriptors (for paginate() and processItems() of the root entry) ...
export {
	listBlueprintsDescriptor, listDataAutomationLibrariesDescriptor, listDataAutomationLibraryEntitiesDescriptor,
	listDataAutomationLibraryIngestionJobsDescriptor, listDataAutomationProjectsDescriptor,
} from '../../operations/data-automation/table.js';
// ... and the named types.
export type {
	ListBlueprintsFilters, BlueprintsPage, BlueprintsResult, BlueprintsItem,
	ListDataAutomationLibrariesFilters, DataAutomationLibrariesPage, DataAutomationLibrariesResult, DataAutomationLibrariesItem,
	ListDataAutomationLibraryEntitiesFilters, DataAutomationLibraryEntitiesPage, DataAutomationLibraryEntitiesResult, DataAutomationLibraryEntitiesItem,
	ListDataAutomationLibraryIngestionJobsFilters, DataAutomationLibraryIngestionJobsPage, DataAutomationLibraryIngestionJobsResult, DataAutomationLibraryIngestionJobsItem,
	ListDataAutomationProjectsFilters, DataAutomationProjectsPage, DataAutomationProjectsResult, DataAutomationProjectsItem,
} from '../../operations/data-automation/types.js';
