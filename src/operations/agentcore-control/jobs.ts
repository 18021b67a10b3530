/**
 * The resumable job of every @aws-sdk/client-bedrock-agentcore-control operation: `processX(client, input, handler, options)`, named after
 * the operation without its `List` prefix. A resume is anchored on the last item handled only where the listing
 * can be sorted by a time its items carry and they have a stable id; elsewhere it resumes by count into the page,
 * which is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../../jobs/job-functions.js';
import * as table from './table.js';
import type {
	ListAgentRuntimeEndpointsFilters, AgentRuntimeEndpointsItem,
	ListAgentRuntimeVersionsFilters, AgentRuntimeVersionsItem,
	ListAgentRuntimesFilters, AgentRuntimesItem,
	ListApiKeyCredentialProvidersFilters, ApiKeyCredentialProvidersItem,
	ListBrowserProfilesFilters, BrowserProfilesItem,
	ListBrowsersFilters, BrowsersItem,
	ListCodeInterpretersFilters, CodeInterpretersItem,
	ListConfigurationBundleVersionsFilters, ConfigurationBundleVersionsItem,
	ListConfigurationBundlesFilters, ConfigurationBundlesItem,
	ListEvaluatorsFilters, EvaluatorsItem,
	ListGatewayRulesFilters, GatewayRulesItem,
	ListGatewayTargetsFilters, GatewayTargetsItem,
	ListGatewaysFilters, GatewaysItem,
	ListHarnessesFilters, HarnessesItem,
	ListMemoriesFilters, MemoriesItem,
	ListOauth2CredentialProvidersFilters, Oauth2CredentialProvidersItem,
	ListOnlineEvaluationConfigsFilters, OnlineEvaluationConfigsItem,
	ListPaymentConnectorsFilters, PaymentConnectorsItem,
	ListPaymentCredentialProvidersFilters, PaymentCredentialProvidersItem,
	ListPaymentManagersFilters, PaymentManagersItem,
	ListPoliciesFilters, PoliciesItem,
	ListPolicyEngineSummariesFilters, PolicyEngineSummariesItem,
	ListPolicyEnginesFilters, PolicyEnginesItem,
	ListPolicyGenerationAssetsFilters, PolicyGenerationAssetsItem,
	ListPolicyGenerationSummariesFilters, PolicyGenerationSummariesItem,
	ListPolicyGenerationsFilters, PolicyGenerationsItem,
	ListPolicySummariesFilters, PolicySummariesItem,
	ListRegistriesFilters, RegistriesItem,
	ListRegistryRecordsFilters, RegistryRecordsItem,
	ListWorkloadIdentitiesFilters, WorkloadIdentitiesItem,
} from './types.js';

/** ListAgentRuntimeEndpoints: resumes by count (the listing has no time order to anchor on). */
export const processAgentRuntimeEndpoints: JobFunction<ListAgentRuntimeEndpointsFilters, AgentRuntimeEndpointsItem> = /* @__PURE__ */ createJobRunner(table.listAgentRuntimeEndpointsDescriptor);
/** ListAgentRuntimeVersions: resumes by count (the listing has no time order to anchor on). */
export const processAgentRuntimeVersions: JobFunction<ListAgentRuntimeVersionsFilters, AgentRuntimeVersionsItem> = /* @__PURE__ */ createJobRunner(table.listAgentRuntimeVersionsDescriptor);
/** ListAgentRuntimes: resumes by count (the listing has no time order to anchor on). */
export const processAgentRuntimes: JobFunction<ListAgentRuntimesFilters, AgentRuntimesItem> = /* @__PURE__ */ createJobRunner(table.listAgentRuntimesDescriptor);
/** ListApiKeyCredentialProviders: resumes by count (the listing has no time order to anchor on). */
export const processApiKeyCredentialProviders: JobFunction<ListApiKeyCredentialProvidersFilters, ApiKeyCredentialProvidersItem> = /* @__PURE__ */ createJobRunner(table.listApiKeyCredentialProvidersDescriptor);
/** ListBrowserProfiles: resumes by count (the listing has no time order to anchor on). */
export const processBrowserProfiles: JobFunction<ListBrowserProfilesFilters, BrowserProfilesItem> = /* @__PURE__ */ createJobRunner(table.listBrowserProfilesDescriptor);
/** ListBrowsers: resumes by count (the listing has no time order to anchor on). */
export const processBrowsers: JobFunction<ListBrowsersFilters, BrowsersItem> = /* @__PURE__ */ createJobRunner(table.listBrowsersDescriptor);
/** ListCodeInterpreters: resumes by count (the listing has no time order to anchor on). */
export const processCodeInterpreters: JobFunction<ListCodeInterpretersFilters, CodeInterpretersItem> = /* @__PURE__ */ createJobRunner(table.listCodeInterpretersDescriptor);
/** ListConfigurationBundleVersions: resumes by count (the listing has no time order to anchor on). */
export const processConfigurationBundleVersions: JobFunction<ListConfigurationBundleVersionsFilters, ConfigurationBundleVersionsItem> = /* @__PURE__ */ createJobRunner(table.listConfigurationBundleVersionsDescriptor);
/** ListConfigurationBundles: resumes by count (the listing has no time order to anchor on). */
export const processConfigurationBundles: JobFunction<ListConfigurationBundlesFilters, ConfigurationBundlesItem> = /* @__PURE__ */ createJobRunner(table.listConfigurationBundlesDescriptor);
/** ListEvaluators: resumes by count (the listing has no time order to anchor on). */
export const processEvaluators: JobFunction<ListEvaluatorsFilters, EvaluatorsItem> = /* @__PURE__ */ createJobRunner(table.listEvaluatorsDescriptor);
/** ListGatewayRules: resumes by count (the listing has no time order to anchor on). */
export const processGatewayRules: JobFunction<ListGatewayRulesFilters, GatewayRulesItem> = /* @__PURE__ */ createJobRunner(table.listGatewayRulesDescriptor);
/** ListGatewayTargets: resumes by count (the listing has no time order to anchor on). */
export const processGatewayTargets: JobFunction<ListGatewayTargetsFilters, GatewayTargetsItem> = /* @__PURE__ */ createJobRunner(table.listGatewayTargetsDescriptor);
/** ListGateways: resumes by count (the listing has no time order to anchor on). */
export const processGateways: JobFunction<ListGatewaysFilters, GatewaysItem> = /* @__PURE__ */ createJobRunner(table.listGatewaysDescriptor);
/** ListHarnesses: resumes by count (the listing has no time order to anchor on). */
export const processHarnesses: JobFunction<ListHarnessesFilters, HarnessesItem> = /* @__PURE__ */ createJobRunner(table.listHarnessesDescriptor);
/** ListMemories: resumes by count (the listing has no time order to anchor on). */
export const processMemories: JobFunction<ListMemoriesFilters, MemoriesItem> = /* @__PURE__ */ createJobRunner(table.listMemoriesDescriptor);
/** ListOauth2CredentialProviders: resumes by count (the listing has no time order to anchor on). */
export const processOauth2CredentialProviders: JobFunction<ListOauth2CredentialProvidersFilters, Oauth2CredentialProvidersItem> = /* @__PURE__ */ createJobRunner(table.listOauth2CredentialProvidersDescriptor);
/** ListOnlineEvaluationConfigs: resumes by count (the listing has no time order to anchor on). */
export const processOnlineEvaluationConfigs: JobFunction<ListOnlineEvaluationConfigsFilters, OnlineEvaluationConfigsItem> = /* @__PURE__ */ createJobRunner(table.listOnlineEvaluationConfigsDescriptor);
/** ListPaymentConnectors: resumes by count (the listing has no time order to anchor on). */
export const processPaymentConnectors: JobFunction<ListPaymentConnectorsFilters, PaymentConnectorsItem> = /* @__PURE__ */ createJobRunner(table.listPaymentConnectorsDescriptor);
/** ListPaymentCredentialProviders: resumes by count (the listing has no time order to anchor on). */
export const processPaymentCredentialProviders: JobFunction<ListPaymentCredentialProvidersFilters, PaymentCredentialProvidersItem> = /* @__PURE__ */ createJobRunner(table.listPaymentCredentialProvidersDescriptor);
/** ListPaymentManagers: resumes by count (the listing has no time order to anchor on). */
export const processPaymentManagers: JobFunction<ListPaymentManagersFilters, PaymentManagersItem> = /* @__PURE__ */ createJobRunner(table.listPaymentManagersDescriptor);
/** ListPolicies: resumes by count (the listing has no time order to anchor on). */
export const processPolicies: JobFunction<ListPoliciesFilters, PoliciesItem> = /* @__PURE__ */ createJobRunner(table.listPoliciesDescriptor);
/** ListPolicyEngineSummaries: resumes by count (the listing has no time order to anchor on). */
export const processPolicyEngineSummaries: JobFunction<ListPolicyEngineSummariesFilters, PolicyEngineSummariesItem> = /* @__PURE__ */ createJobRunner(table.listPolicyEngineSummariesDescriptor);
/** ListPolicyEngines: resumes by count (the listing has no time order to anchor on). */
export const processPolicyEngines: JobFunction<ListPolicyEnginesFilters, PolicyEnginesItem> = /* @__PURE__ */ createJobRunner(table.listPolicyEnginesDescriptor);
/** ListPolicyGenerationAssets: resumes by count (the listing has no time order to anchor on). */
export const processPolicyGenerationAssets: JobFunction<ListPolicyGenerationAssetsFilters, PolicyGenerationAssetsItem> = /* @__PURE__ */ createJobRunner(table.listPolicyGenerationAssetsDescriptor);
/** ListPolicyGenerationSummaries: resumes by count (the listing has no time order to anchor on). */
export const processPolicyGenerationSummaries: JobFunction<ListPolicyGenerationSummariesFilters, PolicyGenerationSummariesItem> = /* @__PURE__ */ createJobRunner(table.listPolicyGenerationSummariesDescriptor);
/** ListPolicyGenerations: resumes by count (the listing has no time order to anchor on). */
export const processPolicyGenerations: JobFunction<ListPolicyGenerationsFilters, PolicyGenerationsItem> = /* @__PURE__ */ createJobRunner(table.listPolicyGenerationsDescriptor);
/** ListPolicySummaries: resumes by count (the listing has no time order to anchor on). */
export const processPolicySummaries: JobFunction<ListPolicySummariesFilters, PolicySummariesItem> = /* @__PURE__ */ createJobRunner(table.listPolicySummariesDescriptor);
/** ListRegistries: resumes by count (the listing has no time order to anchor on). */
export const processRegistries: JobFunction<ListRegistriesFilters, RegistriesItem> = /* @__PURE__ */ createJobRunner(table.listRegistriesDescriptor);
/** ListRegistryRecords: resumes by count (the listing has no time order to anchor on). */
export const processRegistryRecords: JobFunction<ListRegistryRecordsFilters, RegistryRecordsItem> = /* @__PURE__ */ createJobRunner(table.listRegistryRecordsDescriptor);
/** ListWorkloadIdentities: resumes by count (the listing has no time order to anchor on). */
export const processWorkloadIdentities: JobFunction<ListWorkloadIdentitiesFilters, WorkloadIdentitiesItem> = /* @__PURE__ */ createJobRunner(table.listWorkloadIdentitiesDescriptor);
