/**
 * The resumable job of every paginated Bedrock operation: `processX(client, input, handler, options)` for an
 * operation `ListX`. Where the listing can be sorted by time and its items have an id, a resume is anchored
 * on the last item handled (safe while items come and go); elsewhere it resumes by count into the page, which
 * is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner } from '../jobs/job-functions.js';
import * as table from './table.js';

/** ListCustomModels: anchored on the last item handled. */
export const processCustomModels = /* @__PURE__ */ createJobRunner(table.listCustomModelsDescriptor);
/** ListModelCustomizationJobs: anchored on the last item handled. */
export const processModelCustomizationJobs = /* @__PURE__ */ createJobRunner(table.listModelCustomizationJobsDescriptor);
/** ListProvisionedModelThroughputs: anchored on the last item handled. */
export const processProvisionedModelThroughputs = /* @__PURE__ */ createJobRunner(table.listProvisionedModelThroughputsDescriptor);
/** ListEvaluationJobs: anchored on the last item handled. */
export const processEvaluationJobs = /* @__PURE__ */ createJobRunner(table.listEvaluationJobsDescriptor);
/** ListGuardrails: resumes by count (the listing has no time order to anchor on). */
export const processGuardrails = /* @__PURE__ */ createJobRunner(table.listGuardrailsDescriptor);
/** ListModelCopyJobs: anchored on the last item handled. */
export const processModelCopyJobs = /* @__PURE__ */ createJobRunner(table.listModelCopyJobsDescriptor);
/** ListModelInvocationJobs: anchored on the last item handled. */
export const processModelInvocationJobs = /* @__PURE__ */ createJobRunner(table.listModelInvocationJobsDescriptor);
/** ListImportedModels: anchored on the last item handled. */
export const processImportedModels = /* @__PURE__ */ createJobRunner(table.listImportedModelsDescriptor);
/** ListModelImportJobs: anchored on the last item handled. */
export const processModelImportJobs = /* @__PURE__ */ createJobRunner(table.listModelImportJobsDescriptor);
/** ListInferenceProfiles: resumes by count (the listing has no time order to anchor on). */
export const processInferenceProfiles = /* @__PURE__ */ createJobRunner(table.listInferenceProfilesDescriptor);
/** ListMarketplaceModelEndpoints: resumes by count (the listing has no time order to anchor on). */
export const processMarketplaceModelEndpoints = /* @__PURE__ */ createJobRunner(table.listMarketplaceModelEndpointsDescriptor);
/** ListPromptRouters: resumes by count (the listing has no time order to anchor on). */
export const processPromptRouters = /* @__PURE__ */ createJobRunner(table.listPromptRoutersDescriptor);
/** ListCustomModelDeployments: anchored on the last item handled. */
export const processCustomModelDeployments = /* @__PURE__ */ createJobRunner(table.listCustomModelDeploymentsDescriptor);
/** ListAutomatedReasoningPolicies: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicies = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPoliciesDescriptor);
/** ListAutomatedReasoningPolicyBuildWorkflows: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicyBuildWorkflows = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);
/** ListAutomatedReasoningPolicyTestCases: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicyTestCases = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPolicyTestCasesDescriptor);
/** ListAutomatedReasoningPolicyTestResults: resumes by count (the listing has no time order to anchor on). */
export const processAutomatedReasoningPolicyTestResults = /* @__PURE__ */ createJobRunner(table.listAutomatedReasoningPolicyTestResultsDescriptor);
/** ListEnforcedGuardrailsConfiguration: resumes by count (the listing has no time order to anchor on). */
export const processEnforcedGuardrailsConfiguration = /* @__PURE__ */ createJobRunner(table.listEnforcedGuardrailsConfigurationDescriptor);
/** ListAdvancedPromptOptimizationJobs: anchored on the last item handled. */
export const processAdvancedPromptOptimizationJobs = /* @__PURE__ */ createJobRunner(table.listAdvancedPromptOptimizationJobsDescriptor);
