/**
 * The named types of every operation, from the descriptor table: for an operation `ListX`, `ListXFilters` (the
 * request members the caller may set), `XPage` (one response as a page), `XResult` (boto3's
 * `build_full_result()`, the AWS CLI's output shape) and `XItem` (the SDK's item type). The functions are
 * declared with them, so an editor shows `AsyncGenerator<CustomModelsPage>` rather than the descriptor types
 * they are inferred from. The filters are interfaces, since an alias of `Omit<...>` shows as the `Omit`.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../core/descriptor.js';
import type {
	listCustomModelsDescriptor,
	listModelCustomizationJobsDescriptor,
	listProvisionedModelThroughputsDescriptor,
	listEvaluationJobsDescriptor,
	listGuardrailsDescriptor,
	listModelCopyJobsDescriptor,
	listModelInvocationJobsDescriptor,
	listImportedModelsDescriptor,
	listModelImportJobsDescriptor,
	listInferenceProfilesDescriptor,
	listMarketplaceModelEndpointsDescriptor,
	listPromptRoutersDescriptor,
	listCustomModelDeploymentsDescriptor,
	listAutomatedReasoningPoliciesDescriptor,
	listAutomatedReasoningPolicyBuildWorkflowsDescriptor,
	listAutomatedReasoningPolicyTestCasesDescriptor,
	listAutomatedReasoningPolicyTestResultsDescriptor,
	listEnforcedGuardrailsConfigurationDescriptor,
	listAdvancedPromptOptimizationJobsDescriptor,
} from './table.js';

/** ListCustomModels. */
export interface ListCustomModelsFilters extends FiltersOf<typeof listCustomModelsDescriptor> {}
export type CustomModelsPage = PageOf<typeof listCustomModelsDescriptor>;
export type CustomModelsResult = FullResultOf<typeof listCustomModelsDescriptor>;
export type CustomModelsItem = ItemOf<typeof listCustomModelsDescriptor>;

/** ListModelCustomizationJobs. */
export interface ListModelCustomizationJobsFilters extends FiltersOf<typeof listModelCustomizationJobsDescriptor> {}
export type ModelCustomizationJobsPage = PageOf<typeof listModelCustomizationJobsDescriptor>;
export type ModelCustomizationJobsResult = FullResultOf<typeof listModelCustomizationJobsDescriptor>;
export type ModelCustomizationJobsItem = ItemOf<typeof listModelCustomizationJobsDescriptor>;

/** ListProvisionedModelThroughputs. */
export interface ListProvisionedModelThroughputsFilters extends FiltersOf<typeof listProvisionedModelThroughputsDescriptor> {}
export type ProvisionedModelThroughputsPage = PageOf<typeof listProvisionedModelThroughputsDescriptor>;
export type ProvisionedModelThroughputsResult = FullResultOf<typeof listProvisionedModelThroughputsDescriptor>;
export type ProvisionedModelThroughputsItem = ItemOf<typeof listProvisionedModelThroughputsDescriptor>;

/** ListEvaluationJobs. */
export interface ListEvaluationJobsFilters extends FiltersOf<typeof listEvaluationJobsDescriptor> {}
export type EvaluationJobsPage = PageOf<typeof listEvaluationJobsDescriptor>;
export type EvaluationJobsResult = FullResultOf<typeof listEvaluationJobsDescriptor>;
export type EvaluationJobsItem = ItemOf<typeof listEvaluationJobsDescriptor>;

/** ListGuardrails. */
export interface ListGuardrailsFilters extends FiltersOf<typeof listGuardrailsDescriptor> {}
export type GuardrailsPage = PageOf<typeof listGuardrailsDescriptor>;
export type GuardrailsResult = FullResultOf<typeof listGuardrailsDescriptor>;
export type GuardrailsItem = ItemOf<typeof listGuardrailsDescriptor>;

/** ListModelCopyJobs. */
export interface ListModelCopyJobsFilters extends FiltersOf<typeof listModelCopyJobsDescriptor> {}
export type ModelCopyJobsPage = PageOf<typeof listModelCopyJobsDescriptor>;
export type ModelCopyJobsResult = FullResultOf<typeof listModelCopyJobsDescriptor>;
export type ModelCopyJobsItem = ItemOf<typeof listModelCopyJobsDescriptor>;

/** ListModelInvocationJobs. */
export interface ListModelInvocationJobsFilters extends FiltersOf<typeof listModelInvocationJobsDescriptor> {}
export type ModelInvocationJobsPage = PageOf<typeof listModelInvocationJobsDescriptor>;
export type ModelInvocationJobsResult = FullResultOf<typeof listModelInvocationJobsDescriptor>;
export type ModelInvocationJobsItem = ItemOf<typeof listModelInvocationJobsDescriptor>;

/** ListImportedModels. */
export interface ListImportedModelsFilters extends FiltersOf<typeof listImportedModelsDescriptor> {}
export type ImportedModelsPage = PageOf<typeof listImportedModelsDescriptor>;
export type ImportedModelsResult = FullResultOf<typeof listImportedModelsDescriptor>;
export type ImportedModelsItem = ItemOf<typeof listImportedModelsDescriptor>;

/** ListModelImportJobs. */
export interface ListModelImportJobsFilters extends FiltersOf<typeof listModelImportJobsDescriptor> {}
export type ModelImportJobsPage = PageOf<typeof listModelImportJobsDescriptor>;
export type ModelImportJobsResult = FullResultOf<typeof listModelImportJobsDescriptor>;
export type ModelImportJobsItem = ItemOf<typeof listModelImportJobsDescriptor>;

/** ListInferenceProfiles. */
export interface ListInferenceProfilesFilters extends FiltersOf<typeof listInferenceProfilesDescriptor> {}
export type InferenceProfilesPage = PageOf<typeof listInferenceProfilesDescriptor>;
export type InferenceProfilesResult = FullResultOf<typeof listInferenceProfilesDescriptor>;
export type InferenceProfilesItem = ItemOf<typeof listInferenceProfilesDescriptor>;

/** ListMarketplaceModelEndpoints. */
export interface ListMarketplaceModelEndpointsFilters extends FiltersOf<typeof listMarketplaceModelEndpointsDescriptor> {}
export type MarketplaceModelEndpointsPage = PageOf<typeof listMarketplaceModelEndpointsDescriptor>;
export type MarketplaceModelEndpointsResult = FullResultOf<typeof listMarketplaceModelEndpointsDescriptor>;
export type MarketplaceModelEndpointsItem = ItemOf<typeof listMarketplaceModelEndpointsDescriptor>;

/** ListPromptRouters. */
export interface ListPromptRoutersFilters extends FiltersOf<typeof listPromptRoutersDescriptor> {}
export type PromptRoutersPage = PageOf<typeof listPromptRoutersDescriptor>;
export type PromptRoutersResult = FullResultOf<typeof listPromptRoutersDescriptor>;
export type PromptRoutersItem = ItemOf<typeof listPromptRoutersDescriptor>;

/** ListCustomModelDeployments. */
export interface ListCustomModelDeploymentsFilters extends FiltersOf<typeof listCustomModelDeploymentsDescriptor> {}
export type CustomModelDeploymentsPage = PageOf<typeof listCustomModelDeploymentsDescriptor>;
export type CustomModelDeploymentsResult = FullResultOf<typeof listCustomModelDeploymentsDescriptor>;
export type CustomModelDeploymentsItem = ItemOf<typeof listCustomModelDeploymentsDescriptor>;

/** ListAutomatedReasoningPolicies. */
export interface ListAutomatedReasoningPoliciesFilters extends FiltersOf<typeof listAutomatedReasoningPoliciesDescriptor> {}
export type AutomatedReasoningPoliciesPage = PageOf<typeof listAutomatedReasoningPoliciesDescriptor>;
export type AutomatedReasoningPoliciesResult = FullResultOf<typeof listAutomatedReasoningPoliciesDescriptor>;
export type AutomatedReasoningPoliciesItem = ItemOf<typeof listAutomatedReasoningPoliciesDescriptor>;

/** ListAutomatedReasoningPolicyBuildWorkflows. */
export interface ListAutomatedReasoningPolicyBuildWorkflowsFilters extends FiltersOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor> {}
export type AutomatedReasoningPolicyBuildWorkflowsPage = PageOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;
export type AutomatedReasoningPolicyBuildWorkflowsResult = FullResultOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;
export type AutomatedReasoningPolicyBuildWorkflowsItem = ItemOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;

/** ListAutomatedReasoningPolicyTestCases. */
export interface ListAutomatedReasoningPolicyTestCasesFilters extends FiltersOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor> {}
export type AutomatedReasoningPolicyTestCasesPage = PageOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;
export type AutomatedReasoningPolicyTestCasesResult = FullResultOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;
export type AutomatedReasoningPolicyTestCasesItem = ItemOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;

/** ListAutomatedReasoningPolicyTestResults. */
export interface ListAutomatedReasoningPolicyTestResultsFilters extends FiltersOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor> {}
export type AutomatedReasoningPolicyTestResultsPage = PageOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;
export type AutomatedReasoningPolicyTestResultsResult = FullResultOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;
export type AutomatedReasoningPolicyTestResultsItem = ItemOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;

/** ListEnforcedGuardrailsConfiguration. */
export interface ListEnforcedGuardrailsConfigurationFilters extends FiltersOf<typeof listEnforcedGuardrailsConfigurationDescriptor> {}
export type EnforcedGuardrailsConfigurationPage = PageOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;
export type EnforcedGuardrailsConfigurationResult = FullResultOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;
export type EnforcedGuardrailsConfigurationItem = ItemOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;

/** ListAdvancedPromptOptimizationJobs. */
export interface ListAdvancedPromptOptimizationJobsFilters extends FiltersOf<typeof listAdvancedPromptOptimizationJobsDescriptor> {}
export type AdvancedPromptOptimizationJobsPage = PageOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
export type AdvancedPromptOptimizationJobsResult = FullResultOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
export type AdvancedPromptOptimizationJobsItem = ItemOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
