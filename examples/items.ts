// Walks every active custom model one at a time and counts them by customization type.
// Run: npx tsx examples/items.ts   (uses your AWS configuration, or AWS_ENDPOINT_URL_BEDROCK for a local endpoint)
// Without an account: npm run example -- items   (an embedded local endpoint)
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { iterateListCustomModels } from 'bedrock-paginators';
import { requireAwsConfig } from './support/aws-config.js';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const client = new BedrockClient({});
await requireAwsConfig(client, 'items');
const byType = new Map<string, number>();

for await (const model of iterateListCustomModels(client, { modelStatus: 'Active' }, { PageSize: 100 })) {
	const type = model.customizationType ?? 'UNKNOWN';
	byType.set(type, (byType.get(type) ?? 0) + 1);
}
console.log(Object.fromEntries([...byType].sort()));
client.destroy();
