/**
 * The descriptor table of @aws-sdk/client-bedrock-agentcore-control (Amazon Bedrock AgentCore control plane): every paginated operation botocore's
 * `bedrock-agentcore-control` paginators-1.json lists, named as the SDK's `paginate*` functions name them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required, path
 * parameters among them) are the service model's. test/family-tables.test.ts checks it against the installed
 * SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as sdk from '@aws-sdk/client-bedrock-agentcore-control';
import { defineOperation } from '../../core/descriptor.js';

/** Named in the message when the installed SDK lacks an operation's command. */
const SDK_PACKAGE = '@aws-sdk/client-bedrock-agentcore-control';

/** Where the service model sets no maximum (for the page size or the token), none is checked here. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** ListAgentRuntimeEndpoints (POST /runtimes/{agentRuntimeId}/runtime-endpoints/). */
export const listAgentRuntimeEndpointsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentRuntimeEndpointsCommand, {
	operationName: 'ListAgentRuntimeEndpoints',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'runtimeEndpoints',
	itemId: 'agentRuntimeEndpointArn',
	members: {
		agentRuntimeId: { type: 'string', required: true },
	},
});

/** ListAgentRuntimeVersions (POST /runtimes/{agentRuntimeId}/versions/). */
export const listAgentRuntimeVersionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentRuntimeVersionsCommand, {
	operationName: 'ListAgentRuntimeVersions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'agentRuntimes',
	itemId: 'agentRuntimeVersion',
	members: {
		agentRuntimeId: { type: 'string', required: true },
	},
});

/** ListAgentRuntimes (POST /runtimes/). */
export const listAgentRuntimesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAgentRuntimesCommand, {
	operationName: 'ListAgentRuntimes',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'agentRuntimes',
	itemId: 'agentRuntimeArn',
	members: {},
});

/** ListApiKeyCredentialProviders (POST /identities/ListApiKeyCredentialProviders). */
export const listApiKeyCredentialProvidersDescriptor = /* @__PURE__ */ defineOperation(sdk.ListApiKeyCredentialProvidersCommand, {
	operationName: 'ListApiKeyCredentialProviders',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'credentialProviders',
	tokenMaxLength: UNBOUNDED,
	itemId: 'credentialProviderArn',
	members: {},
});

/** ListBrowserProfiles (POST /browser-profiles). */
export const listBrowserProfilesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListBrowserProfilesCommand, {
	operationName: 'ListBrowserProfiles',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'profileSummaries',
	itemId: 'profileArn',
	members: {
		name: { type: 'string' },
	},
});

/** ListBrowsers (POST /browsers). */
export const listBrowsersDescriptor = /* @__PURE__ */ defineOperation(sdk.ListBrowsersCommand, {
	operationName: 'ListBrowsers',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'browserSummaries',
	itemId: 'browserArn',
	members: {
		type: { type: 'enum', values: ['SYSTEM', 'CUSTOM'] },
	},
});

/** ListCodeInterpreters (POST /code-interpreters). */
export const listCodeInterpretersDescriptor = /* @__PURE__ */ defineOperation(sdk.ListCodeInterpretersCommand, {
	operationName: 'ListCodeInterpreters',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'codeInterpreterSummaries',
	itemId: 'codeInterpreterArn',
	members: {
		type: { type: 'enum', values: ['SYSTEM', 'CUSTOM'] },
	},
});

/** ListConfigurationBundleVersions (POST /configuration-bundles/{bundleId}/versions). */
export const listConfigurationBundleVersionsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListConfigurationBundleVersionsCommand, {
	operationName: 'ListConfigurationBundleVersions',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'versions',
	tokenMaxLength: UNBOUNDED,
	itemId: 'versionId',
	members: {
		bundleId: { type: 'string', required: true },
		filter: { type: 'structure' },
	},
});

/** ListConfigurationBundles (POST /configuration-bundles). */
export const listConfigurationBundlesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListConfigurationBundlesCommand, {
	operationName: 'ListConfigurationBundles',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'bundles',
	tokenMaxLength: UNBOUNDED,
	itemId: 'bundleArn',
	members: {},
});

/** ListEvaluators (POST /evaluators). */
export const listEvaluatorsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListEvaluatorsCommand, {
	operationName: 'ListEvaluators',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'evaluators',
	tokenMaxLength: UNBOUNDED,
	itemId: 'evaluatorArn',
	members: {},
});

/** ListGatewayRules (GET /gateways/{gatewayIdentifier}/rules). */
export const listGatewayRulesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListGatewayRulesCommand, {
	operationName: 'ListGatewayRules',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'gatewayRules',
	itemId: 'ruleId',
	members: {
		gatewayIdentifier: { type: 'string', required: true },
	},
});

/** ListGatewayTargets (GET /gateways/{gatewayIdentifier}/targets/). */
export const listGatewayTargetsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListGatewayTargetsCommand, {
	operationName: 'ListGatewayTargets',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'items',
	itemId: 'targetId',
	members: {
		gatewayIdentifier: { type: 'string', required: true },
	},
});

/** ListGateways (GET /gateways/). */
export const listGatewaysDescriptor = /* @__PURE__ */ defineOperation(sdk.ListGatewaysCommand, {
	operationName: 'ListGateways',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'items',
	itemId: 'gatewayId',
	members: {},
});

/** ListHarnesses (GET /harnesses). */
export const listHarnessesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListHarnessesCommand, {
	operationName: 'ListHarnesses',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'harnesses',
	itemId: 'arn',
	members: {},
});

/** ListMemories (POST /memories/). */
export const listMemoriesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListMemoriesCommand, {
	operationName: 'ListMemories',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'memories',
	tokenMaxLength: UNBOUNDED,
	members: {},
});

/** ListOauth2CredentialProviders (POST /identities/ListOauth2CredentialProviders). */
export const listOauth2CredentialProvidersDescriptor = /* @__PURE__ */ defineOperation(sdk.ListOauth2CredentialProvidersCommand, {
	operationName: 'ListOauth2CredentialProviders',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 20,
	resultKey: 'credentialProviders',
	tokenMaxLength: UNBOUNDED,
	itemId: 'credentialProviderArn',
	members: {},
});

/** ListOnlineEvaluationConfigs (POST /online-evaluation-configs). */
export const listOnlineEvaluationConfigsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListOnlineEvaluationConfigsCommand, {
	operationName: 'ListOnlineEvaluationConfigs',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'onlineEvaluationConfigs',
	tokenMaxLength: UNBOUNDED,
	itemId: 'onlineEvaluationConfigArn',
	members: {},
});

/** ListPaymentConnectors (POST /payments/managers/{paymentManagerId}/connectors-list). */
export const listPaymentConnectorsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPaymentConnectorsCommand, {
	operationName: 'ListPaymentConnectors',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'paymentConnectors',
	itemId: 'paymentConnectorId',
	members: {
		paymentManagerId: { type: 'string', min: 12, max: 211, required: true },
	},
});

/** ListPaymentCredentialProviders (POST /identities/ListPaymentCredentialProviders). */
export const listPaymentCredentialProvidersDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPaymentCredentialProvidersCommand, {
	operationName: 'ListPaymentCredentialProviders',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 20,
	resultKey: 'credentialProviders',
	tokenMaxLength: UNBOUNDED,
	itemId: 'credentialProviderArn',
	members: {},
});

/** ListPaymentManagers (POST /payments/managers-list). */
export const listPaymentManagersDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPaymentManagersCommand, {
	operationName: 'ListPaymentManagers',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'paymentManagers',
	itemId: 'paymentManagerArn',
	members: {},
});

/** ListPolicies (GET /policy-engines/{policyEngineId}/policies). */
export const listPoliciesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPoliciesCommand, {
	operationName: 'ListPolicies',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policies',
	itemId: 'policyArn',
	members: {
		policyEngineId: { type: 'string', min: 12, max: 59, required: true },
		targetResourceScope: { type: 'string', min: 20, max: 1011 },
	},
});

/** ListPolicyEngineSummaries (GET /policy-engine-summaries). */
export const listPolicyEngineSummariesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPolicyEngineSummariesCommand, {
	operationName: 'ListPolicyEngineSummaries',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policyEngines',
	itemId: 'policyEngineArn',
	members: {},
});

/** ListPolicyEngines (GET /policy-engines). */
export const listPolicyEnginesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPolicyEnginesCommand, {
	operationName: 'ListPolicyEngines',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policyEngines',
	itemId: 'policyEngineArn',
	members: {},
});

/** ListPolicyGenerationAssets (GET /policy-engines/{policyEngineId}/policy-generations/{policyGenerationId}/assets). */
export const listPolicyGenerationAssetsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPolicyGenerationAssetsCommand, {
	operationName: 'ListPolicyGenerationAssets',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policyGenerationAssets',
	itemId: 'policyGenerationAssetId',
	members: {
		policyGenerationId: { type: 'string', min: 12, max: 59, required: true },
		policyEngineId: { type: 'string', min: 12, max: 59, required: true },
	},
});

/** ListPolicyGenerationSummaries (GET /policy-engines/{policyEngineId}/policy-generation-summaries). */
export const listPolicyGenerationSummariesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPolicyGenerationSummariesCommand, {
	operationName: 'ListPolicyGenerationSummaries',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policyGenerations',
	itemId: 'policyGenerationArn',
	members: {
		policyEngineId: { type: 'string', min: 12, max: 59, required: true },
	},
});

/** ListPolicyGenerations (GET /policy-engines/{policyEngineId}/policy-generations). */
export const listPolicyGenerationsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPolicyGenerationsCommand, {
	operationName: 'ListPolicyGenerations',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policyGenerations',
	itemId: 'policyGenerationArn',
	members: {
		policyEngineId: { type: 'string', min: 12, max: 59, required: true },
	},
});

/** ListPolicySummaries (GET /policy-engines/{policyEngineId}/policy-summaries). */
export const listPolicySummariesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListPolicySummariesCommand, {
	operationName: 'ListPolicySummaries',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'policies',
	itemId: 'policyArn',
	members: {
		policyEngineId: { type: 'string', min: 12, max: 59, required: true },
		targetResourceScope: { type: 'string', min: 20, max: 1011 },
	},
});

/** ListRegistries (GET /registries). */
export const listRegistriesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListRegistriesCommand, {
	operationName: 'ListRegistries',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'registries',
	itemId: 'registryArn',
	members: {
		status: { type: 'enum', values: ['CREATING', 'READY', 'UPDATING', 'CREATE_FAILED', 'UPDATE_FAILED', 'DELETING', 'DELETE_FAILED'] },
		authorizerType: { type: 'enum', values: ['CUSTOM_JWT', 'AWS_IAM'] },
	},
});

/** ListRegistryRecords (GET /registries/{registryId}/records). */
export const listRegistryRecordsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListRegistryRecordsCommand, {
	operationName: 'ListRegistryRecords',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 100,
	resultKey: 'registryRecords',
	itemId: 'recordArn',
	members: {
		registryId: { type: 'string', min: 1, max: 2048, required: true },
		name: { type: 'string', min: 1, max: 255 },
		status: { type: 'enum', values: ['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'DEPRECATED', 'CREATING', 'UPDATING', 'CREATE_FAILED', 'UPDATE_FAILED'] },
		descriptorType: { type: 'enum', values: ['MCP', 'A2A', 'CUSTOM', 'AGENT_SKILLS'] },
	},
});

/** ListWorkloadIdentities (POST /identities/ListWorkloadIdentities). */
export const listWorkloadIdentitiesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListWorkloadIdentitiesCommand, {
	operationName: 'ListWorkloadIdentities',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 20,
	resultKey: 'workloadIdentities',
	tokenMaxLength: UNBOUNDED,
	itemId: 'workloadIdentityArn',
	members: {},
});
