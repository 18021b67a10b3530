// Resuming by hand with tokens: handles models one by one and saves the iterator's NextToken after each, so a
// Ctrl-C or a throttling storm loses nothing. (processCustomModels does all of this and more: see
// resumable-job.ts.) Run it again to carry on where it stopped.
// Run: npx tsx examples/resume.ts [checkpoint-file] [models-per-run]   (your AWS configuration, or AWS_ENDPOINT_URL_BEDROCK)
// Without an account: npm run example -- resume   (an embedded local endpoint, the same catalogue on every run)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { iterateListCustomModels, resumeTokenOf } from 'bedrock-paginators';
import { requireAwsConfig } from './support/aws-config.js';

const checkpointFile = process.argv[2] ?? '.state/list-custom-models.token';
mkdirSync(dirname(checkpointFile), { recursive: true });
const perRun = Number(process.argv[3] ?? 25);
const saved = existsSync(checkpointFile) ? readFileSync(checkpointFile, 'utf8').trim() : undefined;

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const client = new BedrockClient({});
await requireAwsConfig(client, 'resume');
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

const models = iterateListCustomModels(
	client,
	{ sortOrder: 'Ascending' },
	{ MaxItems: perRun, StartingToken: saved || undefined },
	{ signal: controller.signal, onRetry: ({ delay, error }) => console.error(`retrying in ${delay} ms after ${(error as Error).name}`) },
);
try {
	for await (const model of models) {
		console.log(model.modelArn); // the work for one model goes here
		writeFileSync(checkpointFile, models.NextToken ?? ''); // exactly after this model
	}
	if (models.NextToken === undefined) {
		rmSync(checkpointFile, { force: true });
		console.error('done: every model handled');
	} else {
		console.error(`stopped after ${perRun} models; run again to continue`);
	}
} catch (error) {
	// Every error of a listing carries the token that resumes exactly there; the checkpoint already holds it.
	console.error(`stopped by ${(error as Error).name} (resumes at ${resumeTokenOf(error) ?? 'the start'}); run again to resume from ${checkpointFile}`);
	process.exitCode = 1;
} finally {
	client.destroy();
}
