/**
 * Each operation's request members in the service model's order (botocore's `service-2.json`), which is the
 * order of the AWS CLI's `--generate-cli-skeleton`: the pagination members sit among the filters, not after them.
 * A test checks this list against botocore where Python has it, and against the descriptor table.
 */
export const REQUEST_ORDER: Readonly<Record<string, readonly string[]>> = {
	ListCustomModels: ['creationTimeBefore', 'creationTimeAfter', 'nameContains', 'baseModelArnEquals', 'foundationModelArnEquals', 'maxResults', 'nextToken', 'sortBy', 'sortOrder', 'isOwned', 'modelStatus'],
	ListModelCustomizationJobs: ['creationTimeAfter', 'creationTimeBefore', 'statusEquals', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListProvisionedModelThroughputs: ['creationTimeAfter', 'creationTimeBefore', 'statusEquals', 'modelArnEquals', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListEvaluationJobs: ['creationTimeAfter', 'creationTimeBefore', 'statusEquals', 'applicationTypeEquals', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListGuardrails: ['guardrailIdentifier', 'maxResults', 'nextToken'],
	ListModelCopyJobs: ['creationTimeAfter', 'creationTimeBefore', 'statusEquals', 'sourceAccountEquals', 'sourceModelArnEquals', 'targetModelNameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListModelInvocationJobs: ['submitTimeAfter', 'submitTimeBefore', 'statusEquals', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListImportedModels: ['creationTimeBefore', 'creationTimeAfter', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListModelImportJobs: ['creationTimeAfter', 'creationTimeBefore', 'statusEquals', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder'],
	ListInferenceProfiles: ['maxResults', 'nextToken', 'typeEquals'],
	ListMarketplaceModelEndpoints: ['maxResults', 'nextToken', 'modelSourceEquals'],
	ListPromptRouters: ['maxResults', 'nextToken', 'type'],
	ListCustomModelDeployments: ['createdBefore', 'createdAfter', 'nameContains', 'maxResults', 'nextToken', 'sortBy', 'sortOrder', 'statusEquals', 'modelArnEquals'],
	ListAutomatedReasoningPolicies: ['policyArn', 'nextToken', 'maxResults'],
	ListAutomatedReasoningPolicyBuildWorkflows: ['policyArn', 'nextToken', 'maxResults'],
	ListAutomatedReasoningPolicyTestCases: ['policyArn', 'nextToken', 'maxResults'],
	ListAutomatedReasoningPolicyTestResults: ['policyArn', 'buildWorkflowId', 'nextToken', 'maxResults'],
	ListEnforcedGuardrailsConfiguration: ['nextToken'],
	ListAdvancedPromptOptimizationJobs: ['maxResults', 'nextToken', 'sortBy', 'sortOrder'],
};
