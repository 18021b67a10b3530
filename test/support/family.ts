/**
 * The six other Bedrock SDK clients against the local endpoint, and what a request of each family operation
 * needs: its path parameters (from the endpoint) and the required members that are not paths (written here).
 */
import * as agent from '@aws-sdk/client-bedrock-agent';
import * as agentRuntime from '@aws-sdk/client-bedrock-agent-runtime';
import * as agentCore from '@aws-sdk/client-bedrock-agentcore';
import * as agentCoreControl from '@aws-sdk/client-bedrock-agentcore-control';
import * as dataAutomation from '@aws-sdk/client-bedrock-data-automation';
import * as runtime from '@aws-sdk/client-bedrock-runtime';
import type { LocalBedrock } from '../../src/local/index.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

interface SdkClient {
	send(command: unknown): Promise<Record<string, unknown>>;
	destroy(): void;
}
type SdkModule = Record<string, unknown>;

const MODULES: Readonly<Record<string, readonly [SdkModule, string]>> = {
	'bedrock-agent': [agent, 'BedrockAgentClient'],
	'bedrock-agent-runtime': [agentRuntime, 'BedrockAgentRuntimeClient'],
	'bedrock-agentcore': [agentCore, 'BedrockAgentCoreClient'],
	'bedrock-agentcore-control': [agentCoreControl, 'BedrockAgentCoreControlClient'],
	'bedrock-data-automation': [dataAutomation, 'BedrockDataAutomationClient'],
	'bedrock-runtime': [runtime, 'BedrockRuntimeClient'],
};

const PAYMENT_MANAGER_ARN = 'arn:aws:bedrock-agentcore:us-east-1:123456789012:payment-manager/local-manager-abcdefghij';

/** Members each operation requires beside its path parameters, with values the service accepts. */
export const REQUIRED_INPUTS: Readonly<Record<string, Record<string, unknown>>> = {
	'bedrock-agent-runtime:Rerank': {
		queries: [{ type: 'TEXT', textQuery: { text: 'Which refund policy applies?' } }],
		sources: [{ type: 'INLINE', inlineDocumentSource: { type: 'TEXT', textDocument: { text: 'Refunds within 30 days.' } } }],
		rerankingConfiguration: {
			type: 'BEDROCK_RERANKING_MODEL',
			bedrockRerankingConfiguration: { modelConfiguration: { modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.rerank-v1:0' } },
		},
	},
	'bedrock-agent-runtime:Retrieve': { retrievalQuery: { text: 'refund policy' } },
	'bedrock-agent-runtime:GetAgentMemory': { memoryId: 'memory-1', memoryType: 'SESSION_SUMMARY' },
	'bedrock-agent-runtime:ListFlowExecutionEvents': { eventType: 'Flow' },
	'bedrock-agentcore:ListPaymentInstruments': { paymentManagerArn: PAYMENT_MANAGER_ARN },
	'bedrock-agentcore:ListPaymentSessions': { paymentManagerArn: PAYMENT_MANAGER_ARN },
	'bedrock-agentcore:RetrieveMemoryRecords': { searchCriteria: { searchQuery: 'preferences' } },
};

/** The SDK client of a service, to the local endpoint, with no retries (an error is the answer to check). */
export function familyClient(local: LocalBedrock, service: string): SdkClient {
	const [module, name] = MODULES[service] ?? [];
	const Client = module?.[name as string] as (new (config: object) => SdkClient) | undefined;
	if (Client === undefined) throw new Error(`No SDK client for ${service}`);
	return new Client({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' }, maxAttempts: 1 });
}

/** The SDK's command for an operation (`ListAgentsCommand` of client-bedrock-agent). */
export function familyCommand(service: string, operation: string, input: Record<string, unknown>): unknown {
	const Command = MODULES[service]?.[0][`${operation}Command`] as (new (input: object) => unknown) | undefined;
	if (Command === undefined) throw new Error(`No ${operation}Command in the ${service} client`);
	return new Command(input);
}
