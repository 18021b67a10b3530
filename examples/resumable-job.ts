// A resumable batch job: audits every active custom model, four at a time, checkpointing as it goes.
// Stop it with Ctrl-C (or kill -9) and run it again: it continues right after the last model audited, from the
// page the checkpoint's token names, even if models were created or deleted meanwhile. Once the listing is
// complete, a run does nothing until the checkpoint is cleared (--reset).
// Run: npm run example -- resumable-job [--delay MS] [--reset] [--checkpoint .state/audit.json] [--port N]
//   --delay MS   how long auditing one model takes (default 100): four at a time, about 40 models a second,
//                slow enough to press Ctrl-C by hand halfway through
//   --port N     the embedded endpoint's port (default 4570; a busy port makes it pick a free one)
// Without AWS_ENDPOINT_URL_BEDROCK it lists an embedded local endpoint with a seeded catalogue: every run
// serves the same models on the same port, and accepts the page tokens of the run before (they are signed
// with a key derived from the seed), as a real service accepts its own tokens.
import { parseArgs } from 'node:util';
import { BedrockClient, type CustomModelSummary } from '@aws-sdk/client-bedrock';
import { fileCheckpoint, isAbortError, isCheckpointError, processCustomModels } from 'bedrock-paginators';
import { startExampleEndpoint } from './support/embedded-endpoint.js';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { values } = parseArgs({
	options: {
		reset: { type: 'boolean' },
		checkpoint: { type: 'string', default: '.state/audit.json' },
		delay: { type: 'string', default: '100' },
		port: { type: 'string', default: '4570' },
	},
});

const local = process.env['AWS_ENDPOINT_URL_BEDROCK'] === undefined ? await startExampleEndpoint(Number(values.port), { models: 400, seed: 42 }) : undefined;
const client = new BedrockClient(local === undefined ? {} : { endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const checkpoint = fileCheckpoint(values.checkpoint);
if (values.reset) await checkpoint.clear();

const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('Ctrl-C')));
// `| head`: once the reader has gone, stop (the checkpoint is saved) instead of dying of an EPIPE stack trace.
let outputClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	outputClosed = true;
	controller.abort(error);
});

// The work for one model. It must be safe to run twice for the same model (delivery is at least once).
async function audit(model: CustomModelSummary): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, Number(values.delay)));
	if (!outputClosed) console.log(`audited ${model.modelName}`);
}

try {
	const summary = await processCustomModels(client, { modelStatus: 'Active' }, audit, {
		checkpoint,
		pagination: { PageSize: 50 },
		concurrency: 4,
		signal: controller.signal,
	});
	console.error(
		summary.stoppedBy === 'alreadyComplete'
			? `Already complete; run with --reset to audit again.`
			: `Audited ${summary.handled} models, skipped ${summary.skipped} audited by an earlier run, in ${summary.pages} pages ` +
					`(${summary.requests} requests, ${summary.retries} retries, resumed: ${summary.resumed}); complete: ${summary.complete}.`,
	);
} catch (error) {
	if (isAbortError(error)) {
		console.error(`${outputClosed ? 'Output closed' : 'Stopped'}; the checkpoint ${values.checkpoint} is saved. Run again to continue.`);
		process.exitCode = outputClosed ? 0 : 130;
	} else if (isCheckpointError(error)) {
		// Another run holds the checkpoint, or it belongs to another listing or service: the error says which.
		console.error(error.message);
		process.exitCode = 1;
	} else {
		throw error;
	}
} finally {
	client.destroy();
	await local?.close();
}
