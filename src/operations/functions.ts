/**
 * The functions of every paginated Bedrock operation, made from the descriptor table: for an operation
 * `ListX`, `paginateListX` (pages), `iterateListX` (items) and `buildListXResult` (boto3's
 * `build_full_result()`), each `(client, input?, pagination?, options?)` with the semantics and options of
 * `paginateListCustomModels`. Each is its own constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../core/listing-functions.js';
import * as table from './table.js';

/** ListCustomModels: pages, items, full result. */
export const paginateListCustomModels = /* @__PURE__ */ createPaginator(table.listCustomModels);
export const iterateListCustomModels = /* @__PURE__ */ createItemIterator(table.listCustomModels);
export const buildListCustomModelsResult = /* @__PURE__ */ createResultBuilder(table.listCustomModels);

/** ListModelCustomizationJobs: pages, items, full result. */
export const paginateListModelCustomizationJobs = /* @__PURE__ */ createPaginator(table.listModelCustomizationJobs);
export const iterateListModelCustomizationJobs = /* @__PURE__ */ createItemIterator(table.listModelCustomizationJobs);
export const buildListModelCustomizationJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelCustomizationJobs);

/** ListProvisionedModelThroughputs: pages, items, full result. */
export const paginateListProvisionedModelThroughputs = /* @__PURE__ */ createPaginator(table.listProvisionedModelThroughputs);
export const iterateListProvisionedModelThroughputs = /* @__PURE__ */ createItemIterator(table.listProvisionedModelThroughputs);
export const buildListProvisionedModelThroughputsResult = /* @__PURE__ */ createResultBuilder(table.listProvisionedModelThroughputs);

/** ListEvaluationJobs: pages, items, full result. */
export const paginateListEvaluationJobs = /* @__PURE__ */ createPaginator(table.listEvaluationJobs);
export const iterateListEvaluationJobs = /* @__PURE__ */ createItemIterator(table.listEvaluationJobs);
export const buildListEvaluationJobsResult = /* @__PURE__ */ createResultBuilder(table.listEvaluationJobs);

/** ListGuardrails: pages, items, full result. */
export const paginateListGuardrails = /* @__PURE__ */ createPaginator(table.listGuardrails);
export const iterateListGuardrails = /* @__PURE__ */ createItemIterator(table.listGuardrails);
export const buildListGuardrailsResult = /* @__PURE__ */ createResultBuilder(table.listGuardrails);

/** ListModelCopyJobs: pages, items, full result. */
export const paginateListModelCopyJobs = /* @__PURE__ */ createPaginator(table.listModelCopyJobs);
export const iterateListModelCopyJobs = /* @__PURE__ */ createItemIterator(table.listModelCopyJobs);
export const buildListModelCopyJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelCopyJobs);

/** ListModelInvocationJobs: pages, items, full result. */
export const paginateListModelInvocationJobs = /* @__PURE__ */ createPaginator(table.listModelInvocationJobs);
export const iterateListModelInvocationJobs = /* @__PURE__ */ createItemIterator(table.listModelInvocationJobs);
export const buildListModelInvocationJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelInvocationJobs);

/** ListImportedModels: pages, items, full result. */
export const paginateListImportedModels = /* @__PURE__ */ createPaginator(table.listImportedModels);
export const iterateListImportedModels = /* @__PURE__ */ createItemIterator(table.listImportedModels);
export const buildListImportedModelsResult = /* @__PURE__ */ createResultBuilder(table.listImportedModels);

/** ListModelImportJobs: pages, items, full result. */
export const paginateListModelImportJobs = /* @__PURE__ */ createPaginator(table.listModelImportJobs);
export const iterateListModelImportJobs = /* @__PURE__ */ createItemIterator(table.listModelImportJobs);
export const buildListModelImportJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelImportJobs);

/** ListInferenceProfiles: pages, items, full result. */
export const paginateListInferenceProfiles = /* @__PURE__ */ createPaginator(table.listInferenceProfiles);
export const iterateListInferenceProfiles = /* @__PURE__ */ createItemIterator(table.listInferenceProfiles);
export const buildListInferenceProfilesResult = /* @__PURE__ */ createResultBuilder(table.listInferenceProfiles);

/** ListMarketplaceModelEndpoints: pages, items, full result. */
export const paginateListMarketplaceModelEndpoints = /* @__PURE__ */ createPaginator(table.listMarketplaceModelEndpoints);
export const iterateListMarketplaceModelEndpoints = /* @__PURE__ */ createItemIterator(table.listMarketplaceModelEndpoints);
export const buildListMarketplaceModelEndpointsResult = /* @__PURE__ */ createResultBuilder(table.listMarketplaceModelEndpoints);

/** ListPromptRouters: pages, items, full result. */
export const paginateListPromptRouters = /* @__PURE__ */ createPaginator(table.listPromptRouters);
export const iterateListPromptRouters = /* @__PURE__ */ createItemIterator(table.listPromptRouters);
export const buildListPromptRoutersResult = /* @__PURE__ */ createResultBuilder(table.listPromptRouters);

/** ListCustomModelDeployments: pages, items, full result. */
export const paginateListCustomModelDeployments = /* @__PURE__ */ createPaginator(table.listCustomModelDeployments);
export const iterateListCustomModelDeployments = /* @__PURE__ */ createItemIterator(table.listCustomModelDeployments);
export const buildListCustomModelDeploymentsResult = /* @__PURE__ */ createResultBuilder(table.listCustomModelDeployments);

/** ListAutomatedReasoningPolicies: pages, items, full result. */
export const paginateListAutomatedReasoningPolicies = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicies);
export const iterateListAutomatedReasoningPolicies = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicies);
export const buildListAutomatedReasoningPoliciesResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicies);

/** ListAutomatedReasoningPolicyBuildWorkflows: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyBuildWorkflows = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyBuildWorkflows);
export const iterateListAutomatedReasoningPolicyBuildWorkflows = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyBuildWorkflows);
export const buildListAutomatedReasoningPolicyBuildWorkflowsResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyBuildWorkflows);

/** ListAutomatedReasoningPolicyTestCases: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyTestCases = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyTestCases);
export const iterateListAutomatedReasoningPolicyTestCases = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyTestCases);
export const buildListAutomatedReasoningPolicyTestCasesResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyTestCases);

/** ListAutomatedReasoningPolicyTestResults: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyTestResults = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyTestResults);
export const iterateListAutomatedReasoningPolicyTestResults = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyTestResults);
export const buildListAutomatedReasoningPolicyTestResultsResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyTestResults);

/** ListEnforcedGuardrailsConfiguration: pages, items, full result. */
export const paginateListEnforcedGuardrailsConfiguration = /* @__PURE__ */ createPaginator(table.listEnforcedGuardrailsConfiguration);
export const iterateListEnforcedGuardrailsConfiguration = /* @__PURE__ */ createItemIterator(table.listEnforcedGuardrailsConfiguration);
export const buildListEnforcedGuardrailsConfigurationResult = /* @__PURE__ */ createResultBuilder(table.listEnforcedGuardrailsConfiguration);

/** ListAdvancedPromptOptimizationJobs: pages, items, full result. */
export const paginateListAdvancedPromptOptimizationJobs = /* @__PURE__ */ createPaginator(table.listAdvancedPromptOptimizationJobs);
export const iterateListAdvancedPromptOptimizationJobs = /* @__PURE__ */ createItemIterator(table.listAdvancedPromptOptimizationJobs);
export const buildListAdvancedPromptOptimizationJobsResult = /* @__PURE__ */ createResultBuilder(table.listAdvancedPromptOptimizationJobs);
