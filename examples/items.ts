// Walks every active custom model one at a time and counts them by customization type.
// Run: npx tsx examples/items.ts
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { iterateListCustomModels } from 'bedrock-paginators';

const client = new BedrockClient({});
const byType = new Map<string, number>();

for await (const model of iterateListCustomModels(client, { modelStatus: 'Active' }, { PageSize: 100 })) {
	const type = model.customizationType ?? 'UNKNOWN';
	byType.set(type, (byType.get(type) ?? 0) + 1);
}
console.log(Object.fromEntries([...byType].sort()));
client.destroy();
