/**
 * The public surface, name by name. Anything not listed here is internal, whatever its file exports.
 * (A test pins this list: an export added or dropped by accident fails it.)
 */

// Per operation `ListX`: paginateListX (pages), iterateListX (items), buildListXResult (boto3's full result).
export {
	paginateListCustomModels, iterateListCustomModels, buildListCustomModelsResult,
	paginateListModelCustomizationJobs, iterateListModelCustomizationJobs, buildListModelCustomizationJobsResult,
	paginateListProvisionedModelThroughputs, iterateListProvisionedModelThroughputs, buildListProvisionedModelThroughputsResult,
	paginateListEvaluationJobs, iterateListEvaluationJobs, buildListEvaluationJobsResult,
	paginateListGuardrails, iterateListGuardrails, buildListGuardrailsResult,
	paginateListModelCopyJobs, iterateListModelCopyJobs, buildListModelCopyJobsResult,
	paginateListModelInvocationJobs, iterateListModelInvocationJobs, buildListModelInvocationJobsResult,
	paginateListImportedModels, iterateListImportedModels, buildListImportedModelsResult,
	paginateListModelImportJobs, iterateListModelImportJobs, buildListModelImportJobsResult,
	paginateListInferenceProfiles, iterateListInferenceProfiles, buildListInferenceProfilesResult,
	paginateListMarketplaceModelEndpoints, iterateListMarketplaceModelEndpoints, buildListMarketplaceModelEndpointsResult,
	paginateListPromptRouters, iterateListPromptRouters, buildListPromptRoutersResult,
	paginateListCustomModelDeployments, iterateListCustomModelDeployments, buildListCustomModelDeploymentsResult,
	paginateListAutomatedReasoningPolicies, iterateListAutomatedReasoningPolicies, buildListAutomatedReasoningPoliciesResult,
	paginateListAutomatedReasoningPolicyBuildWorkflows, iterateListAutomatedReasoningPolicyBuildWorkflows, buildListAutomatedReasoningPolicyBuildWorkflowsResult,
	paginateListAutomatedReasoningPolicyTestCases, iterateListAutomatedReasoningPolicyTestCases, buildListAutomatedReasoningPolicyTestCasesResult,
	paginateListAutomatedReasoningPolicyTestResults, iterateListAutomatedReasoningPolicyTestResults, buildListAutomatedReasoningPolicyTestResultsResult,
	paginateListEnforcedGuardrailsConfiguration, iterateListEnforcedGuardrailsConfiguration, buildListEnforcedGuardrailsConfigurationResult,
	paginateListAdvancedPromptOptimizationJobs, iterateListAdvancedPromptOptimizationJobs, buildListAdvancedPromptOptimizationJobsResult,
} from './operations/functions.js';
// ... processX (the resumable job) ...
export {
	processCustomModels, processModelCustomizationJobs, processProvisionedModelThroughputs,
	processEvaluationJobs, processGuardrails, processModelCopyJobs,
	processModelInvocationJobs, processImportedModels, processModelImportJobs,
	processInferenceProfiles, processMarketplaceModelEndpoints, processPromptRouters,
	processCustomModelDeployments, processAutomatedReasoningPolicies, processAutomatedReasoningPolicyBuildWorkflows,
	processAutomatedReasoningPolicyTestCases, processAutomatedReasoningPolicyTestResults, processEnforcedGuardrailsConfiguration,
	processAdvancedPromptOptimizationJobs,
} from './operations/jobs.js';
// ... listXDescriptor (for paginate() and processItems()) ...
export {
	listCustomModelsDescriptor, listModelCustomizationJobsDescriptor, listProvisionedModelThroughputsDescriptor,
	listEvaluationJobsDescriptor, listGuardrailsDescriptor, listModelCopyJobsDescriptor,
	listModelInvocationJobsDescriptor, listImportedModelsDescriptor, listModelImportJobsDescriptor,
	listInferenceProfilesDescriptor, listMarketplaceModelEndpointsDescriptor, listPromptRoutersDescriptor,
	listCustomModelDeploymentsDescriptor, listAutomatedReasoningPoliciesDescriptor, listAutomatedReasoningPolicyBuildWorkflowsDescriptor,
	listAutomatedReasoningPolicyTestCasesDescriptor, listAutomatedReasoningPolicyTestResultsDescriptor, listEnforcedGuardrailsConfigurationDescriptor,
	listAdvancedPromptOptimizationJobsDescriptor,
} from './operations/table.js';
// ... and its named types: ListXFilters (the input), XPage, XResult, XItem (the SDK's item type).
export type {
	ListCustomModelsFilters, CustomModelsPage, CustomModelsResult, CustomModelsItem,
	ListModelCustomizationJobsFilters, ModelCustomizationJobsPage, ModelCustomizationJobsResult, ModelCustomizationJobsItem,
	ListProvisionedModelThroughputsFilters, ProvisionedModelThroughputsPage, ProvisionedModelThroughputsResult, ProvisionedModelThroughputsItem,
	ListEvaluationJobsFilters, EvaluationJobsPage, EvaluationJobsResult, EvaluationJobsItem,
	ListGuardrailsFilters, GuardrailsPage, GuardrailsResult, GuardrailsItem,
	ListModelCopyJobsFilters, ModelCopyJobsPage, ModelCopyJobsResult, ModelCopyJobsItem,
	ListModelInvocationJobsFilters, ModelInvocationJobsPage, ModelInvocationJobsResult, ModelInvocationJobsItem,
	ListImportedModelsFilters, ImportedModelsPage, ImportedModelsResult, ImportedModelsItem,
	ListModelImportJobsFilters, ModelImportJobsPage, ModelImportJobsResult, ModelImportJobsItem,
	ListInferenceProfilesFilters, InferenceProfilesPage, InferenceProfilesResult, InferenceProfilesItem,
	ListMarketplaceModelEndpointsFilters, MarketplaceModelEndpointsPage, MarketplaceModelEndpointsResult, MarketplaceModelEndpointsItem,
	ListPromptRoutersFilters, PromptRoutersPage, PromptRoutersResult, PromptRoutersItem,
	ListCustomModelDeploymentsFilters, CustomModelDeploymentsPage, CustomModelDeploymentsResult, CustomModelDeploymentsItem,
	ListAutomatedReasoningPoliciesFilters, AutomatedReasoningPoliciesPage, AutomatedReasoningPoliciesResult, AutomatedReasoningPoliciesItem,
	ListAutomatedReasoningPolicyBuildWorkflowsFilters, AutomatedReasoningPolicyBuildWorkflowsPage, AutomatedReasoningPolicyBuildWorkflowsResult, AutomatedReasoningPolicyBuildWorkflowsItem,
	ListAutomatedReasoningPolicyTestCasesFilters, AutomatedReasoningPolicyTestCasesPage, AutomatedReasoningPolicyTestCasesResult, AutomatedReasoningPolicyTestCasesItem,
	ListAutomatedReasoningPolicyTestResultsFilters, AutomatedReasoningPolicyTestResultsPage, AutomatedReasoningPolicyTestResultsResult, AutomatedReasoningPolicyTestResultsItem,
	ListEnforcedGuardrailsConfigurationFilters, EnforcedGuardrailsConfigurationPage, EnforcedGuardrailsConfigurationResult, EnforcedGuardrailsConfigurationItem,
	ListAdvancedPromptOptimizationJobsFilters, AdvancedPromptOptimizationJobsPage, AdvancedPromptOptimizationJobsResult, AdvancedPromptOptimizationJobsItem,
} from './operations/types.js';

// The shapes of those functions, and the options they take.
export type { PaginateFunction, ItemIteratorFunction, ResultFunction, ListingOptions } from './core/listing-types.js';
export type { JobFunction } from './jobs/job-functions.js';
export type { PaginationConfig, PaginateOptions, PageContext, Page, PageExtras, FullResult, ItemIterator } from './core/types.js';
export type { RetryOptions, PacingOptions } from './retry/options.js';
export type { RetryContext, SendClient } from './retry/types.js';
export type { TelemetryOptions, TracerProviderLike, MeterProviderLike } from './telemetry/types.js';

// The engine, for any operation described with defineOperation().
export { defineOperation } from './core/descriptor.js';
export type { OperationDescriptor, OperationSpec, MemberSpec, ListingOrder, PageOf, ItemOf, FiltersOf, FullResultOf } from './core/descriptor.js';
export { paginate } from './core/listing-functions.js';
export { iterateItems } from './core/items.js';
export { collectFullResult } from './core/full-result.js';
export { processItems } from './jobs/job-functions.js';
export { encodeToken, decodeToken } from './core/token.js';
export type { Position } from './core/token.js';

// Resumable jobs: options, the handler's context, the summary, and checkpoint stores.
export type { JobOptions, JobHandler, HandlerContext, JobProgress, JobSummary, JobFailure, CheckpointEvery } from './jobs/types.js';
export type { CheckpointStore, CheckpointLease, FailureLog, FailureRecord } from './jobs/checkpoint-store.js';
export type { CheckpointState, Anchor, DoneRange, RangeMark, ServiceIdentity, FailureCounts } from './jobs/checkpoint-state.js';
export { fileCheckpoint } from './stores/file/file-checkpoint.js';
export type { FileCheckpointStore, FileCheckpointOptions } from './stores/file/file-checkpoint.js';
export { stopOnSignals } from './jobs/stop-on-signals.js';
export type { StopSignal } from './jobs/stop-on-signals.js';

// Errors, their guards (which match on `name`), and where to resume after one.
export {
	PaginationError, InvalidPaginationConfigError, InvalidStartingTokenError, DuplicateTokenError, AbortError,
	MalformedPageError, ListingFailedError,
	CheckpointError, CheckpointCorruptError, CheckpointMismatchError, CheckpointLockedError, CheckpointWriteError,
} from './errors/index.js';
export type { LockOwner } from './errors/index.js';
export {
	isPaginationError, isInvalidPaginationConfigError, isInvalidStartingTokenError, isDuplicateTokenError, isAbortError,
	isMalformedPageError, isListingFailedError,
	isCheckpointError, isCheckpointCorruptError, isCheckpointMismatchError, isCheckpointLockedError, isCheckpointWriteError,
	resumeTokenOf,
} from './errors/guards.js';
