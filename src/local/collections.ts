/**
 * What each operation lists and how its filters behave: the result key, the item's id and sort time, the
 * filters by wire name, the path parameters that scope it, and what the wire shows of a stored item. Data
 * only: the list handler reads it, and `generators.ts` makes the items.
 */

export type Filter =
	| { readonly kind: 'before' | 'after' }
	| { readonly kind: 'contains'; readonly field: string }
	| { readonly kind: 'equals'; readonly fields: readonly string[] }
	| { readonly kind: 'owned' };

export interface CollectionSpec {
	readonly resultKey: string;
	/** Path to a unique id in an item (`testCase.testCaseId`). */
	readonly id: string;
	/** The timestamp field items are sorted by; none: sorted by id. */
	readonly time?: string;
	/** Takes `sortBy`/`sortOrder`; newest first unless `sortOrder=Ascending`. Otherwise oldest first, always. */
	readonly sortable: boolean;
	/** By wire name; `before`/`after` compare the time field, strictly. */
	readonly filters: Readonly<Record<string, Filter>>;
	/** Path parameters, and the item (or hidden) field each must equal. */
	readonly scope?: Readonly<Record<string, string>>;
	/** Where a scope must exist for the request not to be a ResourceNotFoundException. */
	readonly scopeOwner?: { readonly operation: string; readonly field: string };
	/** The fields the wire shows, in this order, when a stored item holds more; otherwise the item as stored. */
	readonly wireFields?: readonly string[];
	/** Items made when none are given. @default 20 */
	readonly defaultCount?: number;
	/**
	 * The custom models: given by the `models` option rather than `items`, made lazily by the model catalogue,
	 * and read and changed through `models()`, `addModel()` and `deleteModel()`.
	 */
	readonly models?: true;
}

const created = { creationTimeBefore: { kind: 'before' }, creationTimeAfter: { kind: 'after' } } as const;

export const COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
	ListCustomModels: {
		models: true,
		defaultCount: 100,
		resultKey: 'modelSummaries',
		id: 'modelArn',
		time: 'creationTime',
		sortable: true,
		filters: {
			...created,
			nameContains: { kind: 'contains', field: 'modelName' },
			baseModelArnEquals: { kind: 'equals', fields: ['baseModelArn'] },
			foundationModelArnEquals: { kind: 'equals', fields: ['foundationModelArn'] },
			modelStatus: { kind: 'equals', fields: ['modelStatus'] },
			isOwned: { kind: 'owned' },
		},
		// A stored model also holds its foundation model, which filters read and the wire never shows.
		wireFields: ['modelArn', 'modelName', 'creationTime', 'baseModelArn', 'baseModelName', 'customizationType', 'ownerAccountId', 'modelStatus'],
	},
	ListModelCustomizationJobs: {
		resultKey: 'modelCustomizationJobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: { ...created, statusEquals: { kind: 'equals', fields: ['status'] }, nameContains: { kind: 'contains', field: 'jobName' } },
	},
	ListProvisionedModelThroughputs: {
		resultKey: 'provisionedModelSummaries',
		id: 'provisionedModelArn',
		time: 'creationTime',
		sortable: true,
		filters: {
			...created,
			statusEquals: { kind: 'equals', fields: ['status'] },
			modelArnEquals: { kind: 'equals', fields: ['modelArn'] },
			nameContains: { kind: 'contains', field: 'provisionedModelName' },
		},
	},
	ListEvaluationJobs: {
		resultKey: 'jobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: {
			...created,
			statusEquals: { kind: 'equals', fields: ['status'] },
			applicationTypeEquals: { kind: 'equals', fields: ['applicationType'] },
			nameContains: { kind: 'contains', field: 'jobName' },
		},
	},
	ListGuardrails: {
		resultKey: 'guardrails',
		id: 'arn',
		time: 'createdAt',
		sortable: false,
		filters: { guardrailIdentifier: { kind: 'equals', fields: ['id', 'arn'] } },
	},
	ListModelCopyJobs: {
		resultKey: 'modelCopyJobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: {
			...created,
			statusEquals: { kind: 'equals', fields: ['status'] },
			sourceAccountEquals: { kind: 'equals', fields: ['sourceAccountId'] },
			sourceModelArnEquals: { kind: 'equals', fields: ['sourceModelArn'] },
			outputModelNameContains: { kind: 'contains', field: 'targetModelName' },
		},
	},
	ListModelInvocationJobs: {
		resultKey: 'invocationJobSummaries',
		id: 'jobArn',
		time: 'submitTime',
		sortable: true,
		filters: {
			submitTimeBefore: { kind: 'before' },
			submitTimeAfter: { kind: 'after' },
			statusEquals: { kind: 'equals', fields: ['status'] },
			nameContains: { kind: 'contains', field: 'jobName' },
		},
	},
	ListImportedModels: {
		resultKey: 'modelSummaries',
		id: 'modelArn',
		time: 'creationTime',
		sortable: true,
		filters: { ...created, nameContains: { kind: 'contains', field: 'modelName' } },
	},
	ListModelImportJobs: {
		resultKey: 'modelImportJobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: { ...created, statusEquals: { kind: 'equals', fields: ['status'] }, nameContains: { kind: 'contains', field: 'jobName' } },
	},
	ListInferenceProfiles: {
		resultKey: 'inferenceProfileSummaries',
		id: 'inferenceProfileArn',
		time: 'createdAt',
		sortable: false,
		filters: { type: { kind: 'equals', fields: ['type'] } },
	},
	ListMarketplaceModelEndpoints: {
		resultKey: 'marketplaceModelEndpoints',
		id: 'endpointArn',
		time: 'createdAt',
		sortable: false,
		filters: { modelSourceIdentifier: { kind: 'equals', fields: ['modelSourceIdentifier'] } },
	},
	ListPromptRouters: {
		resultKey: 'promptRouterSummaries',
		id: 'promptRouterArn',
		time: 'createdAt',
		sortable: false,
		filters: { type: { kind: 'equals', fields: ['type'] } },
	},
	ListCustomModelDeployments: {
		resultKey: 'modelDeploymentSummaries',
		id: 'customModelDeploymentArn',
		time: 'createdAt',
		sortable: true,
		filters: {
			createdBefore: { kind: 'before' },
			createdAfter: { kind: 'after' },
			nameContains: { kind: 'contains', field: 'customModelDeploymentName' },
			statusEquals: { kind: 'equals', fields: ['status'] },
			modelArnEquals: { kind: 'equals', fields: ['modelArn'] },
		},
	},
	ListAutomatedReasoningPolicies: {
		resultKey: 'automatedReasoningPolicySummaries',
		id: 'policyArn',
		time: 'createdAt',
		sortable: false,
		filters: { policyArn: { kind: 'equals', fields: ['policyArn'] } },
	},
	ListAutomatedReasoningPolicyBuildWorkflows: {
		resultKey: 'automatedReasoningPolicyBuildWorkflowSummaries',
		id: 'buildWorkflowId',
		time: 'createdAt',
		sortable: false,
		filters: {},
		scope: { policyArn: 'policyArn' },
		scopeOwner: { operation: 'ListAutomatedReasoningPolicies', field: 'policyArn' },
	},
	ListAutomatedReasoningPolicyTestCases: {
		resultKey: 'testCases',
		id: 'testCaseId',
		time: 'createdAt',
		sortable: false,
		filters: {},
		scope: { policyArn: 'policyArn' },
		scopeOwner: { operation: 'ListAutomatedReasoningPolicies', field: 'policyArn' },
	},
	ListAutomatedReasoningPolicyTestResults: {
		resultKey: 'testResults',
		id: 'testCase.testCaseId',
		time: 'updatedAt',
		sortable: false,
		filters: {},
		scope: { policyArn: 'policyArn', buildWorkflowId: 'buildWorkflowId' },
		scopeOwner: { operation: 'ListAutomatedReasoningPolicyBuildWorkflows', field: 'buildWorkflowId' },
	},
	ListEnforcedGuardrailsConfiguration: {
		resultKey: 'guardrailsConfig',
		id: 'configId',
		time: 'createdAt',
		sortable: false,
		filters: {},
	},
	ListAdvancedPromptOptimizationJobs: {
		resultKey: 'jobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: {},
	},
};
