/**
 * The functions of every paginated Bedrock operation, made from the descriptor table: for an operation
 * `ListX`, `paginateListX` (pages), `iterateListX` (items) and `buildListXResult` (boto3's
 * `build_full_result()`), each `(client, input?, pagination?, options?)` with the semantics and options of
 * `paginateListCustomModels`. Each is its own constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../core/listing-functions.js';
import * as table from './table.js';

/** ListCustomModels: pages, items, full result. */
export const paginateListCustomModels = /* @__PURE__ */ createPaginator(table.listCustomModelsDescriptor);
export const iterateListCustomModels = /* @__PURE__ */ createItemIterator(table.listCustomModelsDescriptor);
export const buildListCustomModelsResult = /* @__PURE__ */ createResultBuilder(table.listCustomModelsDescriptor);

/** ListModelCustomizationJobs: pages, items, full result. */
export const paginateListModelCustomizationJobs = /* @__PURE__ */ createPaginator(table.listModelCustomizationJobsDescriptor);
export const iterateListModelCustomizationJobs = /* @__PURE__ */ createItemIterator(table.listModelCustomizationJobsDescriptor);
export const buildListModelCustomizationJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelCustomizationJobsDescriptor);

/** ListProvisionedModelThroughputs: pages, items, full result. */
export const paginateListProvisionedModelThroughputs = /* @__PURE__ */ createPaginator(table.listProvisionedModelThroughputsDescriptor);
export const iterateListProvisionedModelThroughputs = /* @__PURE__ */ createItemIterator(table.listProvisionedModelThroughputsDescriptor);
export const buildListProvisionedModelThroughputsResult = /* @__PURE__ */ createResultBuilder(table.listProvisionedModelThroughputsDescriptor);

/** ListEvaluationJobs: pages, items, full result. */
export const paginateListEvaluationJobs = /* @__PURE__ */ createPaginator(table.listEvaluationJobsDescriptor);
export const iterateListEvaluationJobs = /* @__PURE__ */ createItemIterator(table.listEvaluationJobsDescriptor);
export const buildListEvaluationJobsResult = /* @__PURE__ */ createResultBuilder(table.listEvaluationJobsDescriptor);

/** ListGuardrails: pages, items, full result. */
export const paginateListGuardrails = /* @__PURE__ */ createPaginator(table.listGuardrailsDescriptor);
export const iterateListGuardrails = /* @__PURE__ */ createItemIterator(table.listGuardrailsDescriptor);
export const buildListGuardrailsResult = /* @__PURE__ */ createResultBuilder(table.listGuardrailsDescriptor);

/** ListModelCopyJobs: pages, items, full result. */
export const paginateListModelCopyJobs = /* @__PURE__ */ createPaginator(table.listModelCopyJobsDescriptor);
export const iterateListModelCopyJobs = /* @__PURE__ */ createItemIterator(table.listModelCopyJobsDescriptor);
export const buildListModelCopyJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelCopyJobsDescriptor);

/** ListModelInvocationJobs: pages, items, full result. */
export const paginateListModelInvocationJobs = /* @__PURE__ */ createPaginator(table.listModelInvocationJobsDescriptor);
export const iterateListModelInvocationJobs = /* @__PURE__ */ createItemIterator(table.listModelInvocationJobsDescriptor);
export const buildListModelInvocationJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelInvocationJobsDescriptor);

/** ListImportedModels: pages, items, full result. */
export const paginateListImportedModels = /* @__PURE__ */ createPaginator(table.listImportedModelsDescriptor);
export const iterateListImportedModels = /* @__PURE__ */ createItemIterator(table.listImportedModelsDescriptor);
export const buildListImportedModelsResult = /* @__PURE__ */ createResultBuilder(table.listImportedModelsDescriptor);

/** ListModelImportJobs: pages, items, full result. */
export const paginateListModelImportJobs = /* @__PURE__ */ createPaginator(table.listModelImportJobsDescriptor);
export const iterateListModelImportJobs = /* @__PURE__ */ createItemIterator(table.listModelImportJobsDescriptor);
export const buildListModelImportJobsResult = /* @__PURE__ */ createResultBuilder(table.listModelImportJobsDescriptor);

/** ListInferenceProfiles: pages, items, full result. */
export const paginateListInferenceProfiles = /* @__PURE__ */ createPaginator(table.listInferenceProfilesDescriptor);
export const iterateListInferenceProfiles = /* @__PURE__ */ createItemIterator(table.listInferenceProfilesDescriptor);
export const buildListInferenceProfilesResult = /* @__PURE__ */ createResultBuilder(table.listInferenceProfilesDescriptor);

/** ListMarketplaceModelEndpoints: pages, items, full result. */
export const paginateListMarketplaceModelEndpoints = /* @__PURE__ */ createPaginator(table.listMarketplaceModelEndpointsDescriptor);
export const iterateListMarketplaceModelEndpoints = /* @__PURE__ */ createItemIterator(table.listMarketplaceModelEndpointsDescriptor);
export const buildListMarketplaceModelEndpointsResult = /* @__PURE__ */ createResultBuilder(table.listMarketplaceModelEndpointsDescriptor);

/** ListPromptRouters: pages, items, full result. */
export const paginateListPromptRouters = /* @__PURE__ */ createPaginator(table.listPromptRoutersDescriptor);
export const iterateListPromptRouters = /* @__PURE__ */ createItemIterator(table.listPromptRoutersDescriptor);
export const buildListPromptRoutersResult = /* @__PURE__ */ createResultBuilder(table.listPromptRoutersDescriptor);

/** ListCustomModelDeployments: pages, items, full result. */
export const paginateListCustomModelDeployments = /* @__PURE__ */ createPaginator(table.listCustomModelDeploymentsDescriptor);
export const iterateListCustomModelDeployments = /* @__PURE__ */ createItemIterator(table.listCustomModelDeploymentsDescriptor);
export const buildListCustomModelDeploymentsResult = /* @__PURE__ */ createResultBuilder(table.listCustomModelDeploymentsDescriptor);

/** ListAutomatedReasoningPolicies: pages, items, full result. */
export const paginateListAutomatedReasoningPolicies = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPoliciesDescriptor);
export const iterateListAutomatedReasoningPolicies = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPoliciesDescriptor);
export const buildListAutomatedReasoningPoliciesResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPoliciesDescriptor);

/** ListAutomatedReasoningPolicyBuildWorkflows: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyBuildWorkflows = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);
export const iterateListAutomatedReasoningPolicyBuildWorkflows = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);
export const buildListAutomatedReasoningPolicyBuildWorkflowsResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyBuildWorkflowsDescriptor);

/** ListAutomatedReasoningPolicyTestCases: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyTestCases = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyTestCasesDescriptor);
export const iterateListAutomatedReasoningPolicyTestCases = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyTestCasesDescriptor);
export const buildListAutomatedReasoningPolicyTestCasesResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyTestCasesDescriptor);

/** ListAutomatedReasoningPolicyTestResults: pages, items, full result. */
export const paginateListAutomatedReasoningPolicyTestResults = /* @__PURE__ */ createPaginator(table.listAutomatedReasoningPolicyTestResultsDescriptor);
export const iterateListAutomatedReasoningPolicyTestResults = /* @__PURE__ */ createItemIterator(table.listAutomatedReasoningPolicyTestResultsDescriptor);
export const buildListAutomatedReasoningPolicyTestResultsResult = /* @__PURE__ */ createResultBuilder(table.listAutomatedReasoningPolicyTestResultsDescriptor);

/** ListEnforcedGuardrailsConfiguration: pages, items, full result. */
export const paginateListEnforcedGuardrailsConfiguration = /* @__PURE__ */ createPaginator(table.listEnforcedGuardrailsConfigurationDescriptor);
export const iterateListEnforcedGuardrailsConfiguration = /* @__PURE__ */ createItemIterator(table.listEnforcedGuardrailsConfigurationDescriptor);
export const buildListEnforcedGuardrailsConfigurationResult = /* @__PURE__ */ createResultBuilder(table.listEnforcedGuardrailsConfigurationDescriptor);

/** ListAdvancedPromptOptimizationJobs: pages, items, full result. */
export const paginateListAdvancedPromptOptimizationJobs = /* @__PURE__ */ createPaginator(table.listAdvancedPromptOptimizationJobsDescriptor);
export const iterateListAdvancedPromptOptimizationJobs = /* @__PURE__ */ createItemIterator(table.listAdvancedPromptOptimizationJobsDescriptor);
export const buildListAdvancedPromptOptimizationJobsResult = /* @__PURE__ */ createResultBuilder(table.listAdvancedPromptOptimizationJobsDescriptor);
