/**
 * The named types of every operation, from the descriptor table: for an operation `ListX`, `ListXFilters` (the
 * request members the caller may set), `XPage` (one response as a page), `XResult` (boto3's
 * `build_full_result()`, the AWS CLI's output shape) and `XItem` (the SDK's item type). The functions are
 * declared with them, so an editor shows `AsyncGenerator<CustomModelsPage>` rather than the descriptor types
 * they are inferred from.
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
export type ListCustomModelsFilters = FiltersOf<typeof listCustomModelsDescriptor>;
export type CustomModelsPage = PageOf<typeof listCustomModelsDescriptor>;
export type CustomModelsResult = FullResultOf<typeof listCustomModelsDescriptor>;
export type CustomModelsItem = ItemOf<typeof listCustomModelsDescriptor>;

/** ListModelCustomizationJobs. */
export type ListModelCustomizationJobsFilters = FiltersOf<typeof listModelCustomizationJobsDescriptor>;
export type ModelCustomizationJobsPage = PageOf<typeof listModelCustomizationJobsDescriptor>;
export type ModelCustomizationJobsResult = FullResultOf<typeof listModelCustomizationJobsDescriptor>;
export type ModelCustomizationJobsItem = ItemOf<typeof listModelCustomizationJobsDescriptor>;

/** ListProvisionedModelThroughputs. */
export type ListProvisionedModelThroughputsFilters = FiltersOf<typeof listProvisionedModelThroughputsDescriptor>;
export type ProvisionedModelThroughputsPage = PageOf<typeof listProvisionedModelThroughputsDescriptor>;
export type ProvisionedModelThroughputsResult = FullResultOf<typeof listProvisionedModelThroughputsDescriptor>;
export type ProvisionedModelThroughputsItem = ItemOf<typeof listProvisionedModelThroughputsDescriptor>;

/** ListEvaluationJobs. */
export type ListEvaluationJobsFilters = FiltersOf<typeof listEvaluationJobsDescriptor>;
export type EvaluationJobsPage = PageOf<typeof listEvaluationJobsDescriptor>;
export type EvaluationJobsResult = FullResultOf<typeof listEvaluationJobsDescriptor>;
export type EvaluationJobsItem = ItemOf<typeof listEvaluationJobsDescriptor>;

/** ListGuardrails. */
export type ListGuardrailsFilters = FiltersOf<typeof listGuardrailsDescriptor>;
export type GuardrailsPage = PageOf<typeof listGuardrailsDescriptor>;
export type GuardrailsResult = FullResultOf<typeof listGuardrailsDescriptor>;
export type GuardrailsItem = ItemOf<typeof listGuardrailsDescriptor>;

/** ListModelCopyJobs. */
export type ListModelCopyJobsFilters = FiltersOf<typeof listModelCopyJobsDescriptor>;
export type ModelCopyJobsPage = PageOf<typeof listModelCopyJobsDescriptor>;
export type ModelCopyJobsResult = FullResultOf<typeof listModelCopyJobsDescriptor>;
export type ModelCopyJobsItem = ItemOf<typeof listModelCopyJobsDescriptor>;

/** ListModelInvocationJobs. */
export type ListModelInvocationJobsFilters = FiltersOf<typeof listModelInvocationJobsDescriptor>;
export type ModelInvocationJobsPage = PageOf<typeof listModelInvocationJobsDescriptor>;
export type ModelInvocationJobsResult = FullResultOf<typeof listModelInvocationJobsDescriptor>;
export type ModelInvocationJobsItem = ItemOf<typeof listModelInvocationJobsDescriptor>;

/** ListImportedModels. */
export type ListImportedModelsFilters = FiltersOf<typeof listImportedModelsDescriptor>;
export type ImportedModelsPage = PageOf<typeof listImportedModelsDescriptor>;
export type ImportedModelsResult = FullResultOf<typeof listImportedModelsDescriptor>;
export type ImportedModelsItem = ItemOf<typeof listImportedModelsDescriptor>;

/** ListModelImportJobs. */
export type ListModelImportJobsFilters = FiltersOf<typeof listModelImportJobsDescriptor>;
export type ModelImportJobsPage = PageOf<typeof listModelImportJobsDescriptor>;
export type ModelImportJobsResult = FullResultOf<typeof listModelImportJobsDescriptor>;
export type ModelImportJobsItem = ItemOf<typeof listModelImportJobsDescriptor>;

/** ListInferenceProfiles. */
export type ListInferenceProfilesFilters = FiltersOf<typeof listInferenceProfilesDescriptor>;
export type InferenceProfilesPage = PageOf<typeof listInferenceProfilesDescriptor>;
export type InferenceProfilesResult = FullResultOf<typeof listInferenceProfilesDescriptor>;
export type InferenceProfilesItem = ItemOf<typeof listInferenceProfilesDescriptor>;

/** ListMarketplaceModelEndpoints. */
export type ListMarketplaceModelEndpointsFilters = FiltersOf<typeof listMarketplaceModelEndpointsDescriptor>;
export type MarketplaceModelEndpointsPage = PageOf<typeof listMarketplaceModelEndpointsDescriptor>;
export type MarketplaceModelEndpointsResult = FullResultOf<typeof listMarketplaceModelEndpointsDescriptor>;
export type MarketplaceModelEndpointsItem = ItemOf<typeof listMarketplaceModelEndpointsDescriptor>;

/** ListPromptRouters. */
export type ListPromptRoutersFilters = FiltersOf<typeof listPromptRoutersDescriptor>;
export type PromptRoutersPage = PageOf<typeof listPromptRoutersDescriptor>;
export type PromptRoutersResult = FullResultOf<typeof listPromptRoutersDescriptor>;
export type PromptRoutersItem = ItemOf<typeof listPromptRoutersDescriptor>;

/** ListCustomModelDeployments. */
export type ListCustomModelDeploymentsFilters = FiltersOf<typeof listCustomModelDeploymentsDescriptor>;
export type CustomModelDeploymentsPage = PageOf<typeof listCustomModelDeploymentsDescriptor>;
export type CustomModelDeploymentsResult = FullResultOf<typeof listCustomModelDeploymentsDescriptor>;
export type CustomModelDeploymentsItem = ItemOf<typeof listCustomModelDeploymentsDescriptor>;

/** ListAutomatedReasoningPolicies. */
export type ListAutomatedReasoningPoliciesFilters = FiltersOf<typeof listAutomatedReasoningPoliciesDescriptor>;
export type AutomatedReasoningPoliciesPage = PageOf<typeof listAutomatedReasoningPoliciesDescriptor>;
export type AutomatedReasoningPoliciesResult = FullResultOf<typeof listAutomatedReasoningPoliciesDescriptor>;
export type AutomatedReasoningPoliciesItem = ItemOf<typeof listAutomatedReasoningPoliciesDescriptor>;

/** ListAutomatedReasoningPolicyBuildWorkflows. */
export type ListAutomatedReasoningPolicyBuildWorkflowsFilters = FiltersOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;
export type AutomatedReasoningPolicyBuildWorkflowsPage = PageOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;
export type AutomatedReasoningPolicyBuildWorkflowsResult = FullResultOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;
export type AutomatedReasoningPolicyBuildWorkflowsItem = ItemOf<typeof listAutomatedReasoningPolicyBuildWorkflowsDescriptor>;

/** ListAutomatedReasoningPolicyTestCases. */
export type ListAutomatedReasoningPolicyTestCasesFilters = FiltersOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;
export type AutomatedReasoningPolicyTestCasesPage = PageOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;
export type AutomatedReasoningPolicyTestCasesResult = FullResultOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;
export type AutomatedReasoningPolicyTestCasesItem = ItemOf<typeof listAutomatedReasoningPolicyTestCasesDescriptor>;

/** ListAutomatedReasoningPolicyTestResults. */
export type ListAutomatedReasoningPolicyTestResultsFilters = FiltersOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;
export type AutomatedReasoningPolicyTestResultsPage = PageOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;
export type AutomatedReasoningPolicyTestResultsResult = FullResultOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;
export type AutomatedReasoningPolicyTestResultsItem = ItemOf<typeof listAutomatedReasoningPolicyTestResultsDescriptor>;

/** ListEnforcedGuardrailsConfiguration. */
export type ListEnforcedGuardrailsConfigurationFilters = FiltersOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;
export type EnforcedGuardrailsConfigurationPage = PageOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;
export type EnforcedGuardrailsConfigurationResult = FullResultOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;
export type EnforcedGuardrailsConfigurationItem = ItemOf<typeof listEnforcedGuardrailsConfigurationDescriptor>;

/** ListAdvancedPromptOptimizationJobs. */
export type ListAdvancedPromptOptimizationJobsFilters = FiltersOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
export type AdvancedPromptOptimizationJobsPage = PageOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
export type AdvancedPromptOptimizationJobsResult = FullResultOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
export type AdvancedPromptOptimizationJobsItem = ItemOf<typeof listAdvancedPromptOptimizationJobsDescriptor>;
