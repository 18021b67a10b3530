// A resumable job in a process of its own, for the crash tests: handles every custom model of the endpoint
// by appending its ARN to a file, checkpointing in another. The test kills it at random and runs it again.
// Usage: node crash-job.mjs <endpoint> <checkpoint> <output> <concurrency> <max handler delay ms>
// (a negative delay -D: handlers take D to 1.5 D ms)
import { appendFileSync } from 'node:fs';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { fileCheckpoint, processCustomModels } from '../../dist/index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const [endpoint, checkpoint, output, concurrency = '1', maxDelay = '0'] = process.argv.slice(2);
const client = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
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
		{ checkpoint: fileCheckpoint(checkpoint), pagination: { PageSize: 50 }, concurrency: Number(concurrency) },
	);
	process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (error) {
	process.stderr.write(`${error.name}: ${error.message}\n`);
	process.exitCode = 1;
} finally {
	client.destroy();
}
