// A resumable batch job: audits every active custom model, four at a time, checkpointing after each one.
// Kill it with Ctrl-C (or kill -9) and run it again: it continues right after the last model audited, even if
// models were created or deleted meanwhile. Once the listing is complete, a run does nothing until the
// checkpoint is cleared (--reset).
// Run: npx tsx examples/resumable-job.ts [--reset] [--checkpoint .state/audit.json]
// Without AWS_ENDPOINT_URL_BEDROCK it lists an embedded local endpoint with a seeded catalogue (the same models
// on every run).
import { parseArgs } from 'node:util';
import { BedrockClient, type CustomModelSummary } from '@aws-sdk/client-bedrock';
import { fileCheckpoint, isAbortError, processCustomModels } from 'bedrock-paginators';
import { startLocalBedrock } from 'bedrock-paginators/local';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { values } = parseArgs({ options: { reset: { type: 'boolean' }, checkpoint: { type: 'string', default: '.state/audit.json' }, delay: { type: 'string', default: '20' } } });

const local = process.env['AWS_ENDPOINT_URL_BEDROCK'] === undefined ? await startLocalBedrock({ models: 400, seed: 42 }) : undefined;
const client = new BedrockClient(local === undefined ? {} : { endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const checkpoint = fileCheckpoint(values.checkpoint);
if (values.reset) await checkpoint.clear();

const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('Ctrl-C')));

// The work for one model. It must be safe to run twice for the same model (delivery is at least once).
async function audit(model: CustomModelSummary): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, Number(values.delay)));
	console.log(`audited ${model.modelName}`);
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
			: `Audited ${summary.handled} models in ${summary.pages} pages (${summary.requests} requests, ${summary.retries} retries, resumed: ${summary.resumed}); complete: ${summary.complete}.`,
	);
} catch (error) {
	if (!isAbortError(error)) throw error;
	console.error(`Stopped; the checkpoint ${values.checkpoint} is saved. Run again to continue.`);
	process.exitCode = 130;
} finally {
	client.destroy();
	await local?.close();
}
