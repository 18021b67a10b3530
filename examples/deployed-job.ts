// A job as it runs where it is deployed: in a cron slot or a Lambda (maxDuration), in a container (SIGTERM),
// with one checkpoint per region, failures kept for a redrive, and an idempotency key that turns an item
// handled twice (after a crash) into a no-op on the service side.
//
// It copies every custom model to another region with CreateModelCopyJob. Without --apply it prints the
// request it would send; the clientRequestToken is the same for a model on every run.
// Run: npm run example -- deployed-job [--apply] [--redrive] [--target us-west-2] [--slot-ms 840000] [--state .state] [--port N]
// Without AWS_ENDPOINT_URL_BEDROCK it lists an embedded local endpoint: the same models on the same port (default
// 4571) on every run, so a rerun resumes from its checkpoint.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BedrockClient, CreateModelCopyJobCommand, type CustomModelSummary } from '@aws-sdk/client-bedrock';
import { fileCheckpoint, isAbortError, isCheckpointError, processCustomModels, stopOnSignals, type HandlerContext } from 'bedrock-paginators';
import { startExampleEndpoint } from './support/embedded-endpoint.js';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { values } = parseArgs({
	options: {
		apply: { type: 'boolean' },
		redrive: { type: 'boolean' },
		target: { type: 'string', default: 'us-west-2' },
		'slot-ms': { type: 'string', default: String(14 * 60_000) },
		state: { type: 'string', default: '.state' },
		delay: { type: 'string', default: '10' },
		port: { type: 'string', default: '4571' },
	},
});

const local = process.env['AWS_ENDPOINT_URL_BEDROCK'] === undefined ? await startExampleEndpoint(Number(values.port), { models: 200, seed: 42 }) : undefined;
const client = new BedrockClient(local === undefined ? {} : { endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const region = await client.config.region();

// One checkpoint per region (and account): a checkpoint resumed against another service is refused.
const checkpoint = fileCheckpoint(join(values.state, `copy-models-${region}.json`));

async function copyModel(model: CustomModelSummary, context: HandlerContext): Promise<void> {
	if (model.modelStatus !== undefined && model.modelStatus !== 'Active') throw new Error(`${model.modelName} is ${model.modelStatus}: not copied`);
	const input = {
		sourceModelArn: model.modelArn,
		targetModelName: `${model.modelName}-copy`,
		// The same for this model on every run of this job: a second request after a crash starts nothing new.
		clientRequestToken: context.idempotencyKey,
	};
	await new Promise((resolve) => setTimeout(resolve, Number(values.delay)));
	if (values.apply) {
		const target = new BedrockClient({ region: values.target });
		await target.send(new CreateModelCopyJobCommand(input), { abortSignal: context.signal });
		target.destroy();
	}
	console.log(`${values.apply ? 'started' : 'would start'} a copy of ${model.modelName} with clientRequestToken ${input.clientRequestToken}`);
}

try {
	const summary = await processCustomModels(client, {}, copyModel, {
		checkpoint,
		concurrency: 4,
		onError: 'continue', // a model that cannot be copied is recorded; --redrive tries those again
		redrive: values.redrive === true,
		maxDuration: Number(values['slot-ms']), // a Lambda's 15 minutes, less a margin
		signal: stopOnSignals(['SIGTERM', 'SIGINT']), // Kubernetes and ECS send SIGTERM before SIGKILL
	});
	console.error(
		`${summary.mode === 'redrive' ? 'Redrove' : 'Handled'} ${summary.handled} models (${summary.failed} failed) in ${Math.round(summary.elapsedMs)} ms; ` +
			`${summary.openFailures} failures recorded; stopped by ${summary.stoppedBy}; complete: ${summary.complete}.`,
	);
} catch (error) {
	if (isCheckpointError(error)) {
		// Another run holds the checkpoint, or it belongs to another listing or service: the error says which.
		console.error(error.message);
		process.exitCode = 1;
	} else {
		if (!isAbortError(error)) throw error;
		console.error(`Stopped (${(error.cause as Error).message}); the checkpoint is saved. Run again to continue.`);
		process.exitCode = 143;
	}
} finally {
	client.destroy();
	await local?.close();
}
