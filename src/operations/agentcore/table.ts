/**
 * The descriptor table of @aws-sdk/client-bedrock-agentcore (Amazon Bedrock AgentCore data plane): every paginated operation botocore's
 * `bedrock-agentcore` paginators-1.json lists, named as the SDK's `paginate*` functions name them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required, path
 * parameters among them) are the service model's. test/family-tables.test.ts checks it against the installed
 * SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as sdk from '@aws-sdk/client-bedrock-agentcore';
import { defineOperation } from '../../core/descriptor.js';

/** Named in the message when the installed SDK lacks an operation's command. */
const SDK_PACKAGE = '@aws-sdk/client-bedrock-agentcore';

/** Where the service model sets no maximum (for the page size or the token), none is checked here. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** ListABTests (GET /ab-tests). */
export const listABTestsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListABTestsCommand, {
	operationName: 'ListABTests',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'abTests',
	tokenMaxLength: UNBOUNDED,
	itemId: 'abTestArn',
	members: {},
});

/** ListActors (POST /memories/{memoryId}/actors). */
export const listActorsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListActorsCommand, {
	operationName: 'ListActors',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'actorSummaries',
	tokenMaxLength: UNBOUNDED,
	itemId: 'actorId',
	members: {
		memoryId: { type: 'string', min: 12, required: true },
	},
});

/** ListBatchEvaluations (GET /evaluations/batch-evaluate). */
export const listBatchEvaluationsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListBatchEvaluationsCommand, {
	operationName: 'ListBatchEvaluations',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'batchEvaluations',
	tokenMaxLength: UNBOUNDED,
	itemId: 'batchEvaluationArn',
	members: {},
});

/** ListEvents (POST /memories/{memoryId}/actor/{actorId}/sessions/{sessionId}). */
export const listEventsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListEventsCommand, {
	operationName: 'ListEvents',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'events',
	tokenMaxLength: UNBOUNDED,
	itemId: 'eventId',
	members: {
		memoryId: { type: 'string', min: 12, required: true },
		sessionId: { type: 'string', min: 1, max: 100, required: true },
		actorId: { type: 'string', min: 1, max: 255, required: true },
		includePayloads: { type: 'boolean' },
		filter: { type: 'structure' },
	},
});

/** ListMemoryExtractionJobs (POST /memories/{memoryId}/extractionJobs). */
export const listMemoryExtractionJobsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListMemoryExtractionJobsCommand, {
	operationName: 'ListMemoryExtractionJobs',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 50,
	resultKey: 'jobs',
	tokenMaxLength: UNBOUNDED,
	itemId: 'jobID',
	members: {
		memoryId: { type: 'string', min: 12, required: true },
		filter: { type: 'structure' },
	},
});

/** ListMemoryRecords (POST /memories/{memoryId}/memoryRecords). */
export const listMemoryRecordsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListMemoryRecordsCommand, {
	operationName: 'ListMemoryRecords',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'memoryRecordSummaries',
	tokenMaxLength: UNBOUNDED,
	itemId: 'memoryRecordId',
	members: {
		memoryId: { type: 'string', min: 12, required: true },
		namespace: { type: 'string', min: 1, max: 1024 },
		namespacePath: { type: 'string', min: 1, max: 1024 },
		memoryStrategyId: { type: 'string', min: 1, max: 100 },
		metadataFilters: { type: 'list', min: 1, max: 5 },
	},
});

/** ListPaymentInstruments (POST /payments/listPaymentInstruments); the model sets no maximum on `maxResults`. */
export const listPaymentInstrumentsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPaymentInstrumentsCommand, {
	operationName: 'ListPaymentInstruments',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: UNBOUNDED,
	resultKey: 'paymentInstruments',
	itemId: 'paymentInstrumentId',
	members: {
		userId: { type: 'string', max: 120 },
		agentName: { type: 'string', max: 256 },
		paymentManagerArn: { type: 'string', min: 66, max: 2048, required: true },
		paymentConnectorId: { type: 'string', min: 12, max: 211 },
	},
});

/** ListPaymentSessions (POST /payments/listPaymentSessions); the model sets no maximum on `maxResults`. */
export const listPaymentSessionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPaymentSessionsCommand, {
	operationName: 'ListPaymentSessions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: UNBOUNDED,
	resultKey: 'paymentSessions',
	itemId: 'paymentSessionId',
	members: {
		userId: { type: 'string', max: 120 },
		agentName: { type: 'string', max: 256 },
		paymentManagerArn: { type: 'string', min: 66, max: 2048, required: true },
	},
});

/** ListRecommendations (GET /recommendations). */
export const listRecommendationsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListRecommendationsCommand, {
	operationName: 'ListRecommendations',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'recommendationSummaries',
	itemId: 'recommendationArn',
	members: {
		statusFilter: { type: 'enum', values: ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'DELETING'] },
	},
});

/** ListSessions (POST /memories/{memoryId}/actor/{actorId}/sessions). */
export const listSessionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListSessionsCommand, {
	operationName: 'ListSessions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'sessionSummaries',
	tokenMaxLength: UNBOUNDED,
	itemId: 'sessionId',
	members: {
		memoryId: { type: 'string', min: 12, required: true },
		actorId: { type: 'string', min: 1, max: 255, required: true },
		filter: { type: 'structure' },
	},
});

/** RetrieveMemoryRecords (POST /memories/{memoryId}/retrieve). */
export const retrieveMemoryRecordsDescriptor = /* @__PURE__ */ defineOperation(sdk.RetrieveMemoryRecordsCommand, {
	operationName: 'RetrieveMemoryRecords',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'memoryRecordSummaries',
	tokenMaxLength: UNBOUNDED,
	itemId: 'memoryRecordId',
	members: {
		memoryId: { type: 'string', min: 12, required: true },
		namespace: { type: 'string', min: 1, max: 1024 },
		namespacePath: { type: 'string', min: 1, max: 1024 },
		searchCriteria: { type: 'structure', required: true },
	},
});
