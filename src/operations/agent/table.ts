/**
 * The descriptor table of @aws-sdk/client-bedrock-agent (Agents for Amazon Bedrock): every paginated operation botocore's
 * `bedrock-agent` paginators-1.json lists, named as the SDK's `paginate*` functions name them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required, path
 * parameters among them) are the service model's. test/family-tables.test.ts checks it against the installed
 * SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as sdk from '@aws-sdk/client-bedrock-agent';
import { defineOperation } from '../../core/descriptor.js';

/** Named in the message when the installed SDK lacks an operation's command. */
const SDK_PACKAGE = '@aws-sdk/client-bedrock-agent';

/** ListAgentActionGroups (POST /agents/{agentId}/agentversions/{agentVersion}/actiongroups/). */
export const listAgentActionGroupsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentActionGroupsCommand, {
	operationName: 'ListAgentActionGroups',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'actionGroupSummaries',
	itemId: 'actionGroupId',
	members: {
		agentId: { type: 'string', required: true },
		agentVersion: { type: 'string', min: 1, max: 5, required: true },
	},
});

/** ListAgentAliases (POST /agents/{agentId}/agentaliases/). */
export const listAgentAliasesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentAliasesCommand, {
	operationName: 'ListAgentAliases',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'agentAliasSummaries',
	itemId: 'agentAliasId',
	members: {
		agentId: { type: 'string', required: true },
	},
});

/** ListAgentCollaborators (POST /agents/{agentId}/agentversions/{agentVersion}/agentcollaborators/). */
export const listAgentCollaboratorsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentCollaboratorsCommand, {
	operationName: 'ListAgentCollaborators',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'agentCollaboratorSummaries',
	itemId: 'collaboratorId',
	members: {
		agentId: { type: 'string', required: true },
		agentVersion: { type: 'string', min: 1, max: 5, required: true },
	},
});

/** ListAgentKnowledgeBases (POST /agents/{agentId}/agentversions/{agentVersion}/knowledgebases/). */
export const listAgentKnowledgeBasesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentKnowledgeBasesCommand, {
	operationName: 'ListAgentKnowledgeBases',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'agentKnowledgeBaseSummaries',
	itemId: 'knowledgeBaseId',
	members: {
		agentId: { type: 'string', required: true },
		agentVersion: { type: 'string', min: 1, max: 5, required: true },
	},
});

/** ListAgentVersions (POST /agents/{agentId}/agentversions/). */
export const listAgentVersionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentVersionsCommand, {
	operationName: 'ListAgentVersions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'agentVersionSummaries',
	itemId: 'agentVersion',
	members: {
		agentId: { type: 'string', required: true },
	},
});

/** ListAgents (POST /agents/). */
export const listAgentsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentsCommand, {
	operationName: 'ListAgents',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'agentSummaries',
	itemId: 'agentId',
	members: {},
});

/** ListDataSources (POST /knowledgebases/{knowledgeBaseId}/datasources/). */
export const listDataSourcesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListDataSourcesCommand, {
	operationName: 'ListDataSources',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'dataSourceSummaries',
	itemId: 'dataSourceId',
	members: {
		knowledgeBaseId: { type: 'string', required: true },
	},
});

/** ListFlowAliases (GET /flows/{flowIdentifier}/aliases). */
export const listFlowAliasesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListFlowAliasesCommand, {
	operationName: 'ListFlowAliases',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'flowAliasSummaries',
	itemId: 'arn',
	members: {
		flowIdentifier: { type: 'string', required: true },
	},
});

/** ListFlowVersions (GET /flows/{flowIdentifier}/versions). */
export const listFlowVersionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListFlowVersionsCommand, {
	operationName: 'ListFlowVersions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'flowVersionSummaries',
	itemId: 'version',
	members: {
		flowIdentifier: { type: 'string', required: true },
	},
});

/** ListFlows (GET /flows/). */
export const listFlowsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListFlowsCommand, {
	operationName: 'ListFlows',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'flowSummaries',
	itemId: 'arn',
	members: {},
});

/** ListIngestionJobs (POST /knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}/ingestionjobs/); sorted by start time through the nested `sortBy: { attribute, order }`. */
export const listIngestionJobsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListIngestionJobsCommand, {
	operationName: 'ListIngestionJobs',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'ingestionJobSummaries',
	itemId: 'ingestionJobId',
	order: { within: 'sortBy', sortBy: { member: 'attribute', value: 'STARTED_AT' }, sortOrder: { member: 'order', ascending: 'ASCENDING', descending: 'DESCENDING' }, timeField: 'startedAt' },
	members: {
		knowledgeBaseId: { type: 'string', required: true },
		dataSourceId: { type: 'string', required: true },
		filters: { type: 'list', min: 1, max: 1 },
		sortBy: { type: 'structure' },
	},
});

/** ListKnowledgeBaseDocuments (POST /knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}/documents). */
export const listKnowledgeBaseDocumentsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListKnowledgeBaseDocumentsCommand, {
	operationName: 'ListKnowledgeBaseDocuments',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'documentDetails',
	members: {
		knowledgeBaseId: { type: 'string', required: true },
		dataSourceId: { type: 'string', required: true },
	},
});

/** ListKnowledgeBases (POST /knowledgebases/). */
export const listKnowledgeBasesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListKnowledgeBasesCommand, {
	operationName: 'ListKnowledgeBases',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'knowledgeBaseSummaries',
	itemId: 'knowledgeBaseId',
	members: {},
});

/** ListPrompts (GET /prompts/). */
export const listPromptsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPromptsCommand, {
	operationName: 'ListPrompts',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'promptSummaries',
	itemId: 'arn',
	members: {
		promptIdentifier: { type: 'string' },
	},
});
