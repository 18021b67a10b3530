// Every paginated Bedrock list operation has the same three functions, typed from the SDK:
// paginateListX (pages), iterateListX (items) and buildListXResult (the full result). And an operation the
// library does not know yet takes one defineOperation() call.
// Run: npx tsx examples/operations.ts   (against AWS_ENDPOINT_URL_BEDROCK, or your account)
// Without an account: npm run example -- operations   (an embedded local endpoint)
import { BedrockClient, ListModelCopyJobsCommand } from '@aws-sdk/client-bedrock';
import { defineOperation, iterateListGuardrails, paginate, paginateListModelCustomizationJobs } from 'bedrock-paginators';
import { requireAwsConfig } from './support/aws-config.js';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const client = new BedrockClient({});
await requireAwsConfig(client, 'operations');

for await (const page of paginateListModelCustomizationJobs(client, { statusEquals: 'InProgress' }, { PageSize: 50 })) {
	for (const job of page.modelCustomizationJobSummaries) console.log(`${job.jobName}\t${job.status}`);
}

for await (const guardrail of iterateListGuardrails(client, {}, { MaxItems: 10 })) {
	console.log(`${guardrail.name}\t${guardrail.version}`);
}

// Your own descriptor: every type comes from the command class.
const listCopyJobs = defineOperation(ListModelCopyJobsCommand, {
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	resultKey: 'modelCopyJobSummaries',
});
for await (const page of paginate(listCopyJobs, client, { statusEquals: 'Completed' }, { MaxItems: 5 })) {
	console.log(page.modelCopyJobSummaries.map((job) => job.targetModelName).join(', '), page.NextToken ?? '');
}
client.destroy();
