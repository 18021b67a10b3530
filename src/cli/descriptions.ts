/**
 * What each command lists and what each filter does, for the help texts. Written for this tool from the facts in
 * the SDK's documentation strings (`@aws-sdk/client-bedrock`'s request types); a test checks that every command
 * and every member of the descriptor table has its line, so a new operation cannot ship undocumented.
 */

/** One line per command, for the top-level help. */
export const COMMAND_SUMMARIES: Readonly<Record<string, string>> = {
	ListCustomModels: 'Custom models: fine-tuned, continued pre-training, distilled, imported',
	ListModelCustomizationJobs: 'Jobs that fine-tune or further pre-train a model',
	ListProvisionedModelThroughputs: 'Provisioned Throughputs bought for a model',
	ListEvaluationJobs: 'Model and knowledge-base (RAG) evaluation jobs',
	ListGuardrails: 'Guardrails, or the versions of one guardrail',
	ListModelCopyJobs: 'Jobs that copy a custom model between Regions',
	ListModelInvocationJobs: 'Batch inference jobs',
	ListImportedModels: 'Models imported from outside Bedrock',
	ListModelImportJobs: 'Jobs that import a model into Bedrock',
	ListInferenceProfiles: 'Inference profiles, system-defined or created by an application',
	ListMarketplaceModelEndpoints: 'Endpoints serving Amazon Bedrock Marketplace models',
	ListPromptRouters: 'Prompt routers, default or custom',
	ListCustomModelDeployments: 'On-demand deployments of custom models',
	ListAutomatedReasoningPolicies: 'Automated Reasoning policies (their drafts, or the versions of one)',
	ListAutomatedReasoningPolicyBuildWorkflows: 'Build workflows of one Automated Reasoning policy',
	ListAutomatedReasoningPolicyTestCases: 'Test cases of one Automated Reasoning policy',
	ListAutomatedReasoningPolicyTestResults: 'Test results of one build workflow of an Automated Reasoning policy',
	ListEnforcedGuardrailsConfiguration: 'Guardrails enforced across the account',
	ListAdvancedPromptOptimizationJobs: 'Advanced prompt optimization jobs',
};

/** The commands that are not list operations. */
export const OTHER_COMMAND_SUMMARIES = {
	'local-endpoint': 'Run the embedded Bedrock endpoint (every command above) on 127.0.0.1',
	completion: 'Print a shell script that completes commands, flags and their values',
	help: 'Show the commands',
} as const;

/** Descriptions shared by several operations, keyed by member name. */
const COMMON: Readonly<Record<string, string>> = {
	creationTimeAfter: 'Only those created after this time',
	creationTimeBefore: 'Only those created before this time',
	createdAfter: 'Only those created after this time',
	createdBefore: 'Only those created before this time',
	nameContains: 'Only those whose name contains this text',
	sortBy: 'The field to sort on (only CreationTime)',
	sortOrder: 'Oldest first (Ascending) or newest first (Descending, the default)',
	statusEquals: 'Only those in this status',
	modelArnEquals: 'Only those for the model with this ARN',
};

/** Descriptions particular to one operation's member: `Operation.member`. */
const PARTICULAR: Readonly<Record<string, string>> = {
	'ListCustomModels.nameContains': 'Only models whose name contains this text',
	'ListCustomModels.baseModelArnEquals': 'Only models built on the base model with this ARN',
	'ListCustomModels.foundationModelArnEquals': 'Only models derived from the foundation model with this ARN',
	'ListCustomModels.isOwned': 'Only models this account owns (--is-owned) or only those shared with it (--no-is-owned)',
	'ListCustomModels.modelStatus': 'Only models in this state: being created and validated, ready for use, or failed',
	'ListEvaluationJobs.applicationTypeEquals': 'Only model evaluations or only knowledge-base (RAG) evaluations',
	'ListGuardrails.guardrailIdentifier': "A guardrail's ID or ARN: list its versions instead of all guardrails",
	'ListModelCopyJobs.sourceAccountEquals': 'Only copies of models that belong to this account',
	'ListModelCopyJobs.sourceModelArnEquals': 'Only copies of the source model with this ARN',
	'ListModelCopyJobs.targetModelNameContains': "Only jobs whose copy's name contains this text",
	'ListModelInvocationJobs.submitTimeAfter': 'Only jobs submitted after this time',
	'ListModelInvocationJobs.submitTimeBefore': 'Only jobs submitted before this time',
	'ListInferenceProfiles.typeEquals': 'Only profiles defined by Bedrock (SYSTEM_DEFINED) or created by a user (APPLICATION)',
	'ListMarketplaceModelEndpoints.modelSourceEquals': 'Only endpoints of the model source with this identifier',
	'ListPromptRouters.type': 'Only default or only custom prompt routers',
	'ListAutomatedReasoningPolicies.policyArn': 'List the versions of the policy with this ARN instead of every DRAFT',
	'ListAutomatedReasoningPolicyBuildWorkflows.policyArn': 'The ARN of the policy whose build workflows are listed',
	'ListAutomatedReasoningPolicyTestCases.policyArn': 'The ARN of the policy whose test cases are listed',
	'ListAutomatedReasoningPolicyTestResults.policyArn': 'The ARN of the policy whose test results are listed',
	'ListAutomatedReasoningPolicyTestResults.buildWorkflowId': 'The ID of the build workflow whose test results are listed',
};

/** A request member's description in help, or `undefined` if none is written yet. */
export function memberDescription(operationName: string, member: string): string | undefined {
	return PARTICULAR[`${operationName}.${member}`] ?? COMMON[member];
}
