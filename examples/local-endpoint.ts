// The embedded local endpoint in your own tests: a seeded catalogue, 20% of requests throttled,
// listed with a real BedrockClient over HTTP on 127.0.0.1.
// Run: npx tsx examples/local-endpoint.ts
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { buildListCustomModelsResult } from 'bedrock-paginators';
import { startLocalBedrock } from 'bedrock-paginators/local';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const local = await startLocalBedrock({ models: 2500, faults: { throttleProbability: 0.2 } });
const client = new BedrockClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });

const { modelSummaries } = await buildListCustomModelsResult(client, { isOwned: true }, { PageSize: 100 });
const throttled = local.requests.filter((request) => request.status === 429).length;
console.log(`${modelSummaries.length} owned models listed; ${throttled} of ${local.requests.length} requests were throttled and retried`);

client.destroy();
await local.close();
