/** The real BedrockClient over real HTTP to the project's own local endpoint (loopback only). */
import { BedrockClient, type BedrockClientConfig } from '@aws-sdk/client-bedrock';
import { startLocalBedrock, type LocalBedrock, type LocalBedrockOptions } from '../../src/local/index.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

export function clientFor(local: LocalBedrock, config: BedrockClientConfig = {}): BedrockClient {
	return new BedrockClient({
		endpoint: local.endpoint,
		region: 'us-east-1',
		credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
		...config,
	});
}

/** Starts an endpoint for one test file; `using`-style cleanup through the returned `close`. */
export async function withLocal(options: LocalBedrockOptions = {}) {
	const local = await startLocalBedrock(options);
	const client = clientFor(local);
	return {
		local,
		client,
		async close() {
			client.destroy();
			await local.close();
		},
	};
}

/** ListCustomModels requests the endpoint answered (all of them are, here). */
export const listRequests = (local: LocalBedrock) => local.requests.filter((r) => r.path === '/custom-models');
