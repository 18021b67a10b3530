/**
 * The one table: every paginated operation of the Bedrock control plane, as botocore's
 * `bedrock/2023-04-20/paginators-1.json` and the SDK's `paginate*` functions list them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required) are the
 * service model's. A test checks this table against the installed SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as bedrock from '@aws-sdk/client-bedrock';
import { defineOperation, type ListingOrder, type MemberSpec } from '../core/descriptor.js';

const timestamp = { type: 'timestamp' } as const satisfies MemberSpec;
const sortBy = { type: 'enum', values: ['CreationTime'] } as const satisfies MemberSpec;
const sortOrder = { type: 'enum', values: ['Ascending', 'Descending'] } as const satisfies MemberSpec;
const name63 = { type: 'string', min: 1, max: 63 } as const satisfies MemberSpec;
const modelArn = { type: 'string', min: 20, max: 1011 } as const satisfies MemberSpec;
const policyArn = { type: 'string', min: 1, max: 2048, required: true } as const satisfies MemberSpec;
const bedrockTokens = { inputToken: 'nextToken', outputToken: 'nextToken', limitKey: 'maxResults', limitMax: 1000 } as const;

/** Sorted by `sortBy: 'CreationTime'` in either `sortOrder`, on the item's `timeField`. */
const byCreationTime = (timeField: string): ListingOrder => ({
	sortBy: { member: 'sortBy', value: 'CreationTime' },
	sortOrder: { member: 'sortOrder', ascending: 'Ascending', descending: 'Descending' },
	timeField,
});

export const listCustomModels = /* @__PURE__ */ defineOperation(bedrock.ListCustomModelsCommand, {
	operationName: 'ListCustomModels',
	...bedrockTokens,
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

export const listModelCustomizationJobs = /* @__PURE__ */ defineOperation(bedrock.ListModelCustomizationJobsCommand, {
	operationName: 'ListModelCustomizationJobs',
	...bedrockTokens,
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

export const listProvisionedModelThroughputs = /* @__PURE__ */ defineOperation(bedrock.ListProvisionedModelThroughputsCommand, {
	operationName: 'ListProvisionedModelThroughputs',
	...bedrockTokens,
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

export const listEvaluationJobs = /* @__PURE__ */ defineOperation(bedrock.ListEvaluationJobsCommand, {
	operationName: 'ListEvaluationJobs',
	...bedrockTokens,
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

export const listGuardrails = /* @__PURE__ */ defineOperation(bedrock.ListGuardrailsCommand, {
	operationName: 'ListGuardrails',
	...bedrockTokens,
	resultKey: 'guardrails',
	itemId: 'arn',
	members: { guardrailIdentifier: { type: 'string', max: 2048 } },
});

export const listModelCopyJobs = /* @__PURE__ */ defineOperation(bedrock.ListModelCopyJobsCommand, {
	operationName: 'ListModelCopyJobs',
	...bedrockTokens,
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

export const listModelInvocationJobs = /* @__PURE__ */ defineOperation(bedrock.ListModelInvocationJobsCommand, {
	operationName: 'ListModelInvocationJobs',
	...bedrockTokens,
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

export const listImportedModels = /* @__PURE__ */ defineOperation(bedrock.ListImportedModelsCommand, {
	operationName: 'ListImportedModels',
	...bedrockTokens,
	resultKey: 'modelSummaries',
	itemId: 'modelArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: { creationTimeBefore: timestamp, creationTimeAfter: timestamp, nameContains: name63, sortBy, sortOrder },
});

export const listModelImportJobs = /* @__PURE__ */ defineOperation(bedrock.ListModelImportJobsCommand, {
	operationName: 'ListModelImportJobs',
	...bedrockTokens,
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

export const listInferenceProfiles = /* @__PURE__ */ defineOperation(bedrock.ListInferenceProfilesCommand, {
	operationName: 'ListInferenceProfiles',
	...bedrockTokens,
	resultKey: 'inferenceProfileSummaries',
	itemId: 'inferenceProfileArn',
	members: { typeEquals: { type: 'enum', values: ['SYSTEM_DEFINED', 'APPLICATION'] } },
});

export const listMarketplaceModelEndpoints = /* @__PURE__ */ defineOperation(bedrock.ListMarketplaceModelEndpointsCommand, {
	operationName: 'ListMarketplaceModelEndpoints',
	...bedrockTokens,
	resultKey: 'marketplaceModelEndpoints',
	itemId: 'endpointArn',
	members: { modelSourceEquals: { type: 'string', max: 2048 } },
});

export const listPromptRouters = /* @__PURE__ */ defineOperation(bedrock.ListPromptRoutersCommand, {
	operationName: 'ListPromptRouters',
	...bedrockTokens,
	resultKey: 'promptRouterSummaries',
	itemId: 'promptRouterArn',
	members: { type: { type: 'enum', values: ['custom', 'default'] } },
});

export const listCustomModelDeployments = /* @__PURE__ */ defineOperation(bedrock.ListCustomModelDeploymentsCommand, {
	operationName: 'ListCustomModelDeployments',
	...bedrockTokens,
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

export const listAutomatedReasoningPolicies = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPoliciesCommand, {
	operationName: 'ListAutomatedReasoningPolicies',
	...bedrockTokens,
	resultKey: 'automatedReasoningPolicySummaries',
	itemId: 'policyArn',
	members: { policyArn: { type: 'string', min: 1, max: 2048 } },
});

export const listAutomatedReasoningPolicyBuildWorkflows = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPolicyBuildWorkflowsCommand, {
	operationName: 'ListAutomatedReasoningPolicyBuildWorkflows',
	...bedrockTokens,
	resultKey: 'automatedReasoningPolicyBuildWorkflowSummaries',
	itemId: 'buildWorkflowId',
	members: { policyArn },
});

export const listAutomatedReasoningPolicyTestCases = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPolicyTestCasesCommand, {
	operationName: 'ListAutomatedReasoningPolicyTestCases',
	...bedrockTokens,
	resultKey: 'testCases',
	itemId: 'testCaseId',
	members: { policyArn },
});

export const listAutomatedReasoningPolicyTestResults = /* @__PURE__ */ defineOperation(bedrock.ListAutomatedReasoningPolicyTestResultsCommand, {
	operationName: 'ListAutomatedReasoningPolicyTestResults',
	...bedrockTokens,
	resultKey: 'testResults',
	members: { policyArn, buildWorkflowId: { type: 'string', max: 36, required: true } },
});

/** The one operation without a limit member: `PageSize` is refused, as boto3 refuses it. */
export const listEnforcedGuardrailsConfiguration = /* @__PURE__ */ defineOperation(bedrock.ListEnforcedGuardrailsConfigurationCommand, {
	operationName: 'ListEnforcedGuardrailsConfiguration',
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	resultKey: 'guardrailsConfig',
	members: {},
});

export const listAdvancedPromptOptimizationJobs = /* @__PURE__ */ defineOperation(bedrock.ListAdvancedPromptOptimizationJobsCommand, {
	operationName: 'ListAdvancedPromptOptimizationJobs',
	...bedrockTokens,
	resultKey: 'jobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: { sortBy, sortOrder },
});
