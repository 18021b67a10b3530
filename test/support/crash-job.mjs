// A resumable job in a process of its own, for the crash tests: handles every custom model of the endpoint
// by appending its ARN to a file, checkpointing in a file, an S3 object or a DynamoDB item. The test kills it
// at random and runs it again.
// Usage: node crash-job.mjs <endpoint> <checkpoint> <output> <concurrency> <max handler delay ms>
// <checkpoint>: a file path, `s3://<bucket>/<key>@<s3 endpoint>` or `dynamodb://<table>/<key>@<endpoint>`
// (a negative delay -D: handlers take D to 1.5 D ms). Environment: LEASE_MS (remote stores), MAX_DURATION.
import { appendFileSync } from 'node:fs';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { fileCheckpoint, processCustomModels } from '../../dist/index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const [endpoint, checkpoint, output, concurrency = '1', maxDelay = '0'] = process.argv.slice(2);
const client = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });

async function openCheckpoint(spec) {
	const match = /^(s3|dynamodb):\/\/([^/]+)\/([^@]+)@(.+)$/.exec(spec);
	if (match === null) return fileCheckpoint(spec);
	const [, kind, container, key, storeEndpoint] = match;
	const config = { endpoint: storeEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDMOTO', secretAccessKey: 'moto-secret' } };
	const leaseMs = process.env.LEASE_MS === undefined ? undefined : Number(process.env.LEASE_MS);
	if (kind === 's3') {
		const [{ S3Client }, { s3Checkpoint }] = await Promise.all([import('@aws-sdk/client-s3'), import('../../dist/s3/index.js')]);
		return s3Checkpoint({ client: new S3Client({ ...config, forcePathStyle: true }), Bucket: container, Key: key, leaseMs });
	}
	const [{ DynamoDBClient }, { dynamoCheckpoint }] = await Promise.all([import('@aws-sdk/client-dynamodb'), import('../../dist/dynamodb/index.js')]);
	return dynamoCheckpoint({ client: new DynamoDBClient(config), TableName: container, key, leaseMs });
}

appendFileSync(output, `# run ${process.pid}\n`);
try {
	const summary = await processCustomModels(
		client,
		{},
		async (model) => {
			const delay = Number(maxDelay) < 0 ? -Number(maxDelay) * (1 + Math.random() / 2) : Math.random() * Number(maxDelay);
			if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
			appendFileSync(output, `${model.modelArn}\n`);
		},
		{
			checkpoint: await openCheckpoint(checkpoint),
			pagination: { PageSize: 50 },
			concurrency: Number(concurrency),
			maxDuration: process.env.MAX_DURATION === undefined ? undefined : Number(process.env.MAX_DURATION),
		},
	);
	process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (error) {
	process.stderr.write(`${error.name}: ${error.message}\n`);
	process.exitCode = 1;
} finally {
	client.destroy();
}
