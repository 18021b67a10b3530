/**
 * The one table: every paginated operation of the Bedrock control plane, as botocore's
 * `bedrock/2023-04-20/paginators-1.json` and the SDK's `paginate*` functions list them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required) are the
 * service model's. A test checks this table against the installed SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 *
 * The peer range starts at @aws-sdk/client-bedrock 3.831.0, the first whose ListCustomModels has every filter
 * (modelStatus came last). Operations added to the SDK later say which version they need (`sinceSdkVersion`).
 */
import * as bedrock from '@aws-sdk/client-bedrock';
import {
	defineOperation,
	type CommandInput,
	type CommandOutput,
	type ListingOrder,
	type MemberSpec,
	type OperationDescriptor,
	type OperationSpec,
} from '../core/descriptor.js';

const timestamp = { type: 'timestamp' } as const satisfies MemberSpec;
const sortBy = { type: 'enum', values: ['CreationTime'] } as const satisfies MemberSpec;
const sortOrder = { type: 'enum', values: ['Ascending', 'Descending'] } as const satisfies MemberSpec;
const name63 = { type: 'string', min: 1, max: 63 } as const satisfies MemberSpec;
const modelArn = { type: 'string', min: 20, max: 1011 } as const satisfies MemberSpec;
const policyArn = { type: 'string', min: 1, max: 2048, required: true } as const satisfies MemberSpec;

type BedrockSpec<C> = Omit<OperationSpec<CommandInput<C>, CommandOutput<C>>, 'inputToken' | 'outputToken' | 'limitKey' | 'limitMax'>;

/**
 * A Bedrock list operation with the paginator model's usual keys: `nextToken` in and out, `maxResults` up
 * to 1000. (Written as a function, not an object spread at each entry, so that each entry stays free of
 * side effects and a bundler can drop the operations an app does not use.)
 */
function bedrockOperation<C extends new (input: never) => unknown, const Spec extends BedrockSpec<C>>(
	command: C,
	spec: Spec,
): OperationDescriptor<CommandInput<C>, CommandOutput<C>, Spec['resultKey'], 'nextToken', 'maxResults'> {
	return defineOperation(command as never, { inputToken: 'nextToken', outputToken: 'nextToken', limitKey: 'maxResults', limitMax: 1000, ...spec } as never) as never;
}

/** Sorted by `sortBy: 'CreationTime'` in either `sortOrder`, on the item's `timeField`. */
const byCreationTime = (timeField: string): ListingOrder => ({
	sortBy: { member: 'sortBy', value: 'CreationTime' },
	sortOrder: { member: 'sortOrder', ascending: 'Ascending', descending: 'Descending' },
	timeField,
});

export const listCustomModelsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListCustomModelsCommand, {
	operationName: 'ListCustomModels',
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

export const listModelCustomizationJobsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListModelCustomizationJobsCommand, {
	operationName: 'ListModelCustomizationJobs',
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

export const listProvisionedModelThroughputsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListProvisionedModelThroughputsCommand, {
	operationName: 'ListProvisionedModelThroughputs',
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

export const listEvaluationJobsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListEvaluationJobsCommand, {
	operationName: 'ListEvaluationJobs',
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

export const listGuardrailsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListGuardrailsCommand, {
	operationName: 'ListGuardrails',
	resultKey: 'guardrails',
	itemId: 'arn',
	members: { guardrailIdentifier: { type: 'string', max: 2048 } },
});

export const listModelCopyJobsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListModelCopyJobsCommand, {
	operationName: 'ListModelCopyJobs',
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

export const listModelInvocationJobsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListModelInvocationJobsCommand, {
	operationName: 'ListModelInvocationJobs',
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

export const listImportedModelsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListImportedModelsCommand, {
	operationName: 'ListImportedModels',
	resultKey: 'modelSummaries',
	itemId: 'modelArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: { creationTimeBefore: timestamp, creationTimeAfter: timestamp, nameContains: name63, sortBy, sortOrder },
});

export const listModelImportJobsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListModelImportJobsCommand, {
	operationName: 'ListModelImportJobs',
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

export const listInferenceProfilesDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListInferenceProfilesCommand, {
	operationName: 'ListInferenceProfiles',
	resultKey: 'inferenceProfileSummaries',
	itemId: 'inferenceProfileArn',
	members: { typeEquals: { type: 'enum', values: ['SYSTEM_DEFINED', 'APPLICATION'] } },
});

export const listMarketplaceModelEndpointsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListMarketplaceModelEndpointsCommand, {
	operationName: 'ListMarketplaceModelEndpoints',
	resultKey: 'marketplaceModelEndpoints',
	itemId: 'endpointArn',
	members: { modelSourceEquals: { type: 'string', max: 2048 } },
});

export const listPromptRoutersDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListPromptRoutersCommand, {
	operationName: 'ListPromptRouters',
	resultKey: 'promptRouterSummaries',
	itemId: 'promptRouterArn',
	members: { type: { type: 'enum', values: ['custom', 'default'] } },
});

export const listCustomModelDeploymentsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListCustomModelDeploymentsCommand, {
	operationName: 'ListCustomModelDeployments',
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

export const listAutomatedReasoningPoliciesDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListAutomatedReasoningPoliciesCommand, {
	operationName: 'ListAutomatedReasoningPolicies',
	sinceSdkVersion: '3.864.0',
	resultKey: 'automatedReasoningPolicySummaries',
	itemId: 'policyArn',
	members: { policyArn: { type: 'string', min: 1, max: 2048 } },
});

export const listAutomatedReasoningPolicyBuildWorkflowsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListAutomatedReasoningPolicyBuildWorkflowsCommand, {
	operationName: 'ListAutomatedReasoningPolicyBuildWorkflows',
	sinceSdkVersion: '3.864.0',
	resultKey: 'automatedReasoningPolicyBuildWorkflowSummaries',
	itemId: 'buildWorkflowId',
	members: { policyArn },
});

export const listAutomatedReasoningPolicyTestCasesDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListAutomatedReasoningPolicyTestCasesCommand, {
	operationName: 'ListAutomatedReasoningPolicyTestCases',
	sinceSdkVersion: '3.864.0',
	resultKey: 'testCases',
	itemId: 'testCaseId',
	members: { policyArn },
});

export const listAutomatedReasoningPolicyTestResultsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListAutomatedReasoningPolicyTestResultsCommand, {
	operationName: 'ListAutomatedReasoningPolicyTestResults',
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

export const listAdvancedPromptOptimizationJobsDescriptor = /* @__PURE__ */ bedrockOperation(bedrock.ListAdvancedPromptOptimizationJobsCommand, {
	operationName: 'ListAdvancedPromptOptimizationJobs',
	sinceSdkVersion: '3.1047.0',
	resultKey: 'jobSummaries',
	itemId: 'jobArn',
	order: /* @__PURE__ */ byCreationTime('creationTime'),
	members: { sortBy, sortOrder },
});
