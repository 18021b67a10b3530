/**
 * The functions of every paginated Bedrock operation, made from the descriptor table: for an operation
 * `ListX`, `paginateListX` (pages), `iterateListX` (items) and `buildListXResult` (boto3's
 * `build_full_result()`), each `(client, input?, options?)` with the semantics and options of
 * `paginateListCustomModels`. Each is its own constant, so a bundler keeps only what an app imports; each is
 * declared with the operation's named types, which are what an editor shows.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, PaginationWithoutPageSize, ResultFunction } from '../core/listing-types.js';
import * as table from './table.js';
import type {
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
} from './types.js';

/** ListCustomModels: pages, items, full result. */
export const paginateListCustomModels: PaginateFunction<ListCustomModelsFilters, CustomModelsPage> = /* @__PURE__ */ createPaginator(table.listCustomModelsDescriptor);
export const iterateListCustomModels: ItemIteratorFunction<ListCustomModelsFilters, CustomModelsItem> = /* @__PURE__ */ createItemIterator(table.listCustomModelsDescriptor);
export const buildListCustomModelsResult: ResultFunction<ListCustomModelsFilters, CustomModelsResult> = /* @__PURE__ */ createResultBuilder(table.listCustomModelsDescriptor);

/** ListModelCustomizationJobs: pages, items, full result. */
export const paginateListModelCustomizationJobs: PaginateFunction<ListModelCustomizationJobsFilters, ModelCustomizationJobsPage> = /* @__PURE__ */ createPaginator(table.listModelCustomizationJobsDescriptor);
export const iterateListModelCustomizationJobs: ItemIteratorFunction<ListModelCustomizationJobsFilters, ModelCustomizationJobsItem> = /* @__PURE__ */ createItemIterator(table.listModelCustomizationJobsDescriptor);
export const buildListModelCustomizationJobsResult: ResultFunction<ListModelCustomizationJobsFilters, ModelCustomizationJobsResult> = /* @__PURE__ */ createResultBuilder(table.listModelCustomizationJobsDescriptor);

/** ListProvisionedModelThroughputs: pages, items, full result. */
export const paginateListProvisionedModelThroughputs: PaginateFunction<ListProvisionedModelThroughputsFilters, ProvisionedModelThroughputsPage> = /* @__PURE__ */ createPaginator(table.listProvisionedModelThroughputsDescriptor);
export const iterateListProvisionedModelThroughputs: ItemIteratorFunction<ListProvisionedModelThroughputsFilters, ProvisionedModelThroughputsItem> = /* @__PURE__ */ createItemIterator(table.listProvisionedModelThroughputsDescriptor);
export const buildListProvisionedModelThroughputsResult: ResultFunction<ListProvisionedModelThroughputsFilters, ProvisionedModelThroughputsResult> = /* @__PURE__ */ createResultBuilder(table.listProvisionedModelThroughputsDescriptor);

/** ListEvaluationJobs: pages, items, full result. */
export const paginateListEvaluationJobs: PaginateFunction<ListEvaluationJobsFilters, EvaluationJobsPage> = /* @__PURE__ */ createPaginator(table.listEvaluationJobsDescriptor);
export const iterateListEvaluationJobs: ItemIteratorFunction<ListEvaluationJobsFilters, EvaluationJobsItem> = /* @__PURE__ */ createItemIterator(table.listEvaluationJobsDescriptor);
export const buildListEvaluationJobsResult: ResultFunction<ListEvaluationJobsFilters, EvaluationJobsResult> = /* @__PURE__ */ createResultBuilder(table.listEvaluationJobsDescriptor);

/** ListGuardrails: pages, items, full result. */
export const paginateListGuardrails: PaginateFunction<ListGuardrailsFilters, GuardrailsPage> = /* @__PURE__ */ createPaginator(table.listGuardrailsDescriptor);
export const iterateListGuardrails: ItemIteratorFunction<ListGuardrailsFilters, GuardrailsItem> = /* @__PURE__ */ createItemIterator(table.listGuardrailsDescriptor);
export const buildListGuardrailsResult: ResultFunction<ListGuardrailsFilters, GuardrailsResult> = /* @__PURE__ */ createResultBuilder(table.listGuardrailsDescriptor);

/** ListModelCopyJobs: pages, items, full result. */
export const paginateListModelCopyJobs: PaginateFunction<ListModelCopyJobsFilters, ModelCopyJobsPage> = /* @__PURE__ */ createPaginator(table.listModelCopyJobsDescriptor);
export const iterateListModelCopyJobs: ItemIteratorFunction<ListModelCopyJobsFilters, ModelCopyJobsItem> = /* @__PURE__ */ createItemIterator(table.listModelCopyJobsDescriptor);
export const buildListModelCopyJobsResult: ResultFunction<ListModelCopyJobsFilters, ModelCopyJobsResult> = /* @__PURE__ */ createResultBuilder(table.listModelCopyJobsDescriptor);

/** ListModelInvocationJobs: pages, items, full result. */
export const paginateListModelInvocationJobs: PaginateFunction<ListModelInvocationJobsFilters, ModelInvocationJobsPage> = /* @__PURE__ */ createPaginator(table.listModelInvocationJobsDescriptor);
export const iterateListModelInvocationJobs: ItemIteratorFunction<ListModelInvocationJobsFilters, ModelInvocationJobsItem> = /* @__PURE__ */ createItemIterator(table.listModelInvocationJobsDescriptor);
export const buildListModelInvocationJobsResult: ResultFunction<ListModelInvocationJobsFilters, ModelInvocationJobsResult> = /* @__PURE__ */ createResultBuilder(table.listModelInvocationJobsDescriptor);

/** ListImportedModels: pages, items, full result. */
export const paginateListImportedModels: PaginateFunction<ListImportedModelsFilters, ImportedModelsPage> = /* @__PURE__ */ createPaginator(table.listImportedModelsDescriptor);
export const iterateListImportedModels: ItemIteratorFunction<ListImportedModelsFilters, ImportedModelsItem> = /* @__PURE__ */ createItemIterator(table.listImportedModelsDescriptor);
export const buildListImportedModelsResult: ResultFunction<ListImportedModelsFilters, ImportedModelsResult> = /* @__PURE__ */ createResultBuilder(table.listImportedModelsDescriptor);

/** ListModelImportJobs: pages, items, full result. */
export const paginateListModelImportJobs: PaginateFunction<ListModelImportJobsFilters, ModelImportJobsPage> = /* @__PURE__ */ createPaginator(table.listModelImportJobsDescriptor);
export const iterateListModelImportJobs: ItemIteratorFunction<ListModelImportJobsFilters, ModelImportJobsItem> = /* @__PURE__ */ createItemIterator(table.listModelImportJobsDescriptor);
export const buildListModelImportJobsResult: ResultFunction<ListModelImportJobsFilters, ModelImportJobsResult> = /* @__PURE__ */ createResultBuilder(table.listModelImportJobsDescriptor);

/** ListInferenceProfiles: pages, items, full result. */
export const paginateListInferenceProfiles: PaginateFunction<ListInferenceProfilesFilters, InferenceProfilesPage> = /* @__PURE__ */ createPaginator(table.listInferenceProfilesDescriptor);
export const iterateListInferenceProfiles: ItemIteratorFunction<ListInferenceProfilesFilters, InferenceProfilesItem> = /* @__PURE__ */ createItemIterator(table.listInferenceProfilesDescriptor);
export const buildListInferenceProfilesResult: ResultFunction<ListInferenceProfilesFilters, InferenceProfilesResult> = /* @__PURE__ */ createResultBuilder(table.listInferenceProfilesDescriptor);

/** ListMarketplaceModelEndpoints: pages, items, full result. */
export const paginateListMarketplaceModelEndpoints: PaginateFunction<ListMarketplaceModelEndpointsFilters, MarketplaceModelEndpointsPage> = /* @__PURE__ */ createPaginator(table.listMarketplaceModelEndpointsDescriptor);
export const iterateListMarketplaceModelEndpoints: ItemIteratorFunction<ListMarketplaceModelEndpointsFilters, MarketplaceModelEndpointsItem> = /* @__PURE__ */ createItemIterator(table.listMarketplaceModelEndpointsDescriptor);
export const buildListMarketplaceModelEndpointsResult: ResultFunction<ListMarketplaceModelEndpointsFilters, MarketplaceModelEndpointsResult> = /* @__PURE__ */ createResultBuilder(table.listMarketplaceModelEndpointsDescriptor);

/** ListPromptRouters: pages, items, full result. */
export const paginateListPromptRouters: PaginateFunction<ListPromptRoutersFilters, PromptRoutersPage> = /* @__PURE__ */ createPaginator(table.listPromptRoutersDescriptor);
export const iterateListPromptRouters: ItemIteratorFunction<ListPromptRoutersFilters, PromptRoutersItem> = /* @__PURE__ */ createItemIterator(table.listPromptRoutersDescriptor);
export const buildListPromptRoutersResult: ResultFunction<ListPromptRoutersFilters, PromptRoutersResult> = /* @__PURE__ */ createResultBuilder(table.listPromptRoutersDescriptor);

/** ListCustomModelDeployments: pages, items, full result. */
export const paginateListCustomModelDeployments: PaginateFunction<ListCustomModelDeploymentsFilters, CustomModelDeploymentsPage> = /* @__PURE__ */ createPaginator(table.listCustomModelDeploymentsDescriptor);
export const iterateListCustomModelDeployments: ItemIteratorFunction<ListCustomModelDeploymentsFilters, CustomModelDeploymentsItem> = /* @__PURE__ */ createItemIterator(table.listCustomModelDeploymentsDescriptor);
export const buildListCustomModelDeploymentsResult: ResultFunction<ListCustomModelDeploymentsFilters, CustomModelDeploymentsResult> = /* @__PURE__ */ createResultBuilder(table.listCustomModelDeploymentsDescriptor);

/** ListAutomatedReasoningPolicies: pages, items, full result. */
export const paginateListAutomatedReasoningPolicies: PaginateFunction<ListAutomatedReasoningPoliciesFilters, AutomatedReasoningPoliciesPage> = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPoliciesDescriptor);
export const iterateListAutomatedReasoningPolicies: ItemIteratorFunction<ListAutomatedReasoningPoliciesFilters, AutomatedReasoningPoliciesItem> = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPoliciesDescriptor);
export const buildListAutomatedReasoningPoliciesResult: ResultFunction<ListAutomatedReasoningPoliciesFilters, AutomatedReasoningPoliciesResult> = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPoliciesDescriptor);

/** ListAutomatedReasoningPolicyBuildWorkflows: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyBuildWorkflows: PaginateFunction<ListAutomatedReasoningPolicyBuildWorkflowsFilters, AutomatedReasoningPolicyBuildWorkflowsPage> = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);
export const iterateListAutomatedReasoningPolicyBuildWorkflows: ItemIteratorFunction<ListAutomatedReasoningPolicyBuildWorkflowsFilters, AutomatedReasoningPolicyBuildWorkflowsItem> = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);
export const buildListAutomatedReasoningPolicyBuildWorkflowsResult: ResultFunction<ListAutomatedReasoningPolicyBuildWorkflowsFilters, AutomatedReasoningPolicyBuildWorkflowsResult> = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);

/** ListAutomatedReasoningPolicyTestCases: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyTestCases: PaginateFunction<ListAutomatedReasoningPolicyTestCasesFilters, AutomatedReasoningPolicyTestCasesPage> = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyTestCasesDescriptor);
export const iterateListAutomatedReasoningPolicyTestCases: ItemIteratorFunction<ListAutomatedReasoningPolicyTestCasesFilters, AutomatedReasoningPolicyTestCasesItem> = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyTestCasesDescriptor);
export const buildListAutomatedReasoningPolicyTestCasesResult: ResultFunction<ListAutomatedReasoningPolicyTestCasesFilters, AutomatedReasoningPolicyTestCasesResult> = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyTestCasesDescriptor);

/** ListAutomatedReasoningPolicyTestResults: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyTestResults: PaginateFunction<ListAutomatedReasoningPolicyTestResultsFilters, AutomatedReasoningPolicyTestResultsPage> = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyTestResultsDescriptor);
export const iterateListAutomatedReasoningPolicyTestResults: ItemIteratorFunction<ListAutomatedReasoningPolicyTestResultsFilters, AutomatedReasoningPolicyTestResultsItem> = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyTestResultsDescriptor);
export const buildListAutomatedReasoningPolicyTestResultsResult: ResultFunction<ListAutomatedReasoningPolicyTestResultsFilters, AutomatedReasoningPolicyTestResultsResult> = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyTestResultsDescriptor);

/** ListEnforcedGuardrailsConfiguration: pages, items, full result. It has no page size: `PageSize` is refused. */
export const paginateListEnforcedGuardrailsConfiguration: PaginateFunction<ListEnforcedGuardrailsConfigurationFilters, EnforcedGuardrailsConfigurationPage, PaginationWithoutPageSize> = /* @__PURE__ */ createPaginator(table.listEnforcedGuardrailsConfigurationDescriptor);
export const iterateListEnforcedGuardrailsConfiguration: ItemIteratorFunction<ListEnforcedGuardrailsConfigurationFilters, EnforcedGuardrailsConfigurationItem, PaginationWithoutPageSize> = /* @__PURE__ */ createItemIterator(table.listEnforcedGuardrailsConfigurationDescriptor);
export const buildListEnforcedGuardrailsConfigurationResult: ResultFunction<ListEnforcedGuardrailsConfigurationFilters, EnforcedGuardrailsConfigurationResult, PaginationWithoutPageSize> = /* @__PURE__ */ createResultBuilder(table.listEnforcedGuardrailsConfigurationDescriptor);

/** ListAdvancedPromptOptimizationJobs: pages, items, full result. */
export const paginateListAdvancedPromptOptimizationJobs: PaginateFunction<ListAdvancedPromptOptimizationJobsFilters, AdvancedPromptOptimizationJobsPage> = /* @__PURE__ */ createPaginator(table.listAdvancedPromptOptimizationJobsDescriptor);
export const iterateListAdvancedPromptOptimizationJobs: ItemIteratorFunction<ListAdvancedPromptOptimizationJobsFilters, AdvancedPromptOptimizationJobsItem> = /* @__PURE__ */ createItemIterator(table.listAdvancedPromptOptimizationJobsDescriptor);
export const buildListAdvancedPromptOptimizationJobsResult: ResultFunction<ListAdvancedPromptOptimizationJobsFilters, AdvancedPromptOptimizationJobsResult> = /* @__PURE__ */ createResultBuilder(table.listAdvancedPromptOptimizationJobsDescriptor);
