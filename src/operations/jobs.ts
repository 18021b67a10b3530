/**
 * The resumable job of every paginated Bedrock operation: `processX(client, input, handler, options)` for an
 * operation `ListX`. Where the listing can be sorted by time and its items have an id, a resume is anchored
 * on the last item handled (safe while items come and go); elsewhere it resumes by count into the page, which
 * is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../jobs/job-functions.js';
import * as table from './table.js';
import type {
	ListCustomModelsFilters, CustomModelsItem,
	ListModelCustomizationJobsFilters, ModelCustomizationJobsItem,
	ListProvisionedModelThroughputsFilters, ProvisionedModelThroughputsItem,
	ListEvaluationJobsFilters, EvaluationJobsItem,
	ListGuardrailsFilters, GuardrailsItem,
	ListModelCopyJobsFilters, ModelCopyJobsItem,
	ListModelInvocationJobsFilters, ModelInvocationJobsItem,
	ListImportedModelsFilters, ImportedModelsItem,
	ListModelImportJobsFilters, ModelImportJobsItem,
	ListInferenceProfilesFilters, InferenceProfilesItem,
	ListMarketplaceModelEndpointsFilters, MarketplaceModelEndpointsItem,
	ListPromptRoutersFilters, PromptRoutersItem,
	ListCustomModelDeploymentsFilters, CustomModelDeploymentsItem,
	ListAutomatedReasoningPoliciesFilters, AutomatedReasoningPoliciesItem,
	ListAutomatedReasoningPolicyBuildWorkflowsFilters, AutomatedReasoningPolicyBuildWorkflowsItem,
	ListAutomatedReasoningPolicyTestCasesFilters, AutomatedReasoningPolicyTestCasesItem,
	ListAutomatedReasoningPolicyTestResultsFilters, AutomatedReasoningPolicyTestResultsItem,
	ListEnforcedGuardrailsConfigurationFilters, EnforcedGuardrailsConfigurationItem,
	ListAdvancedPromptOptimizationJobsFilters, AdvancedPromptOptimizationJobsItem,
} from './types.js';

/** ListCustomModels: anchored on the last item handled. */
export const processCustomModels: JobFunction<ListCustomModelsFilters, CustomModelsItem> = /* @__PURE__ */ createJobRunner(table.listCustomModelsDescriptor);
/** ListModelCustomizationJobs: anchored on the last item handled. */
export const processModelCustomizationJobs: JobFunction<ListModelCustomizationJobsFilters, ModelCustomizationJobsItem> = /* @__PURE__ */ createJobRunner(table.listModelCustomizationJobsDescriptor);
/** ListProvisionedModelThroughputs: anchored on the last item handled. */
export const processProvisionedModelThroughputs: JobFunction<ListProvisionedModelThroughputsFilters, ProvisionedModelThroughputsItem> = /* @__PURE__ */ createJobRunner(table.listProvisionedModelThroughputsDescriptor);
/** ListEvaluationJobs: anchored on the last item handled. */
export const processEvaluationJobs: JobFunction<ListEvaluationJobsFilters, EvaluationJobsItem> = /* @__PURE__ */ createJobRunner(table.listEvaluationJobsDescriptor);
/** ListGuardrails: resumes by count (the listing has no time order to anchor on). */
export const processGuardrails: JobFunction<ListGuardrailsFilters, GuardrailsItem> = /* @__PURE__ */ createJobRunner(table.listGuardrailsDescriptor);
/** ListModelCopyJobs: anchored on the last item handled. */
export const processModelCopyJobs: JobFunction<ListModelCopyJobsFilters, ModelCopyJobsItem> = /* @__PURE__ */ createJobRunner(table.listModelCopyJobsDescriptor);
/** ListModelInvocationJobs: anchored on the last item handled. */
export const processModelInvocationJobs: JobFunction<ListModelInvocationJobsFilters, ModelInvocationJobsItem> = /* @__PURE__ */ createJobRunner(table.listModelInvocationJobsDescriptor);
/** ListImportedModels: anchored on the last item handled. */
export const processImportedModels: JobFunction<ListImportedModelsFilters, ImportedModelsItem> = /* @__PURE__ */ createJobRunner(table.listImportedModelsDescriptor);
/** ListModelImportJobs: anchored on the last item handled. */
export const processModelImportJobs: JobFunction<ListModelImportJobsFilters, ModelImportJobsItem> = /* @__PURE__ */ createJobRunner(table.listModelImportJobsDescriptor);
/** ListInferenceProfiles: resumes by count (the listing has no time order to anchor on). */
export const processInferenceProfiles: JobFunction<ListInferenceProfilesFilters, InferenceProfilesItem> = /* @__PURE__ */ createJobRunner(table.listInferenceProfilesDescriptor);
/** ListMarketplaceModelEndpoints: resumes by count (the listing has no time order to anchor on). */
export const processMarketplaceModelEndpoints: JobFunction<ListMarketplaceModelEndpointsFilters, MarketplaceModelEndpointsItem> = /* @__PURE__ */ createJobRunner(table.listMarketplaceModelEndpointsDescriptor);
/** ListPromptRouters: resumes by count (the listing has no time order to anchor on). */
export const processPromptRouters: JobFunction<ListPromptRoutersFilters, PromptRoutersItem> = /* @__PURE__ */ createJobRunner(table.listPromptRoutersDescriptor);
/** ListCustomModelDeployments: anchored on the last item handled. */
export const processCustomModelDeployments: JobFunction<ListCustomModelDeploymentsFilters, CustomModelDeploymentsItem> = /* @__PURE__ */ createJobRunner(table.listCustomModelDeploymentsDescriptor);
/** ListAutomatedReasoningPolicies: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicies: JobFunction<ListAutomatedReasoningPoliciesFilters, AutomatedReasoningPoliciesItem> = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPoliciesDescriptor);
/** ListAutomatedReasoningPolicyBuildWorkflows: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicyBuildWorkflows: JobFunction<ListAutomatedReasoningPolicyBuildWorkflowsFilters, AutomatedReasoningPolicyBuildWorkflowsItem> = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);
/** ListAutomatedReasoningPolicyTestCases: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicyTestCases: JobFunction<ListAutomatedReasoningPolicyTestCasesFilters, AutomatedReasoningPolicyTestCasesItem> = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPolicyTestCasesDescriptor);
/** ListAutomatedReasoningPolicyTestResults: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicyTestResults: JobFunction<ListAutomatedReasoningPolicyTestResultsFilters, AutomatedReasoningPolicyTestResultsItem> = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPolicyTestResultsDescriptor);
/** ListEnforcedGuardrailsConfiguration: resumes by count (the listing has no time order to anchor on). */
export const processEnforcedGuardrailsConfiguration: JobFunction<ListEnforcedGuardrailsConfigurationFilters, EnforcedGuardrailsConfigurationItem> = /* @__PURE__ */ createJobRunner(table.listEnforcedGuardrailsConfigurationDescriptor);
/** ListAdvancedPromptOptimizationJobs: anchored on the last item handled. */
export const processAdvancedPromptOptimizationJobs: JobFunction<ListAdvancedPromptOptimizationJobsFilters, AdvancedPromptOptimizationJobsItem> = /* @__PURE__ */ createJobRunner(table.listAdvancedPromptOptimizationJobsDescriptor);
