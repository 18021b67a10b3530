/**
 * The one table: every paginated operation of the Bedrock control plane, as botocore's
 * `bedrock/2023-04-20/paginators-1.json` and the SDK's `paginate*` functions list them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required) are the
 * service model's. A test checks this table against the installed SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports. Each names its
 * keys (the paginator model's `nextToken` in and out, `maxResults` up to the default 1000), so that
 * `defineOperation` checks them against the SDK's types, entry by entry.
 *
 * The peer range starts at @aws-sdk/client-bedrock 3.831.0, the first whose ListCustomModels has every filter
 * (modelStatus came last). Operations added to the SDK later say which version they need (`sinceSdkVersion`).
 */
import * as bedrock from '@aws-sdk/client-bedrock';
import { defineOperation, type ListingOrder, type MemberSpec } from '../core/descriptor.js';

const timestamp = { type: 'timestamp' } as const satisfies MemberSpec;
const sortBy = { type: 'enum', values: ['CreationTime'] } as const satisfies MemberSpec;
const sortOrder = { type: 'enum', values: ['Ascending', 'Descending'] } as const satisfies MemberSpec;
const name63 = { type: 'string', min: 1, max: 63 } as const satisfies MemberSpec;
const modelArn = { type: 'string', min: 20, max: 1011 } as const satisfies MemberSpec;
const policyArn = { type: 'string', min: 1, max: 2048, required: true } as const satisfies MemberSpec;

/** Sorted by `sortBy: 'CreationTime'` in either `sortOrder`, on the item's `timeField`. */
const byCreationTime = (timeField: string): ListingOrder<'sortBy' | 'sortOrder'> => ({
	sortBy: { member: 'sortBy', value: 'CreationTime' },
	sortOrder: { member: 'sortOrder', ascending: 'Ascending', descending: 'Descending' },
	timeField,
});

export const listCustomModelsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListCustomModelsCommand, {
	operationName: 'ListCustomModels',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'modelSummaries',
	itemId: 'modelArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: {
		creationTimeBefore: timestamp,
		creationTimeAfter: timestamp,
		nameContains: name63,
		baseModelArnEquals: modelArn,
		foundationModelArnEquals: { type: 'string' },
		sortBy,
		sortOrder,
		isOwned: { type: 'boolean' },
		modelStatus: { type: 'enum', values: ['Active', 'Creating', 'Failed'] },
	},
});

export const listModelCustomizationJobsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListModelCustomizationJobsCommand, {
	operationName: 'ListModelCustomizationJobs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'modelCustomizationJobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: {
		creationTimeAfter: timestamp,
		creationTimeBefore: timestamp,
		statusEquals: { type: 'enum', values: ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'] },
		nameContains: name63,
		sortBy,
		sortOrder,
	},
});

export const listProvisionedModelThroughputsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListProvisionedModelThroughputsCommand, {
	operationName: 'ListProvisionedModelThroughputs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'provisionedModelSummaries',
	itemId: 'provisionedModelArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: {
		creationTimeAfter: timestamp,
		creationTimeBefore: timestamp,
		statusEquals: { type: 'enum', values: ['Creating', 'InService', 'Updating', 'Failed'] },
		modelArnEquals: modelArn,
		nameContains: name63,
		sortBy,
		sortOrder,
	},
});

export const listEvaluationJobsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListEvaluationJobsCommand, {
	operationName: 'ListEvaluationJobs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'jobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: {
		creationTimeAfter: timestamp,
		creationTimeBefore: timestamp,
		statusEquals: { type: 'enum', values: ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'Deleting'] },
		applicationTypeEquals: { type: 'enum', values: ['ModelEvaluation', 'RagEvaluation'] },
		nameContains: name63,
		sortBy,
		sortOrder,
	},
});

export const listGuardrailsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListGuardrailsCommand, {
	operationName: 'ListGuardrails',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'guardrails',
	itemId: 'arn',
	members: { guardrailIdentifier: { type: 'string', max: 2048 } },
});

export const listModelCopyJobsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListModelCopyJobsCommand, {
	operationName: 'ListModelCopyJobs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'modelCopyJobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: {
		creationTimeAfter: timestamp,
		creationTimeBefore: timestamp,
		statusEquals: { type: 'enum', values: ['InProgress', 'Completed', 'Failed'] },
		sourceAccountEquals: { type: 'string' },
		sourceModelArnEquals: modelArn,
		targetModelNameContains: name63,
		sortBy,
		sortOrder,
	},
});

export const listModelInvocationJobsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListModelInvocationJobsCommand, {
	operationName: 'ListModelInvocationJobs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'invocationJobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('submitTime'),
	members: {
		submitTimeAfter: timestamp,
		submitTimeBefore: timestamp,
		statusEquals: {
			type: 'enum',
			values: ['Submitted', 'InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'PartiallyCompleted', 'Expired', 'Validating', 'Scheduled'],
		},
		nameContains: name63,
		sortBy,
		sortOrder,
	},
});

export const listImportedModelsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListImportedModelsCommand, {
	operationName: 'ListImportedModels',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'modelSummaries',
	itemId: 'modelArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: { creationTimeBefore: timestamp, creationTimeAfter: timestamp, nameContains: name63, sortBy, sortOrder },
});

export const listModelImportJobsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListModelImportJobsCommand, {
	operationName: 'ListModelImportJobs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'modelImportJobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: {
		creationTimeAfter: timestamp,
		creationTimeBefore: timestamp,
		statusEquals: { type: 'enum', values: ['InProgress', 'Completed', 'Failed'] },
		nameContains: name63,
		sortBy,
		sortOrder,
	},
});

export const listInferenceProfilesDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListInferenceProfilesCommand, {
	operationName: 'ListInferenceProfiles',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'inferenceProfileSummaries',
	itemId: 'inferenceProfileArn',
	members: { typeEquals: { type: 'enum', values: ['SYSTEM_DEFINED', 'APPLICATION'] } },
});

export const listMarketplaceModelEndpointsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListMarketplaceModelEndpointsCommand, {
	operationName: 'ListMarketplaceModelEndpoints',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'marketplaceModelEndpoints',
	itemId: 'endpointArn',
	members: { modelSourceEquals: { type: 'string', max: 2048 } },
});

export const listPromptRoutersDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListPromptRoutersCommand, {
	operationName: 'ListPromptRouters',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'promptRouterSummaries',
	itemId: 'promptRouterArn',
	members: { type: { type: 'enum', values: ['custom', 'default'] } },
});

export const listCustomModelDeploymentsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListCustomModelDeploymentsCommand, {
	operationName: 'ListCustomModelDeployments',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	sinceSdkVersion: '3.848.0',
	resultKey: 'modelDeploymentSummaries',
	itemId: 'customModelDeploymentArn',
	order: /* @__PURE__ */ byCreationTime('createdAt'),
	members: {
		createdBefore: timestamp,
		createdAfter: timestamp,
		nameContains: name63,
		sortBy,
		sortOrder,
		statusEquals: { type: 'enum', values: ['Creating', 'Active', 'Failed'] },
		modelArnEquals: modelArn,
	},
});

export const listAutomatedReasoningPoliciesDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPoliciesCommand, {
	operationName: 'ListAutomatedReasoningPolicies',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	sinceSdkVersion: '3.864.0',
	resultKey: 'automatedReasoningPolicySummaries',
	itemId: 'policyArn',
	members: { policyArn: { type: 'string', min: 1, max: 2048 } },
});

export const listAutomatedReasoningPolicyBuildWorkflowsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPolicyBuildWorkflowsCommand, {
	operationName: 'ListAutomatedReasoningPolicyBuildWorkflows',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	sinceSdkVersion: '3.864.0',
	resultKey: 'automatedReasoningPolicyBuildWorkflowSummaries',
	itemId: 'buildWorkflowId',
	members: { policyArn },
});

export const listAutomatedReasoningPolicyTestCasesDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPolicyTestCasesCommand, {
	operationName: 'ListAutomatedReasoningPolicyTestCases',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	sinceSdkVersion: '3.864.0',
	resultKey: 'testCases',
	itemId: 'testCaseId',
	members: { policyArn },
});

export const listAutomatedReasoningPolicyTestResultsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPolicyTestResultsCommand, {
	operationName: 'ListAutomatedReasoningPolicyTestResults',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	sinceSdkVersion: '3.864.0',
	resultKey: 'testResults',
	members: { policyArn, buildWorkflowId: { type: 'string', max: 36, required: true } },
});

/** The one operation without a limit member: `PageSize` is refused, as boto3 refuses it. */
export const listEnforcedGuardrailsConfigurationDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListEnforcedGuardrailsConfigurationCommand, {
	operationName: 'ListEnforcedGuardrailsConfiguration',
	sinceSdkVersion: '3.938.0',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	resultKey: 'guardrailsConfig',
	members: {},
});

export const listAdvancedPromptOptimizationJobsDescriptor = /* @__PURE__ */ defineOperation(bedrock.ListAdvancedPromptOptimizationJobsCommand, {
	operationName: 'ListAdvancedPromptOptimizationJobs',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	sinceSdkVersion: '3.1047.0',
	resultKey: 'jobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: { sortBy, sortOrder },
});
