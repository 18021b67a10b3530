/**
 * The descriptor table of @aws-sdk/client-bedrock-agent-runtime (Agents for Amazon Bedrock runtime): every paginated operation botocore's
 * `bedrock-agent-runtime` paginators-1.json lists, named as the SDK's `paginate*` functions name them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required, path
 * parameters among them) are the service model's. test/family-tables.test.ts checks it against the installed
 * SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as sdk from '@aws-sdk/client-bedrock-agent-runtime';
import { defineOperation } from '../../core/descriptor.js';

/** Named in the message when the installed SDK lacks an operation's command. */
const SDK_PACKAGE = '@aws-sdk/client-bedrock-agent-runtime';

/** GetAgentMemory (GET /agents/{agentId}/agentAliases/{agentAliasId}/memories). */
export const getAgentMemoryDescriptor = /* @__PURE__ */ defineOperation(sdk.GetAgentMemoryCommand, {
	operationName: 'GetAgentMemory',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxItems',
	limitMax: 1000,
	resultKey: 'memoryContents',
	members: {
		agentAliasId: { type: 'string', max: 10, required: true },
		agentId: { type: 'string', max: 10, required: true },
		memoryId: { type: 'string', min: 2, max: 100, required: true },
		memoryType: { type: 'enum', values: ['SESSION_SUMMARY'], required: true },
	},
});

/** ListFlowExecutionEvents (GET /flows/{flowIdentifier}/aliases/{flowAliasIdentifier}/executions/{executionIdentifier}/events). */
export const listFlowExecutionEventsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListFlowExecutionEventsCommand, {
	operationName: 'ListFlowExecutionEvents',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'flowExecutionEvents',
	members: {
		eventType: { type: 'enum', values: ['Node', 'Flow'], required: true },
		executionIdentifier: { type: 'string', max: 2048, required: true },
		flowAliasIdentifier: { type: 'string', max: 2048, required: true },
		flowIdentifier: { type: 'string', max: 2048, required: true },
	},
});

/** ListFlowExecutions (GET /flows/{flowIdentifier}/executions). */
export const listFlowExecutionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListFlowExecutionsCommand, {
	operationName: 'ListFlowExecutions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'flowExecutionSummaries',
	itemId: 'executionArn',
	members: {
		flowAliasIdentifier: { type: 'string', max: 2048 },
		flowIdentifier: { type: 'string', max: 2048, required: true },
	},
});

/** ListInvocationSteps (POST /sessions/{sessionIdentifier}/invocationSteps/). */
export const listInvocationStepsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListInvocationStepsCommand, {
	operationName: 'ListInvocationSteps',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'invocationStepSummaries',
	itemId: 'invocationStepId',
	members: {
		invocationIdentifier: { type: 'string' },
		sessionIdentifier: { type: 'string', required: true },
	},
});

/** ListInvocations (POST /sessions/{sessionIdentifier}/invocations/). */
export const listInvocationsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListInvocationsCommand, {
	operationName: 'ListInvocations',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'invocationSummaries',
	itemId: 'invocationId',
	members: {
		sessionIdentifier: { type: 'string', required: true },
	},
});

/** ListSessions (POST /sessions/). */
export const listSessionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListSessionsCommand, {
	operationName: 'ListSessions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'sessionSummaries',
	itemId: 'sessionArn',
	members: {},
});

/** Rerank (POST /rerank); no limit member: `PageSize` is refused, as boto3 refuses it. */
export const rerankDescriptor = /* @__PURE__ */ defineOperation(sdk.RerankCommand, {
	operationName: 'Rerank',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	resultKey: 'results',
	members: {
		queries: { type: 'list', min: 1, max: 1, required: true },
		rerankingConfiguration: { type: 'structure', required: true },
		sources: { type: 'list', min: 1, max: 1000, required: true },
	},
});

/** Retrieve (POST /knowledgebases/{knowledgeBaseId}/retrieve); no limit member: `PageSize` is refused, as boto3 refuses it; `guardrailAction` is botocore's non-aggregate key. */
export const retrieveDescriptor = /* @__PURE__ */ defineOperation(sdk.RetrieveCommand, {
	operationName: 'Retrieve',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	resultKey: 'retrievalResults',
	nonAggregateKeys: ['guardrailAction'],
	members: {
		guardrailConfiguration: { type: 'structure' },
		knowledgeBaseId: { type: 'string', max: 10, required: true },
		retrievalConfiguration: { type: 'structure' },
		retrievalQuery: { type: 'structure', required: true },
	},
});
