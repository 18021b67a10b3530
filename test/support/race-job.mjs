// A machine that runs the same job as another, for the "two machines on one checkpoint" test: it reads
// `<checkpoint spec>` lines on stdin (as crash-job.mjs takes them), runs the job on each at once, and prints
// one JSON line per run: { handled } or { error: 'Name: message' }. Usage: node race-job.mjs <endpoint>
import { createInterface } from 'node:readline';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { S3Client } from '@aws-sdk/client-s3';
import { processCustomModels } from '../../dist/index.js';
import { s3Checkpoint } from '../../dist/s3/index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const [endpoint] = process.argv.slice(2);
const bedrock = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
const clients = new Map();

for await (const spec of createInterface({ input: process.stdin })) {
	const [, Bucket, Key, storeEndpoint] = /^s3:\/\/([^/]+)\/([^@]+)@(.+)$/.exec(spec) ?? [];
	if (!clients.has(storeEndpoint)) clients.set(storeEndpoint, new S3Client({ endpoint: storeEndpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'AKIDMOTO', secretAccessKey: 'moto-secret' } }));
	try {
		const summary = await processCustomModels(bedrock, {}, () => new Promise((resolve) => setTimeout(resolve, 10)), { checkpoint: s3Checkpoint({ client: clients.get(storeEndpoint), Bucket, Key }) });
		process.stdout.write(`${JSON.stringify({ handled: summary.handled })}\n`);
	} catch (error) {
		process.stdout.write(`${JSON.stringify({ error: `${error.name}: ${error.message}` })}\n`);
	}
}
bedrock.destroy();
for (const client of clients.values()) client.destroy();
