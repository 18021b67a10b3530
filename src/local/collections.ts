/**
 * What each operation lists and how its filters behave: the result key, the item's id and sort time, the
 * filters by wire name, the path parameters that scope it, and a seeded generator of items of the right shape
 * (every required field, plausible values, RFC 3339 times) for operations other than ListCustomModels.
 */
import { FOUNDATION_MODELS, randomId, TASKS, TEAMS } from './catalogue.js';
import { pick, type Random } from './random.js';

export type Filter =
	| { readonly kind: 'before' | 'after' }
	| { readonly kind: 'contains'; readonly field: string }
	| { readonly kind: 'equals'; readonly fields: readonly string[] }
	| { readonly kind: 'owned' };

export interface GenerateContext {
	readonly accountId: string;
	readonly region: string;
	/** Epoch milliseconds of the item's time. */
	readonly time: number;
	/** Items of other operations this one refers to (policies for their build workflows). */
	readonly policyArn: string;
	readonly buildWorkflowId: string;
}

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
	readonly generate?: (random: Random, index: number, context: GenerateContext) => { item: Record<string, unknown>; hidden?: Record<string, string> };
}

const created = { creationTimeBefore: { kind: 'before' }, creationTimeAfter: { kind: 'after' } } as const;
const arn = (context: GenerateContext, resource: string) => `arn:aws:bedrock:${context.region}:${context.accountId}:${resource}`;
const foundationArn = (random: Random, context: GenerateContext) => `arn:aws:bedrock:${context.region}::foundation-model/${pick(random, FOUNDATION_MODELS)[0]}`;
const name = (random: Random, index: number, suffix: string) => `${pick(random, TEAMS)}-${pick(random, TASKS)}-${suffix}-${index.toString(36)}`;
const later = (time: number, random: Random) => new Date(time + Math.floor(random() * 86_400_000));
const uuid = (random: Random) => `${randomHex(random, 8)}-${randomHex(random, 4)}-4${randomHex(random, 3)}-${pick(random, ['8', '9', 'a', 'b'])}${randomHex(random, 3)}-${randomHex(random, 12)}`;
function randomHex(random: Random, length: number): string {
	let out = '';
	for (let i = 0; i < length; i++) out += '0123456789abcdef'[Math.floor(random() * 16)];
	return out;
}

export const COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
	ListCustomModels: {
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
	},
	ListModelCustomizationJobs: {
		resultKey: 'modelCustomizationJobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: { ...created, statusEquals: { kind: 'equals', fields: ['status'] }, nameContains: { kind: 'contains', field: 'jobName' } },
		generate: (random, index, context) => {
			const jobName = name(random, index, 'ft');
			const status = pick(random, ['InProgress', 'Completed', 'Completed', 'Completed', 'Failed', 'Stopped']);
			const baseModelArn = foundationArn(random, context);
			return {
				item: {
					jobArn: arn(context, `model-customization-job/${baseModelArn.split('/')[1]}/${randomId(random, 12)}`),
					baseModelArn,
					jobName,
					status,
					lastModifiedTime: later(context.time, random),
					creationTime: new Date(context.time),
					...(status === 'Completed' ? { endTime: later(context.time, random), customModelArn: arn(context, `custom-model/${baseModelArn.split('/')[1]}/${randomId(random, 12)}`), customModelName: `${jobName}-model` } : {}),
					customizationType: pick(random, ['FINE_TUNING', 'CONTINUED_PRE_TRAINING', 'DISTILLATION']),
				},
			};
		},
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
		generate: (random, index, context) => {
			const modelArn = foundationArn(random, context);
			const units = 1 + Math.floor(random() * 4);
			return {
				item: {
					provisionedModelName: name(random, index, 'pt'),
					provisionedModelArn: arn(context, `provisioned-model/${randomId(random, 12)}`),
					modelArn,
					desiredModelArn: modelArn,
					foundationModelArn: modelArn,
					modelUnits: units,
					desiredModelUnits: units,
					status: pick(random, ['InService', 'InService', 'Creating', 'Updating', 'Failed']),
					commitmentDuration: pick(random, ['OneMonth', 'SixMonths']),
					creationTime: new Date(context.time),
					lastModifiedTime: later(context.time, random),
				},
			};
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
		generate: (random, index, context) => ({
			item: {
				jobArn: arn(context, `evaluation-job/${randomId(random, 12)}`),
				jobName: `eval-${pick(random, TEAMS)}-${index.toString(36)}`,
				status: pick(random, ['InProgress', 'Completed', 'Completed', 'Failed', 'Stopped']),
				creationTime: new Date(context.time),
				jobType: pick(random, ['Automated', 'Human']),
				evaluationTaskTypes: [pick(random, ['Summarization', 'Classification', 'QuestionAndAnswer', 'Generation'])],
				modelIdentifiers: [foundationArn(random, context)],
				applicationType: pick(random, ['ModelEvaluation', 'RagEvaluation']),
			},
		}),
	},
	ListGuardrails: {
		resultKey: 'guardrails',
		id: 'arn',
		time: 'createdAt',
		sortable: false,
		filters: { guardrailIdentifier: { kind: 'equals', fields: ['id', 'arn'] } },
		generate: (random, index, context) => {
			const id = randomId(random, 12);
			return {
				item: {
					id,
					arn: arn(context, `guardrail/${id}`),
					status: 'READY',
					name: name(random, index, 'guard'),
					description: 'Generated by the local endpoint.',
					version: 'DRAFT',
					createdAt: new Date(context.time),
					updatedAt: later(context.time, random),
				},
			};
		},
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
		generate: (random, index, context) => {
			const sourceAccountId = pick(random, [context.accountId, '210987654321']);
			const sourceModelName = name(random, index, 'src');
			return {
				item: {
					jobArn: arn(context, `model-copy-job/${randomId(random, 12)}`),
					status: pick(random, ['InProgress', 'Completed', 'Completed', 'Failed']),
					creationTime: new Date(context.time),
					targetModelArn: arn(context, `custom-model/amazon.titan-text-express-v1/${randomId(random, 12)}`),
					targetModelName: `${sourceModelName}-copy`,
					sourceAccountId,
					sourceModelArn: `arn:aws:bedrock:us-west-2:${sourceAccountId}:custom-model/amazon.titan-text-express-v1/${randomId(random, 12)}`,
					sourceModelName,
				},
			};
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
		generate: (random, index, context) => ({
			item: {
				jobArn: arn(context, `model-invocation-job/${randomId(random, 12)}`),
				jobName: `batch-${pick(random, TEAMS)}-${index.toString(36)}`,
				modelId: pick(random, FOUNDATION_MODELS)[0],
				roleArn: `arn:aws:iam::${context.accountId}:role/bedrock-batch`,
				status: pick(random, ['Submitted', 'InProgress', 'Completed', 'Completed', 'Failed', 'Expired']),
				submitTime: new Date(context.time),
				lastModifiedTime: later(context.time, random),
				inputDataConfig: { s3InputDataConfig: { s3Uri: `s3://batch-input/${index}/records.jsonl`, s3InputFormat: 'JSONL' } },
				outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://batch-output/${index}/` } },
			},
		}),
	},
	ListImportedModels: {
		resultKey: 'modelSummaries',
		id: 'modelArn',
		time: 'creationTime',
		sortable: true,
		filters: { ...created, nameContains: { kind: 'contains', field: 'modelName' } },
		generate: (random, index, context) => ({
			item: {
				modelArn: arn(context, `imported-model/${randomId(random, 12)}`),
				modelName: name(random, index, 'imported'),
				creationTime: new Date(context.time),
				instructSupported: random() < 0.5,
				modelArchitecture: pick(random, ['llama3', 'mistral', 'flan']),
			},
		}),
	},
	ListModelImportJobs: {
		resultKey: 'modelImportJobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: { ...created, statusEquals: { kind: 'equals', fields: ['status'] }, nameContains: { kind: 'contains', field: 'jobName' } },
		generate: (random, index, context) => {
			const status = pick(random, ['InProgress', 'Completed', 'Completed', 'Failed']);
			return {
				item: {
					jobArn: arn(context, `model-import-job/${randomId(random, 12)}`),
					jobName: name(random, index, 'import'),
					status,
					lastModifiedTime: later(context.time, random),
					creationTime: new Date(context.time),
					...(status === 'Completed' ? { endTime: later(context.time, random), importedModelArn: arn(context, `imported-model/${randomId(random, 12)}`), importedModelName: name(random, index, 'imported') } : {}),
				},
			};
		},
	},
	ListInferenceProfiles: {
		resultKey: 'inferenceProfileSummaries',
		id: 'inferenceProfileArn',
		time: 'createdAt',
		sortable: false,
		filters: { type: { kind: 'equals', fields: ['type'] } },
		generate: (random, index, context) => {
			const type = random() < 0.5 ? 'SYSTEM_DEFINED' : 'APPLICATION';
			const id = type === 'APPLICATION' ? randomId(random, 12) : `us.${pick(random, FOUNDATION_MODELS)[0]}.${index.toString(36)}`;
			return {
				item: {
					inferenceProfileName: name(random, index, 'profile'),
					description: 'Generated by the local endpoint.',
					createdAt: new Date(context.time),
					updatedAt: later(context.time, random),
					inferenceProfileArn: arn(context, `${type === 'APPLICATION' ? 'application-inference-profile' : 'inference-profile'}/${id}`),
					models: [{ modelArn: foundationArn(random, context) }],
					inferenceProfileId: id,
					status: 'ACTIVE',
					type,
				},
			};
		},
	},
	ListMarketplaceModelEndpoints: {
		resultKey: 'marketplaceModelEndpoints',
		id: 'endpointArn',
		time: 'createdAt',
		sortable: false,
		filters: { modelSourceIdentifier: { kind: 'equals', fields: ['modelSourceIdentifier'] } },
		generate: (random, index, context) => ({
			item: {
				endpointArn: `arn:aws:sagemaker:${context.region}:${context.accountId}:endpoint/${name(random, index, 'endpoint')}`,
				modelSourceIdentifier: `arn:aws:sagemaker:${context.region}:aws:hub-content/SageMakerPublicHub/Model/${pick(random, ['cohere-rerank', 'writer-palmyra', 'upstage-solar'])}/1.0.${index % 4}`,
				status: pick(random, ['REGISTERED', 'REGISTERED', 'INCOMPATIBLE_ENDPOINT']),
				createdAt: new Date(context.time),
				updatedAt: later(context.time, random),
			},
		}),
	},
	ListPromptRouters: {
		resultKey: 'promptRouterSummaries',
		id: 'promptRouterArn',
		time: 'createdAt',
		sortable: false,
		filters: { type: { kind: 'equals', fields: ['type'] } },
		generate: (random, index, context) => {
			const [first, second] = [foundationArn(random, context), foundationArn(random, context)];
			return {
				item: {
					promptRouterName: name(random, index, 'router'),
					routingCriteria: { responseQualityDifference: Math.round(random() * 50) / 100 },
					description: 'Generated by the local endpoint.',
					createdAt: new Date(context.time),
					updatedAt: later(context.time, random),
					promptRouterArn: arn(context, `prompt-router/${randomId(random, 12)}`),
					models: [{ modelArn: first }, { modelArn: second }],
					fallbackModel: { modelArn: first },
					status: 'AVAILABLE',
					type: random() < 0.8 ? 'custom' : 'default',
				},
			};
		},
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
		generate: (random, index, context) => ({
			item: {
				customModelDeploymentArn: arn(context, `custom-model-deployment/${randomId(random, 12)}`),
				customModelDeploymentName: name(random, index, 'deployment'),
				modelArn: arn(context, `custom-model/amazon.nova-lite-v1:0/${randomId(random, 12)}`),
				createdAt: new Date(context.time),
				status: pick(random, ['Active', 'Active', 'Creating', 'Failed']),
				lastUpdatedAt: later(context.time, random),
			},
		}),
	},
	ListAutomatedReasoningPolicies: {
		resultKey: 'automatedReasoningPolicySummaries',
		id: 'policyArn',
		time: 'createdAt',
		sortable: false,
		filters: { policyArn: { kind: 'equals', fields: ['policyArn'] } },
		generate: (random, index, context) => {
			const policyId = index === 0 ? (context.policyArn.split('/')[1] as string) : randomId(random, 12);
			return {
				item: {
					policyArn: arn(context, `automated-reasoning-policy/${policyId}`),
					name: name(random, index, 'policy'),
					description: 'Generated by the local endpoint.',
					version: 'DRAFT',
					policyId,
					createdAt: new Date(context.time),
					updatedAt: later(context.time, random),
				},
			};
		},
	},
	ListAutomatedReasoningPolicyBuildWorkflows: {
		resultKey: 'automatedReasoningPolicyBuildWorkflowSummaries',
		id: 'buildWorkflowId',
		time: 'createdAt',
		sortable: false,
		filters: {},
		scope: { policyArn: 'policyArn' },
		scopeOwner: { operation: 'ListAutomatedReasoningPolicies', field: 'policyArn' },
		generate: (random, index, context) => ({
			item: {
				policyArn: context.policyArn,
				buildWorkflowId: index === 0 ? context.buildWorkflowId : uuid(random),
				status: pick(random, ['COMPLETED', 'COMPLETED', 'FAILED', 'BUILDING']),
				buildWorkflowType: pick(random, ['INGEST_CONTENT', 'REFINE_POLICY']),
				createdAt: new Date(context.time),
				updatedAt: later(context.time, random),
			},
		}),
	},
	ListAutomatedReasoningPolicyTestCases: {
		resultKey: 'testCases',
		id: 'testCaseId',
		time: 'createdAt',
		sortable: false,
		filters: {},
		scope: { policyArn: 'policyArn' },
		scopeOwner: { operation: 'ListAutomatedReasoningPolicies', field: 'policyArn' },
		generate: (random, index, context) => ({
			item: testCase(random, index, context.time),
			hidden: { policyArn: context.policyArn },
		}),
	},
	ListAutomatedReasoningPolicyTestResults: {
		resultKey: 'testResults',
		id: 'testCase.testCaseId',
		time: 'updatedAt',
		sortable: false,
		filters: {},
		scope: { policyArn: 'policyArn', buildWorkflowId: 'buildWorkflowId' },
		scopeOwner: { operation: 'ListAutomatedReasoningPolicyBuildWorkflows', field: 'buildWorkflowId' },
		generate: (random, index, context) => ({
			item: {
				testCase: testCase(random, index, context.time),
				policyArn: context.policyArn,
				testRunStatus: 'COMPLETED',
				testRunResult: random() < 0.8 ? 'PASSED' : 'FAILED',
				aggregatedTestFindingsResult: pick(random, ['VALID', 'INVALID', 'SATISFIABLE']),
				updatedAt: new Date(context.time),
			},
			hidden: { buildWorkflowId: context.buildWorkflowId },
		}),
	},
	ListEnforcedGuardrailsConfiguration: {
		resultKey: 'guardrailsConfig',
		id: 'configId',
		time: 'createdAt',
		sortable: false,
		filters: {},
		generate: (random, index, context) => {
			const guardrailId = randomId(random, 12);
			return {
				item: {
					configId: `config-${index.toString(36)}-${randomId(random, 6)}`,
					guardrailArn: arn(context, `guardrail/${guardrailId}`),
					guardrailId,
					inputTags: pick(random, ['HONOR', 'IGNORE']),
					guardrailVersion: String(1 + Math.floor(random() * 3)),
					createdAt: new Date(context.time),
					createdBy: `arn:aws:iam::${context.accountId}:role/admin`,
					updatedAt: later(context.time, random),
					updatedBy: `arn:aws:iam::${context.accountId}:role/admin`,
					owner: 'ACCOUNT',
				},
			};
		},
	},
	ListAdvancedPromptOptimizationJobs: {
		resultKey: 'jobSummaries',
		id: 'jobArn',
		time: 'creationTime',
		sortable: true,
		filters: {},
		generate: (random, index, context) => ({
			item: {
				jobArn: arn(context, `advanced-prompt-optimization-job/${randomId(random, 12)}`),
				jobName: name(random, index, 'optimize'),
				jobStatus: pick(random, ['InProgress', 'Completed', 'Completed', 'Failed']),
				creationTime: new Date(context.time),
				lastModifiedTime: later(context.time, random),
			},
		}),
	},
};

function testCase(random: Random, index: number, time: number): Record<string, unknown> {
	return {
		testCaseId: randomId(random, 12),
		guardContent: `The refund for order ${index} is approved.`,
		queryContent: `Can order ${index} be refunded?`,
		expectedAggregatedFindingsResult: pick(random, ['VALID', 'INVALID', 'SATISFIABLE']),
		createdAt: new Date(time),
		updatedAt: new Date(time),
		confidenceThreshold: 0.8,
	};
}

/** The value at a dotted path of an item (`testCase.testCaseId`). */
export function valueAt(item: Readonly<Record<string, unknown>>, path: string): unknown {
	let value: unknown = item;
	for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
	return value;
}
