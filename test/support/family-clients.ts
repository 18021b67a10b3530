/**
 * The further Bedrock clients, each with its SDK package, descriptor table and sub-path entry, for the tests
 * that check every client's table the same way.
 */
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';

export interface FamilyClient {
	/** The sub-path: `bedrock-paginators/<path>`. */
	readonly path: string;
	/** botocore's service name. */
	readonly service: string;
	readonly sdkPackage: string;
	readonly sdk: Record<string, unknown>;
	readonly descriptors: AnyOperationDescriptor[];
	readonly entry: Record<string, unknown>;
	/**
	 * Paginated operations the pinned SDK has and botocore 1.43 does not describe yet (so they have no
	 * paginator model to check a descriptor against); a further one fails a test.
	 */
	readonly sdkOnly: readonly string[];
}

const client = (path: string, sdkPackage: string, sdk: object, table: object, entry: object, sdkOnly: readonly string[] = []): FamilyClient => ({
	path,
	service: `bedrock-${path}`,
	sdkPackage,
	sdk: sdk as Record<string, unknown>,
	descriptors: Object.values(table) as AnyOperationDescriptor[],
	entry: entry as Record<string, unknown>,
	sdkOnly,
});

export const FAMILY: readonly FamilyClient[] = [
	client(
		'runtime',
		'@aws-sdk/client-bedrock-runtime',
		await import('@aws-sdk/client-bedrock-runtime'),
		await import('../../src/operations/runtime/table.js'),
		await import('../../src/clients/runtime/index.js'),
	),
	client(
		'data-automation',
		'@aws-sdk/client-bedrock-data-automation',
		await import('@aws-sdk/client-bedrock-data-automation'),
		await import('../../src/operations/data-automation/table.js'),
		await import('../../src/clients/data-automation/index.js'),
	),
	client(
		'agent',
		'@aws-sdk/client-bedrock-agent',
		await import('@aws-sdk/client-bedrock-agent'),
		await import('../../src/operations/agent/table.js'),
		await import('../../src/clients/agent/index.js'),
	),
	client(
		'agent-runtime',
		'@aws-sdk/client-bedrock-agent-runtime',
		await import('@aws-sdk/client-bedrock-agent-runtime'),
		await import('../../src/operations/agent-runtime/table.js'),
		await import('../../src/clients/agent-runtime/index.js'),
	),
	client(
		'agentcore',
		'@aws-sdk/client-bedrock-agentcore',
		await import('@aws-sdk/client-bedrock-agentcore'),
		await import('../../src/operations/agentcore/table.js'),
		await import('../../src/clients/agentcore/index.js'),
	),
	client(
		'agentcore-control',
		'@aws-sdk/client-bedrock-agentcore-control',
		await import('@aws-sdk/client-bedrock-agentcore-control'),
		await import('../../src/operations/agentcore-control/table.js'),
		await import('../../src/clients/agentcore-control/index.js'),
		[
			'ListAgentRuntimeVersionsByCapacityProvider',
			'ListCapacityProviders',
			'ListConsentPortals',
			'ListDatasetExamples',
			'ListDatasetVersions',
			'ListDatasets',
			'ListGatewayRateLimits',
			'ListHarnessEndpoints',
			'ListHarnessVersions',
		],
	),
];

/** `ListAgents` → `Agents`: the stem of the job's and the types' names. */
export const stem = (operation: string) => operation.replace(/^List/, '');
