/**
 * The wire side of every paginated Bedrock operation, as the service model gives it: the HTTP path, and each
 * query or path parameter with its wire name, type and constraints (length, pattern, enum). The endpoint
 * validates requests against this table with AWS's messages. Facts of the service model, kept apart from the
 * library's own table on purpose: the endpoint checks the library, so it shares no code with it.
 */

/** The error type Bedrock sends for a request that fails validation (SDKs read the part before the colon). */
export const VALIDATION_ERROR_TYPE = 'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/';

export interface WireParam {
	readonly type: 'string' | 'enum' | 'boolean' | 'timestamp' | 'integer';
	/** The request member, when its wire name differs (`typeEquals` is sent as `type`). */
	readonly member?: string;
	/** A path parameter (`/automated-reasoning-policies/{policyArn}/...`), not a query parameter. */
	readonly in?: 'path';
	readonly min?: number;
	readonly max?: number;
	readonly pattern?: RegExp;
	readonly enum?: readonly string[];
	readonly integer?: readonly [number, number];
}

export interface WireOperation {
	readonly path: string;
	readonly params: Readonly<Record<string, WireParam>>;
}

const CUSTOM_MODEL_NAME = /^(?:([0-9a-zA-Z][_-]?){1,63})$/;
const MODEL_ARN = /^(?:arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model\/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))(([:][a-z0-9-]{1,63}){0,2})?\/[a-z0-9]{12})|(:foundation-model\/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})))$/;
const FOUNDATION_MODEL_ARN = /^(?:arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model\/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})$/;
const NO_WHITESPACE = /^(?:\S*)$/;
const JOB_NAME = /^(?:[a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*)$/;
const RESOURCE_NAME = /^(?:([0-9a-zA-Z][_-]?)+)$/;
const EVALUATION_JOB_NAME = /^(?:[a-z0-9](-*[a-z0-9]){0,62})$/;
const GUARDRAIL_IDENTIFIER = /^(?:(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+)))$/;
const ACCOUNT_ID = /^(?:[0-9]{12})$/;
const INVOCATION_JOB_NAME = /^(?:[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9\+\-\.]){0,63})$/;
const MODEL_SOURCE = /^(?:.*arn:aws:sagemaker:.*:hub-content\/SageMakerPublicHub\/Model\/.*)$/;
const CUSTOM_MODEL_ARN = /^(?:arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model\/(imported|[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})\/[a-z0-9]{12})$/;
const POLICY_ARN = /^(?:arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy\/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?)$/;
const BUILD_WORKFLOW_ID = /^(?:[a-f0-9]{8}-?[a-f0-9]{4}-?4[a-f0-9]{3}-?[89ab][a-f0-9]{3}-?[a-f0-9]{12})$/;

export const WIRE_OPERATIONS: Readonly<Record<string, WireOperation>> = {
	ListCustomModels: { path: '/custom-models', params: {
		creationTimeBefore: { type: 'timestamp' },
		creationTimeAfter: { type: 'timestamp' },
		nameContains: { type: 'string', min: 1, max: 63, pattern: CUSTOM_MODEL_NAME },
		baseModelArnEquals: { type: 'string', min: 20, max: 1011, pattern: MODEL_ARN },
		foundationModelArnEquals: { type: 'string', pattern: FOUNDATION_MODEL_ARN },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
		isOwned: { type: 'boolean' },
		modelStatus: { type: 'enum', enum: ['Active', 'Creating', 'Failed'] },
	} },
	ListModelCustomizationJobs: { path: '/model-customization-jobs', params: {
		creationTimeAfter: { type: 'timestamp' },
		creationTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', enum: ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'] },
		nameContains: { type: 'string', min: 1, max: 63, pattern: JOB_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListProvisionedModelThroughputs: { path: '/provisioned-model-throughputs', params: {
		creationTimeAfter: { type: 'timestamp' },
		creationTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', enum: ['Creating', 'InService', 'Updating', 'Failed'] },
		modelArnEquals: { type: 'string', min: 20, max: 1011, pattern: MODEL_ARN },
		nameContains: { type: 'string', min: 1, max: 63, pattern: RESOURCE_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListEvaluationJobs: { path: '/evaluation-jobs', params: {
		creationTimeAfter: { type: 'timestamp' },
		creationTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', enum: ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'Deleting'] },
		applicationTypeEquals: { type: 'enum', enum: ['ModelEvaluation', 'RagEvaluation'] },
		nameContains: { type: 'string', min: 1, max: 63, pattern: EVALUATION_JOB_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListGuardrails: { path: '/guardrails', params: {
		guardrailIdentifier: { type: 'string', min: 0, max: 2048, pattern: GUARDRAIL_IDENTIFIER },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
	} },
	ListModelCopyJobs: { path: '/model-copy-jobs', params: {
		creationTimeAfter: { type: 'timestamp' },
		creationTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', enum: ['InProgress', 'Completed', 'Failed'] },
		sourceAccountEquals: { type: 'string', pattern: ACCOUNT_ID },
		sourceModelArnEquals: { type: 'string', min: 20, max: 1011, pattern: MODEL_ARN },
		outputModelNameContains: { type: 'string', member: 'targetModelNameContains', min: 1, max: 63, pattern: CUSTOM_MODEL_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListModelInvocationJobs: { path: '/model-invocation-jobs', params: {
		submitTimeAfter: { type: 'timestamp' },
		submitTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', enum: ['Submitted', 'InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'PartiallyCompleted', 'Expired', 'Validating', 'Scheduled'] },
		nameContains: { type: 'string', min: 1, max: 63, pattern: INVOCATION_JOB_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListImportedModels: { path: '/imported-models', params: {
		creationTimeBefore: { type: 'timestamp' },
		creationTimeAfter: { type: 'timestamp' },
		nameContains: { type: 'string', min: 1, max: 63, pattern: RESOURCE_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListModelImportJobs: { path: '/model-import-jobs', params: {
		creationTimeAfter: { type: 'timestamp' },
		creationTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', enum: ['InProgress', 'Completed', 'Failed'] },
		nameContains: { type: 'string', min: 1, max: 63, pattern: JOB_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
	ListInferenceProfiles: { path: '/inference-profiles', params: {
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		type: { type: 'enum', member: 'typeEquals', enum: ['SYSTEM_DEFINED', 'APPLICATION'] },
	} },
	ListMarketplaceModelEndpoints: { path: '/marketplace-model/endpoints', params: {
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		modelSourceIdentifier: { type: 'string', member: 'modelSourceEquals', min: 0, max: 2048, pattern: MODEL_SOURCE },
	} },
	ListPromptRouters: { path: '/prompt-routers', params: {
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		type: { type: 'enum', enum: ['custom', 'default'] },
	} },
	ListCustomModelDeployments: { path: '/model-customization/custom-model-deployments', params: {
		createdBefore: { type: 'timestamp' },
		createdAfter: { type: 'timestamp' },
		nameContains: { type: 'string', min: 1, max: 63, pattern: CUSTOM_MODEL_NAME },
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
		statusEquals: { type: 'enum', enum: ['Creating', 'Active', 'Failed'] },
		modelArnEquals: { type: 'string', min: 20, max: 1011, pattern: CUSTOM_MODEL_ARN },
	} },
	ListAutomatedReasoningPolicies: { path: '/automated-reasoning-policies', params: {
		policyArn: { type: 'string', min: 1, max: 2048, pattern: POLICY_ARN },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		maxResults: { type: 'integer', integer: [1, 1000] },
	} },
	ListAutomatedReasoningPolicyBuildWorkflows: { path: '/automated-reasoning-policies/{policyArn}/build-workflows', params: {
		policyArn: { type: 'string', in: 'path', min: 1, max: 2048, pattern: POLICY_ARN },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		maxResults: { type: 'integer', integer: [1, 1000] },
	} },
	ListAutomatedReasoningPolicyTestCases: { path: '/automated-reasoning-policies/{policyArn}/test-cases', params: {
		policyArn: { type: 'string', in: 'path', min: 1, max: 2048, pattern: POLICY_ARN },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		maxResults: { type: 'integer', integer: [1, 1000] },
	} },
	ListAutomatedReasoningPolicyTestResults: { path: '/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-results', params: {
		policyArn: { type: 'string', in: 'path', min: 1, max: 2048, pattern: POLICY_ARN },
		buildWorkflowId: { type: 'string', in: 'path', min: 0, max: 36, pattern: BUILD_WORKFLOW_ID },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		maxResults: { type: 'integer', integer: [1, 1000] },
	} },
	ListEnforcedGuardrailsConfiguration: { path: '/enforcedGuardrailsConfiguration', params: {
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
	} },
	ListAdvancedPromptOptimizationJobs: { path: '/advanced-prompt-optimization-jobs', params: {
		maxResults: { type: 'integer', integer: [1, 1000] },
		nextToken: { type: 'string', min: 1, max: 2048, pattern: NO_WHITESPACE },
		sortBy: { type: 'enum', enum: ['CreationTime'] },
		sortOrder: { type: 'enum', enum: ['Ascending', 'Descending'] },
	} },
};
