/**
 * The named types of every @aws-sdk/client-bedrock-agentcore-control operation, from its descriptor table: for an operation `X`, `XFilters`
 * (the request members the caller may set; `ListXFilters` for a list operation), and `Page`, `Result` and `Item`
 * types named after the operation without its `List` prefix. See src/operations/types.ts.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../../core/descriptor.js';
import type {
	listAgentRuntimeEndpointsDescriptor,
	listAgentRuntimeVersionsDescriptor,
	listAgentRuntimesDescriptor,
	listApiKeyCredentialProvidersDescriptor,
	listBrowserProfilesDescriptor,
	listBrowsersDescriptor,
	listCodeInterpretersDescriptor,
	listConfigurationBundleVersionsDescriptor,
	listConfigurationBundlesDescriptor,
	listEvaluatorsDescriptor,
	listGatewayRulesDescriptor,
	listGatewayTargetsDescriptor,
	listGatewaysDescriptor,
	listHarnessesDescriptor,
	listMemoriesDescriptor,
	listOauth2CredentialProvidersDescriptor,
	listOnlineEvaluationConfigsDescriptor,
	listPaymentConnectorsDescriptor,
	listPaymentCredentialProvidersDescriptor,
	listPaymentManagersDescriptor,
	listPoliciesDescriptor,
	listPolicyEngineSummariesDescriptor,
	listPolicyEnginesDescriptor,
	listPolicyGenerationAssetsDescriptor,
	listPolicyGenerationSummariesDescriptor,
	listPolicyGenerationsDescriptor,
	listPolicySummariesDescriptor,
	listRegistriesDescriptor,
	listRegistryRecordsDescriptor,
	listWorkloadIdentitiesDescriptor,
} from './table.js';

/** ListAgentRuntimeEndpoints. */
export interface ListAgentRuntimeEndpointsFilters extends FiltersOf<typeof listAgentRuntimeEndpointsDescriptor> {}
export type AgentRuntimeEndpointsPage = PageOf<typeof listAgentRuntimeEndpointsDescriptor>;
export type AgentRuntimeEndpointsResult = FullResultOf<typeof listAgentRuntimeEndpointsDescriptor>;
export type AgentRuntimeEndpointsItem = ItemOf<typeof listAgentRuntimeEndpointsDescriptor>;

/** ListAgentRuntimeVersions. */
export interface ListAgentRuntimeVersionsFilters extends FiltersOf<typeof listAgentRuntimeVersionsDescriptor> {}
export type AgentRuntimeVersionsPage = PageOf<typeof listAgentRuntimeVersionsDescriptor>;
export type AgentRuntimeVersionsResult = FullResultOf<typeof listAgentRuntimeVersionsDescriptor>;
export type AgentRuntimeVersionsItem = ItemOf<typeof listAgentRuntimeVersionsDescriptor>;

/** ListAgentRuntimes. */
export interface ListAgentRuntimesFilters extends FiltersOf<typeof listAgentRuntimesDescriptor> {}
export type AgentRuntimesPage = PageOf<typeof listAgentRuntimesDescriptor>;
export type AgentRuntimesResult = FullResultOf<typeof listAgentRuntimesDescriptor>;
export type AgentRuntimesItem = ItemOf<typeof listAgentRuntimesDescriptor>;

/** ListApiKeyCredentialProviders. */
export interface ListApiKeyCredentialProvidersFilters extends FiltersOf<typeof listApiKeyCredentialProvidersDescriptor> {}
export type ApiKeyCredentialProvidersPage = PageOf<typeof listApiKeyCredentialProvidersDescriptor>;
export type ApiKeyCredentialProvidersResult = FullResultOf<typeof listApiKeyCredentialProvidersDescriptor>;
export type ApiKeyCredentialProvidersItem = ItemOf<typeof listApiKeyCredentialProvidersDescriptor>;

/** ListBrowserProfiles. */
export interface ListBrowserProfilesFilters extends FiltersOf<typeof listBrowserProfilesDescriptor> {}
export type BrowserProfilesPage = PageOf<typeof listBrowserProfilesDescriptor>;
export type BrowserProfilesResult = FullResultOf<typeof listBrowserProfilesDescriptor>;
export type BrowserProfilesItem = ItemOf<typeof listBrowserProfilesDescriptor>;

/** ListBrowsers. */
export interface ListBrowsersFilters extends FiltersOf<typeof listBrowsersDescriptor> {}
export type BrowsersPage = PageOf<typeof listBrowsersDescriptor>;
export type BrowsersResult = FullResultOf<typeof listBrowsersDescriptor>;
export type BrowsersItem = ItemOf<typeof listBrowsersDescriptor>;

/** ListCodeInterpreters. */
export interface ListCodeInterpretersFilters extends FiltersOf<typeof listCodeInterpretersDescriptor> {}
export type CodeInterpretersPage = PageOf<typeof listCodeInterpretersDescriptor>;
export type CodeInterpretersResult = FullResultOf<typeof listCodeInterpretersDescriptor>;
export type CodeInterpretersItem = ItemOf<typeof listCodeInterpretersDescriptor>;

/** ListConfigurationBundleVersions. */
export interface ListConfigurationBundleVersionsFilters extends FiltersOf<typeof listConfigurationBundleVersionsDescriptor> {}
export type ConfigurationBundleVersionsPage = PageOf<typeof listConfigurationBundleVersionsDescriptor>;
export type ConfigurationBundleVersionsResult = FullResultOf<typeof listConfigurationBundleVersionsDescriptor>;
export type ConfigurationBundleVersionsItem = ItemOf<typeof listConfigurationBundleVersionsDescriptor>;

/** ListConfigurationBundles. */
export interface ListConfigurationBundlesFilters extends FiltersOf<typeof listConfigurationBundlesDescriptor> {}
export type ConfigurationBundlesPage = PageOf<typeof listConfigurationBundlesDescriptor>;
export type ConfigurationBundlesResult = FullResultOf<typeof listConfigurationBundlesDescriptor>;
export type ConfigurationBundlesItem = ItemOf<typeof listConfigurationBundlesDescriptor>;

/** ListEvaluators. */
export interface ListEvaluatorsFilters extends FiltersOf<typeof listEvaluatorsDescriptor> {}
export type EvaluatorsPage = PageOf<typeof listEvaluatorsDescriptor>;
export type EvaluatorsResult = FullResultOf<typeof listEvaluatorsDescriptor>;
export type EvaluatorsItem = ItemOf<typeof listEvaluatorsDescriptor>;

/** ListGatewayRules. */
export interface ListGatewayRulesFilters extends FiltersOf<typeof listGatewayRulesDescriptor> {}
export type GatewayRulesPage = PageOf<typeof listGatewayRulesDescriptor>;
export type GatewayRulesResult = FullResultOf<typeof listGatewayRulesDescriptor>;
export type GatewayRulesItem = ItemOf<typeof listGatewayRulesDescriptor>;

/** ListGatewayTargets. */
export interface ListGatewayTargetsFilters extends FiltersOf<typeof listGatewayTargetsDescriptor> {}
export type GatewayTargetsPage = PageOf<typeof listGatewayTargetsDescriptor>;
export type GatewayTargetsResult = FullResultOf<typeof listGatewayTargetsDescriptor>;
export type GatewayTargetsItem = ItemOf<typeof listGatewayTargetsDescriptor>;

/** ListGateways. */
export interface ListGatewaysFilters extends FiltersOf<typeof listGatewaysDescriptor> {}
export type GatewaysPage = PageOf<typeof listGatewaysDescriptor>;
export type GatewaysResult = FullResultOf<typeof listGatewaysDescriptor>;
export type GatewaysItem = ItemOf<typeof listGatewaysDescriptor>;

/** ListHarnesses. */
export interface ListHarnessesFilters extends FiltersOf<typeof listHarnessesDescriptor> {}
export type HarnessesPage = PageOf<typeof listHarnessesDescriptor>;
export type HarnessesResult = FullResultOf<typeof listHarnessesDescriptor>;
export type HarnessesItem = ItemOf<typeof listHarnessesDescriptor>;

/** ListMemories. */
export interface ListMemoriesFilters extends FiltersOf<typeof listMemoriesDescriptor> {}
export type MemoriesPage = PageOf<typeof listMemoriesDescriptor>;
export type MemoriesResult = FullResultOf<typeof listMemoriesDescriptor>;
export type MemoriesItem = ItemOf<typeof listMemoriesDescriptor>;

/** ListOauth2CredentialProviders. */
export interface ListOauth2CredentialProvidersFilters extends FiltersOf<typeof listOauth2CredentialProvidersDescriptor> {}
export type Oauth2CredentialProvidersPage = PageOf<typeof listOauth2CredentialProvidersDescriptor>;
export type Oauth2CredentialProvidersResult = FullResultOf<typeof listOauth2CredentialProvidersDescriptor>;
export type Oauth2CredentialProvidersItem = ItemOf<typeof listOauth2CredentialProvidersDescriptor>;

/** ListOnlineEvaluationConfigs. */
export interface ListOnlineEvaluationConfigsFilters extends FiltersOf<typeof listOnlineEvaluationConfigsDescriptor> {}
export type OnlineEvaluationConfigsPage = PageOf<typeof listOnlineEvaluationConfigsDescriptor>;
export type OnlineEvaluationConfigsResult = FullResultOf<typeof listOnlineEvaluationConfigsDescriptor>;
export type OnlineEvaluationConfigsItem = ItemOf<typeof listOnlineEvaluationConfigsDescriptor>;

/** ListPaymentConnectors. */
export interface ListPaymentConnectorsFilters extends FiltersOf<typeof listPaymentConnectorsDescriptor> {}
export type PaymentConnectorsPage = PageOf<typeof listPaymentConnectorsDescriptor>;
export type PaymentConnectorsResult = FullResultOf<typeof listPaymentConnectorsDescriptor>;
export type PaymentConnectorsItem = ItemOf<typeof listPaymentConnectorsDescriptor>;

/** ListPaymentCredentialProviders. */
export interface ListPaymentCredentialProvidersFilters extends FiltersOf<typeof listPaymentCredentialProvidersDescriptor> {}
export type PaymentCredentialProvidersPage = PageOf<typeof listPaymentCredentialProvidersDescriptor>;
export type PaymentCredentialProvidersResult = FullResultOf<typeof listPaymentCredentialProvidersDescriptor>;
export type PaymentCredentialProvidersItem = ItemOf<typeof listPaymentCredentialProvidersDescriptor>;

/** ListPaymentManagers. */
export interface ListPaymentManagersFilters extends FiltersOf<typeof listPaymentManagersDescriptor> {}
export type PaymentManagersPage = PageOf<typeof listPaymentManagersDescriptor>;
export type PaymentManagersResult = FullResultOf<typeof listPaymentManagersDescriptor>;
export type PaymentManagersItem = ItemOf<typeof listPaymentManagersDescriptor>;

/** ListPolicies. */
export interface ListPoliciesFilters extends FiltersOf<typeof listPoliciesDescriptor> {}
export type PoliciesPage = PageOf<typeof listPoliciesDescriptor>;
export type PoliciesResult = FullResultOf<typeof listPoliciesDescriptor>;
export type PoliciesItem = ItemOf<typeof listPoliciesDescriptor>;

/** ListPolicyEngineSummaries. */
export interface ListPolicyEngineSummariesFilters extends FiltersOf<typeof listPolicyEngineSummariesDescriptor> {}
export type PolicyEngineSummariesPage = PageOf<typeof listPolicyEngineSummariesDescriptor>;
export type PolicyEngineSummariesResult = FullResultOf<typeof listPolicyEngineSummariesDescriptor>;
export type PolicyEngineSummariesItem = ItemOf<typeof listPolicyEngineSummariesDescriptor>;

/** ListPolicyEngines. */
export interface ListPolicyEnginesFilters extends FiltersOf<typeof listPolicyEnginesDescriptor> {}
export type PolicyEnginesPage = PageOf<typeof listPolicyEnginesDescriptor>;
export type PolicyEnginesResult = FullResultOf<typeof listPolicyEnginesDescriptor>;
export type PolicyEnginesItem = ItemOf<typeof listPolicyEnginesDescriptor>;

/** ListPolicyGenerationAssets. */
export interface ListPolicyGenerationAssetsFilters extends FiltersOf<typeof listPolicyGenerationAssetsDescriptor> {}
export type PolicyGenerationAssetsPage = PageOf<typeof listPolicyGenerationAssetsDescriptor>;
export type PolicyGenerationAssetsResult = FullResultOf<typeof listPolicyGenerationAssetsDescriptor>;
export type PolicyGenerationAssetsItem = ItemOf<typeof listPolicyGenerationAssetsDescriptor>;

/** ListPolicyGenerationSummaries. */
export interface ListPolicyGenerationSummariesFilters extends FiltersOf<typeof listPolicyGenerationSummariesDescriptor> {}
export type PolicyGenerationSummariesPage = PageOf<typeof listPolicyGenerationSummariesDescriptor>;
export type PolicyGenerationSummariesResult = FullResultOf<typeof listPolicyGenerationSummariesDescriptor>;
export type PolicyGenerationSummariesItem = ItemOf<typeof listPolicyGenerationSummariesDescriptor>;

/** ListPolicyGenerations. */
export interface ListPolicyGenerationsFilters extends FiltersOf<typeof listPolicyGenerationsDescriptor> {}
export type PolicyGenerationsPage = PageOf<typeof listPolicyGenerationsDescriptor>;
export type PolicyGenerationsResult = FullResultOf<typeof listPolicyGenerationsDescriptor>;
export type PolicyGenerationsItem = ItemOf<typeof listPolicyGenerationsDescriptor>;

/** ListPolicySummaries. */
export interface ListPolicySummariesFilters extends FiltersOf<typeof listPolicySummariesDescriptor> {}
export type PolicySummariesPage = PageOf<typeof listPolicySummariesDescriptor>;
export type PolicySummariesResult = FullResultOf<typeof listPolicySummariesDescriptor>;
export type PolicySummariesItem = ItemOf<typeof listPolicySummariesDescriptor>;

/** ListRegistries. */
export interface ListRegistriesFilters extends FiltersOf<typeof listRegistriesDescriptor> {}
export type RegistriesPage = PageOf<typeof listRegistriesDescriptor>;
export type RegistriesResult = FullResultOf<typeof listRegistriesDescriptor>;
export type RegistriesItem = ItemOf<typeof listRegistriesDescriptor>;

/** ListRegistryRecords. */
export interface ListRegistryRecordsFilters extends FiltersOf<typeof listRegistryRecordsDescriptor> {}
export type RegistryRecordsPage = PageOf<typeof listRegistryRecordsDescriptor>;
export type RegistryRecordsResult = FullResultOf<typeof listRegistryRecordsDescriptor>;
export type RegistryRecordsItem = ItemOf<typeof listRegistryRecordsDescriptor>;

/** ListWorkloadIdentities. */
export interface ListWorkloadIdentitiesFilters extends FiltersOf<typeof listWorkloadIdentitiesDescriptor> {}
export type WorkloadIdentitiesPage = PageOf<typeof listWorkloadIdentitiesDescriptor>;
export type WorkloadIdentitiesResult = FullResultOf<typeof listWorkloadIdentitiesDescriptor>;
export type WorkloadIdentitiesItem = ItemOf<typeof listWorkloadIdentitiesDescriptor>;
