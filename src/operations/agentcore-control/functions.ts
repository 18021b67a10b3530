/**
 * The functions of every @aws-sdk/client-bedrock-agentcore-control operation, made from its descriptor table: for an operation `X`,
 * `paginateX` (pages), `iterateX` (items) and `buildXResult` (boto3's `build_full_result()`), each
 * `(client, input, pagination?, options?)` with the semantics of the control plane's functions. Each is its own
 * constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, ResultFunction } from '../../core/listing-types.js';
import * as table from './table.js';
import type {
	ListAgentRuntimeEndpointsFilters, AgentRuntimeEndpointsPage, AgentRuntimeEndpointsResult, AgentRuntimeEndpointsItem,
	ListAgentRuntimeVersionsFilters, AgentRuntimeVersionsPage, AgentRuntimeVersionsResult, AgentRuntimeVersionsItem,
	ListAgentRuntimesFilters, AgentRuntimesPage, AgentRuntimesResult, AgentRuntimesItem,
	ListApiKeyCredentialProvidersFilters, ApiKeyCredentialProvidersPage, ApiKeyCredentialProvidersResult, ApiKeyCredentialProvidersItem,
	ListBrowserProfilesFilters, BrowserProfilesPage, BrowserProfilesResult, BrowserProfilesItem,
	ListBrowsersFilters, BrowsersPage, BrowsersResult, BrowsersItem,
	ListCodeInterpretersFilters, CodeInterpretersPage, CodeInterpretersResult, CodeInterpretersItem,
	ListConfigurationBundleVersionsFilters, ConfigurationBundleVersionsPage, ConfigurationBundleVersionsResult, ConfigurationBundleVersionsItem,
	ListConfigurationBundlesFilters, ConfigurationBundlesPage, ConfigurationBundlesResult, ConfigurationBundlesItem,
	ListEvaluatorsFilters, EvaluatorsPage, EvaluatorsResult, EvaluatorsItem,
	ListGatewayRulesFilters, GatewayRulesPage, GatewayRulesResult, GatewayRulesItem,
	ListGatewayTargetsFilters, GatewayTargetsPage, GatewayTargetsResult, GatewayTargetsItem,
	ListGatewaysFilters, GatewaysPage, GatewaysResult, GatewaysItem,
	ListHarnessesFilters, HarnessesPage, HarnessesResult, HarnessesItem,
	ListMemoriesFilters, MemoriesPage, MemoriesResult, MemoriesItem,
	ListOauth2CredentialProvidersFilters, Oauth2CredentialProvidersPage, Oauth2CredentialProvidersResult, Oauth2CredentialProvidersItem,
	ListOnlineEvaluationConfigsFilters, OnlineEvaluationConfigsPage, OnlineEvaluationConfigsResult, OnlineEvaluationConfigsItem,
	ListPaymentConnectorsFilters, PaymentConnectorsPage, PaymentConnectorsResult, PaymentConnectorsItem,
	ListPaymentCredentialProvidersFilters, PaymentCredentialProvidersPage, PaymentCredentialProvidersResult, PaymentCredentialProvidersItem,
	ListPaymentManagersFilters, PaymentManagersPage, PaymentManagersResult, PaymentManagersItem,
	ListPoliciesFilters, PoliciesPage, PoliciesResult, PoliciesItem,
	ListPolicyEngineSummariesFilters, PolicyEngineSummariesPage, PolicyEngineSummariesResult, PolicyEngineSummariesItem,
	ListPolicyEnginesFilters, PolicyEnginesPage, PolicyEnginesResult, PolicyEnginesItem,
	ListPolicyGenerationAssetsFilters, PolicyGenerationAssetsPage, PolicyGenerationAssetsResult, PolicyGenerationAssetsItem,
	ListPolicyGenerationSummariesFilters, PolicyGenerationSummariesPage, PolicyGenerationSummariesResult, PolicyGenerationSummariesItem,
	ListPolicyGenerationsFilters, PolicyGenerationsPage, PolicyGenerationsResult, PolicyGenerationsItem,
	ListPolicySummariesFilters, PolicySummariesPage, PolicySummariesResult, PolicySummariesItem,
	ListRegistriesFilters, RegistriesPage, RegistriesResult, RegistriesItem,
	ListRegistryRecordsFilters, RegistryRecordsPage, RegistryRecordsResult, RegistryRecordsItem,
	ListWorkloadIdentitiesFilters, WorkloadIdentitiesPage, WorkloadIdentitiesResult, WorkloadIdentitiesItem,
} from './types.js';

/** ListAgentRuntimeEndpoints: pages, items, full result. */
export const paginateListAgentRuntimeEndpoints: PaginateFunction<ListAgentRuntimeEndpointsFilters, AgentRuntimeEndpointsPage> = /* @__PURE__ */ createPaginator(table.listAgentRuntimeEndpointsDescriptor);
export const iterateListAgentRuntimeEndpoints: ItemIteratorFunction<ListAgentRuntimeEndpointsFilters, AgentRuntimeEndpointsItem> = /* @__PURE__ */ createItemIterator(table.listAgentRuntimeEndpointsDescriptor);
export const buildListAgentRuntimeEndpointsResult: ResultFunction<ListAgentRuntimeEndpointsFilters, AgentRuntimeEndpointsResult> = /* @__PURE__ */ createResultBuilder(table.listAgentRuntimeEndpointsDescriptor);

/** ListAgentRuntimeVersions: pages, items, full result. */
export const paginateListAgentRuntimeVersions: PaginateFunction<ListAgentRuntimeVersionsFilters, AgentRuntimeVersionsPage> = /* @__PURE__ */ createPaginator(table.listAgentRuntimeVersionsDescriptor);
export const iterateListAgentRuntimeVersions: ItemIteratorFunction<ListAgentRuntimeVersionsFilters, AgentRuntimeVersionsItem> = /* @__PURE__ */ createItemIterator(table.listAgentRuntimeVersionsDescriptor);
export const buildListAgentRuntimeVersionsResult: ResultFunction<ListAgentRuntimeVersionsFilters, AgentRuntimeVersionsResult> = /* @__PURE__ */ createResultBuilder(table.listAgentRuntimeVersionsDescriptor);

/** ListAgentRuntimes: pages, items, full result. */
export const paginateListAgentRuntimes: PaginateFunction<ListAgentRuntimesFilters, AgentRuntimesPage> = /* @__PURE__ */ createPaginator(table.listAgentRuntimesDescriptor);
export const iterateListAgentRuntimes: ItemIteratorFunction<ListAgentRuntimesFilters, AgentRuntimesItem> = /* @__PURE__ */ createItemIterator(table.listAgentRuntimesDescriptor);
export const buildListAgentRuntimesResult: ResultFunction<ListAgentRuntimesFilters, AgentRuntimesResult> = /* @__PURE__ */ createResultBuilder(table.listAgentRuntimesDescriptor);

/** ListApiKeyCredentialProviders: pages, items, full result. */
export const paginateListApiKeyCredentialProviders: PaginateFunction<ListApiKeyCredentialProvidersFilters, ApiKeyCredentialProvidersPage> = /* @__PURE__ */ createPaginator(table.listApiKeyCredentialProvidersDescriptor);
export const iterateListApiKeyCredentialProviders: ItemIteratorFunction<ListApiKeyCredentialProvidersFilters, ApiKeyCredentialProvidersItem> = /* @__PURE__ */ createItemIterator(table.listApiKeyCredentialProvidersDescriptor);
export const buildListApiKeyCredentialProvidersResult: ResultFunction<ListApiKeyCredentialProvidersFilters, ApiKeyCredentialProvidersResult> = /* @__PURE__ */ createResultBuilder(table.listApiKeyCredentialProvidersDescriptor);

/** ListBrowserProfiles: pages, items, full result. */
export const paginateListBrowserProfiles: PaginateFunction<ListBrowserProfilesFilters, BrowserProfilesPage> = /* @__PURE__ */ createPaginator(table.listBrowserProfilesDescriptor);
export const iterateListBrowserProfiles: ItemIteratorFunction<ListBrowserProfilesFilters, BrowserProfilesItem> = /* @__PURE__ */ createItemIterator(table.listBrowserProfilesDescriptor);
export const buildListBrowserProfilesResult: ResultFunction<ListBrowserProfilesFilters, BrowserProfilesResult> = /* @__PURE__ */ createResultBuilder(table.listBrowserProfilesDescriptor);

/** ListBrowsers: pages, items, full result. */
export const paginateListBrowsers: PaginateFunction<ListBrowsersFilters, BrowsersPage> = /* @__PURE__ */ createPaginator(table.listBrowsersDescriptor);
export const iterateListBrowsers: ItemIteratorFunction<ListBrowsersFilters, BrowsersItem> = /* @__PURE__ */ createItemIterator(table.listBrowsersDescriptor);
export const buildListBrowsersResult: ResultFunction<ListBrowsersFilters, BrowsersResult> = /* @__PURE__ */ createResultBuilder(table.listBrowsersDescriptor);

/** ListCodeInterpreters: pages, items, full result. */
export const paginateListCodeInterpreters: PaginateFunction<ListCodeInterpretersFilters, CodeInterpretersPage> = /* @__PURE__ */ createPaginator(table.listCodeInterpretersDescriptor);
export const iterateListCodeInterpreters: ItemIteratorFunction<ListCodeInterpretersFilters, CodeInterpretersItem> = /* @__PURE__ */ createItemIterator(table.listCodeInterpretersDescriptor);
export const buildListCodeInterpretersResult: ResultFunction<ListCodeInterpretersFilters, CodeInterpretersResult> = /* @__PURE__ */ createResultBuilder(table.listCodeInterpretersDescriptor);

/** ListConfigurationBundleVersions: pages, items, full result. */
export const paginateListConfigurationBundleVersions: PaginateFunction<ListConfigurationBundleVersionsFilters, ConfigurationBundleVersionsPage> = /* @__PURE__ */ createPaginator(table.listConfigurationBundleVersionsDescriptor);
export const iterateListConfigurationBundleVersions: ItemIteratorFunction<ListConfigurationBundleVersionsFilters, ConfigurationBundleVersionsItem> = /* @__PURE__ */ createItemIterator(table.listConfigurationBundleVersionsDescriptor);
export const buildListConfigurationBundleVersionsResult: ResultFunction<ListConfigurationBundleVersionsFilters, ConfigurationBundleVersionsResult> = /* @__PURE__ */ createResultBuilder(table.listConfigurationBundleVersionsDescriptor);

/** ListConfigurationBundles: pages, items, full result. */
export const paginateListConfigurationBundles: PaginateFunction<ListConfigurationBundlesFilters, ConfigurationBundlesPage> = /* @__PURE__ */ createPaginator(table.listConfigurationBundlesDescriptor);
export const iterateListConfigurationBundles: ItemIteratorFunction<ListConfigurationBundlesFilters, ConfigurationBundlesItem> = /* @__PURE__ */ createItemIterator(table.listConfigurationBundlesDescriptor);
export const buildListConfigurationBundlesResult: ResultFunction<ListConfigurationBundlesFilters, ConfigurationBundlesResult> = /* @__PURE__ */ createResultBuilder(table.listConfigurationBundlesDescriptor);

/** ListEvaluators: pages, items, full result. */
export const paginateListEvaluators: PaginateFunction<ListEvaluatorsFilters, EvaluatorsPage> = /* @__PURE__ */ createPaginator(table.listEvaluatorsDescriptor);
export const iterateListEvaluators: ItemIteratorFunction<ListEvaluatorsFilters, EvaluatorsItem> = /* @__PURE__ */ createItemIterator(table.listEvaluatorsDescriptor);
export const buildListEvaluatorsResult: ResultFunction<ListEvaluatorsFilters, EvaluatorsResult> = /* @__PURE__ */ createResultBuilder(table.listEvaluatorsDescriptor);

/** ListGatewayRules: pages, items, full result. */
export const paginateListGatewayRules: PaginateFunction<ListGatewayRulesFilters, GatewayRulesPage> = /* @__PURE__ */ createPaginator(table.listGatewayRulesDescriptor);
export const iterateListGatewayRules: ItemIteratorFunction<ListGatewayRulesFilters, GatewayRulesItem> = /* @__PURE__ */ createItemIterator(table.listGatewayRulesDescriptor);
export const buildListGatewayRulesResult: ResultFunction<ListGatewayRulesFilters, GatewayRulesResult> = /* @__PURE__ */ createResultBuilder(table.listGatewayRulesDescriptor);

/** ListGatewayTargets: pages, items, full result. */
export const paginateListGatewayTargets: PaginateFunction<ListGatewayTargetsFilters, GatewayTargetsPage> = /* @__PURE__ */ createPaginator(table.listGatewayTargetsDescriptor);
export const iterateListGatewayTargets: ItemIteratorFunction<ListGatewayTargetsFilters, GatewayTargetsItem> = /* @__PURE__ */ createItemIterator(table.listGatewayTargetsDescriptor);
export const buildListGatewayTargetsResult: ResultFunction<ListGatewayTargetsFilters, GatewayTargetsResult> = /* @__PURE__ */ createResultBuilder(table.listGatewayTargetsDescriptor);

/** ListGateways: pages, items, full result. */
export const paginateListGateways: PaginateFunction<ListGatewaysFilters, GatewaysPage> = /* @__PURE__ */ createPaginator(table.listGatewaysDescriptor);
export const iterateListGateways: ItemIteratorFunction<ListGatewaysFilters, GatewaysItem> = /* @__PURE__ */ createItemIterator(table.listGatewaysDescriptor);
export const buildListGatewaysResult: ResultFunction<ListGatewaysFilters, GatewaysResult> = /* @__PURE__ */ createResultBuilder(table.listGatewaysDescriptor);

/** ListHarnesses: pages, items, full result. */
export const paginateListHarnesses: PaginateFunction<ListHarnessesFilters, HarnessesPage> = /* @__PURE__ */ createPaginator(table.listHarnessesDescriptor);
export const iterateListHarnesses: ItemIteratorFunction<ListHarnessesFilters, HarnessesItem> = /* @__PURE__ */ createItemIterator(table.listHarnessesDescriptor);
export const buildListHarnessesResult: ResultFunction<ListHarnessesFilters, HarnessesResult> = /* @__PURE__ */ createResultBuilder(table.listHarnessesDescriptor);

/** ListMemories: pages, items, full result. */
export const paginateListMemories: PaginateFunction<ListMemoriesFilters, MemoriesPage> = /* @__PURE__ */ createPaginator(table.listMemoriesDescriptor);
export const iterateListMemories: ItemIteratorFunction<ListMemoriesFilters, MemoriesItem> = /* @__PURE__ */ createItemIterator(table.listMemoriesDescriptor);
export const buildListMemoriesResult: ResultFunction<ListMemoriesFilters, MemoriesResult> = /* @__PURE__ */ createResultBuilder(table.listMemoriesDescriptor);

/** ListOauth2CredentialProviders: pages, items, full result. */
export const paginateListOauth2CredentialProviders: PaginateFunction<ListOauth2CredentialProvidersFilters, Oauth2CredentialProvidersPage> = /* @__PURE__ */ createPaginator(table.listOauth2CredentialProvidersDescriptor);
export const iterateListOauth2CredentialProviders: ItemIteratorFunction<ListOauth2CredentialProvidersFilters, Oauth2CredentialProvidersItem> = /* @__PURE__ */ createItemIterator(table.listOauth2CredentialProvidersDescriptor);
export const buildListOauth2CredentialProvidersResult: ResultFunction<ListOauth2CredentialProvidersFilters, Oauth2CredentialProvidersResult> = /* @__PURE__ */ createResultBuilder(table.listOauth2CredentialProvidersDescriptor);

/** ListOnlineEvaluationConfigs: pages, items, full result. */
export const paginateListOnlineEvaluationConfigs: PaginateFunction<ListOnlineEvaluationConfigsFilters, OnlineEvaluationConfigsPage> = /* @__PURE__ */ createPaginator(table.listOnlineEvaluationConfigsDescriptor);
export const iterateListOnlineEvaluationConfigs: ItemIteratorFunction<ListOnlineEvaluationConfigsFilters, OnlineEvaluationConfigsItem> = /* @__PURE__ */ createItemIterator(table.listOnlineEvaluationConfigsDescriptor);
export const buildListOnlineEvaluationConfigsResult: ResultFunction<ListOnlineEvaluationConfigsFilters, OnlineEvaluationConfigsResult> = /* @__PURE__ */ createResultBuilder(table.listOnlineEvaluationConfigsDescriptor);

/** ListPaymentConnectors: pages, items, full result. */
export const paginateListPaymentConnectors: PaginateFunction<ListPaymentConnectorsFilters, PaymentConnectorsPage> = /* @__PURE__ */ createPaginator(table.listPaymentConnectorsDescriptor);
export const iterateListPaymentConnectors: ItemIteratorFunction<ListPaymentConnectorsFilters, PaymentConnectorsItem> = /* @__PURE__ */ createItemIterator(table.listPaymentConnectorsDescriptor);
export const buildListPaymentConnectorsResult: ResultFunction<ListPaymentConnectorsFilters, PaymentConnectorsResult> = /* @__PURE__ */ createResultBuilder(table.listPaymentConnectorsDescriptor);

/** ListPaymentCredentialProviders: pages, items, full result. */
export const paginateListPaymentCredentialProviders: PaginateFunction<ListPaymentCredentialProvidersFilters, PaymentCredentialProvidersPage> = /* @__PURE__ */ createPaginator(table.listPaymentCredentialProvidersDescriptor);
export const iterateListPaymentCredentialProviders: ItemIteratorFunction<ListPaymentCredentialProvidersFilters, PaymentCredentialProvidersItem> = /* @__PURE__ */ createItemIterator(table.listPaymentCredentialProvidersDescriptor);
export const buildListPaymentCredentialProvidersResult: ResultFunction<ListPaymentCredentialProvidersFilters, PaymentCredentialProvidersResult> = /* @__PURE__ */ createResultBuilder(table.listPaymentCredentialProvidersDescriptor);

/** ListPaymentManagers: pages, items, full result. */
export const paginateListPaymentManagers: PaginateFunction<ListPaymentManagersFilters, PaymentManagersPage> = /* @__PURE__ */ createPaginator(table.listPaymentManagersDescriptor);
export const iterateListPaymentManagers: ItemIteratorFunction<ListPaymentManagersFilters, PaymentManagersItem> = /* @__PURE__ */ createItemIterator(table.listPaymentManagersDescriptor);
export const buildListPaymentManagersResult: ResultFunction<ListPaymentManagersFilters, PaymentManagersResult> = /* @__PURE__ */ createResultBuilder(table.listPaymentManagersDescriptor);

/** ListPolicies: pages, items, full result. */
export const paginateListPolicies: PaginateFunction<ListPoliciesFilters, PoliciesPage> = /* @__PURE__ */ createPaginator(table.listPoliciesDescriptor);
export const iterateListPolicies: ItemIteratorFunction<ListPoliciesFilters, PoliciesItem> = /* @__PURE__ */ createItemIterator(table.listPoliciesDescriptor);
export const buildListPoliciesResult: ResultFunction<ListPoliciesFilters, PoliciesResult> = /* @__PURE__ */ createResultBuilder(table.listPoliciesDescriptor);

/** ListPolicyEngineSummaries: pages, items, full result. */
export const paginateListPolicyEngineSummaries: PaginateFunction<ListPolicyEngineSummariesFilters, PolicyEngineSummariesPage> = /* @__PURE__ */ createPaginator(table.listPolicyEngineSummariesDescriptor);
export const iterateListPolicyEngineSummaries: ItemIteratorFunction<ListPolicyEngineSummariesFilters, PolicyEngineSummariesItem> = /* @__PURE__ */ createItemIterator(table.listPolicyEngineSummariesDescriptor);
export const buildListPolicyEngineSummariesResult: ResultFunction<ListPolicyEngineSummariesFilters, PolicyEngineSummariesResult> = /* @__PURE__ */ createResultBuilder(table.listPolicyEngineSummariesDescriptor);

/** ListPolicyEngines: pages, items, full result. */
export const paginateListPolicyEngines: PaginateFunction<ListPolicyEnginesFilters, PolicyEnginesPage> = /* @__PURE__ */ createPaginator(table.listPolicyEnginesDescriptor);
export const iterateListPolicyEngines: ItemIteratorFunction<ListPolicyEnginesFilters, PolicyEnginesItem> = /* @__PURE__ */ createItemIterator(table.listPolicyEnginesDescriptor);
export const buildListPolicyEnginesResult: ResultFunction<ListPolicyEnginesFilters, PolicyEnginesResult> = /* @__PURE__ */ createResultBuilder(table.listPolicyEnginesDescriptor);

/** ListPolicyGenerationAssets: pages, items, full result. */
export const paginateListPolicyGenerationAssets: PaginateFunction<ListPolicyGenerationAssetsFilters, PolicyGenerationAssetsPage> = /* @__PURE__ */ createPaginator(table.listPolicyGenerationAssetsDescriptor);
export const iterateListPolicyGenerationAssets: ItemIteratorFunction<ListPolicyGenerationAssetsFilters, PolicyGenerationAssetsItem> = /* @__PURE__ */ createItemIterator(table.listPolicyGenerationAssetsDescriptor);
export const buildListPolicyGenerationAssetsResult: ResultFunction<ListPolicyGenerationAssetsFilters, PolicyGenerationAssetsResult> = /* @__PURE__ */ createResultBuilder(table.listPolicyGenerationAssetsDescriptor);

/** ListPolicyGenerationSummaries: pages, items, full result. */
export const paginateListPolicyGenerationSummaries: PaginateFunction<ListPolicyGenerationSummariesFilters, PolicyGenerationSummariesPage> = /* @__PURE__ */ createPaginator(table.listPolicyGenerationSummariesDescriptor);
export const iterateListPolicyGenerationSummaries: ItemIteratorFunction<ListPolicyGenerationSummariesFilters, PolicyGenerationSummariesItem> = /* @__PURE__ */ createItemIterator(table.listPolicyGenerationSummariesDescriptor);
export const buildListPolicyGenerationSummariesResult: ResultFunction<ListPolicyGenerationSummariesFilters, PolicyGenerationSummariesResult> = /* @__PURE__ */ createResultBuilder(table.listPolicyGenerationSummariesDescriptor);

/** ListPolicyGenerations: pages, items, full result. */
export const paginateListPolicyGenerations: PaginateFunction<ListPolicyGenerationsFilters, PolicyGenerationsPage> = /* @__PURE__ */ createPaginator(table.listPolicyGenerationsDescriptor);
export const iterateListPolicyGenerations: ItemIteratorFunction<ListPolicyGenerationsFilters, PolicyGenerationsItem> = /* @__PURE__ */ createItemIterator(table.listPolicyGenerationsDescriptor);
export const buildListPolicyGenerationsResult: ResultFunction<ListPolicyGenerationsFilters, PolicyGenerationsResult> = /* @__PURE__ */ createResultBuilder(table.listPolicyGenerationsDescriptor);

/** ListPolicySummaries: pages, items, full result. */
export const paginateListPolicySummaries: PaginateFunction<ListPolicySummariesFilters, PolicySummariesPage> = /* @__PURE__ */ createPaginator(table.listPolicySummariesDescriptor);
export const iterateListPolicySummaries: ItemIteratorFunction<ListPolicySummariesFilters, PolicySummariesItem> = /* @__PURE__ */ createItemIterator(table.listPolicySummariesDescriptor);
export const buildListPolicySummariesResult: ResultFunction<ListPolicySummariesFilters, PolicySummariesResult> = /* @__PURE__ */ createResultBuilder(table.listPolicySummariesDescriptor);

/** ListRegistries: pages, items, full result. */
export const paginateListRegistries: PaginateFunction<ListRegistriesFilters, RegistriesPage> = /* @__PURE__ */ createPaginator(table.listRegistriesDescriptor);
export const iterateListRegistries: ItemIteratorFunction<ListRegistriesFilters, RegistriesItem> = /* @__PURE__ */ createItemIterator(table.listRegistriesDescriptor);
export const buildListRegistriesResult: ResultFunction<ListRegistriesFilters, RegistriesResult> = /* @__PURE__ */ createResultBuilder(table.listRegistriesDescriptor);

/** ListRegistryRecords: pages, items, full result. */
export const paginateListRegistryRecords: PaginateFunction<ListRegistryRecordsFilters, RegistryRecordsPage> = /* @__PURE__ */ createPaginator(table.listRegistryRecordsDescriptor);
export const iterateListRegistryRecords: ItemIteratorFunction<ListRegistryRecordsFilters, RegistryRecordsItem> = /* @__PURE__ */ createItemIterator(table.listRegistryRecordsDescriptor);
export const buildListRegistryRecordsResult: ResultFunction<ListRegistryRecordsFilters, RegistryRecordsResult> = /* @__PURE__ */ createResultBuilder(table.listRegistryRecordsDescriptor);

/** ListWorkloadIdentities: pages, items, full result. */
export const paginateListWorkloadIdentities: PaginateFunction<ListWorkloadIdentitiesFilters, WorkloadIdentitiesPage> = /* @__PURE__ */ createPaginator(table.listWorkloadIdentitiesDescriptor);
export const iterateListWorkloadIdentities: ItemIteratorFunction<ListWorkloadIdentitiesFilters, WorkloadIdentitiesItem> = /* @__PURE__ */ createItemIterator(table.listWorkloadIdentitiesDescriptor);
export const buildListWorkloadIdentitiesResult: ResultFunction<ListWorkloadIdentitiesFilters, WorkloadIdentitiesResult> = /* @__PURE__ */ createResultBuilder(table.listWorkloadIdentitiesDescriptor);
