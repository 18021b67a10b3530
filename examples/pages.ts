// Lists custom models page by page, oldest first, and shows the token that resumes after each page.
// Run: npx tsx examples/pages.ts   (uses your AWS configuration, or AWS_ENDPOINT_URL_BEDROCK for a local endpoint)
// Without an account: npm run example -- pages   (an embedded local endpoint)
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { paginateListCustomModels } from 'bedrock-paginators';
import { requireAwsConfig } from './support/aws-config.js';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const client = new BedrockClient({});
await requireAwsConfig(client, 'pages');

for await (const page of paginateListCustomModels(client, { sortOrder: 'Ascending' }, { MaxItems: 120, PageSize: 50 })) {
	for (const model of page.modelSummaries) console.log(`${model.modelName}\t${model.modelStatus ?? ''}`);
	console.error(`-- ${page.modelSummaries.length} models; resume after them with: ${page.NextToken ?? '(nothing follows)'}`);
}
client.destroy();
