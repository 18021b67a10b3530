// A job as a container runs it, for the SIGTERM tests: stopOnSignals() gives the job its signal; handlers take
// 20 ms, then give up when their signal is aborted. With `stall`, the first twenty handlers finish and every later
// one appends a line to `<output>.stalled` and waits for its signal: a test that waits for that line knows a handler
// is running when its SIGTERM arrives (a SIGTERM between two pages would find none). With `hang`, the first five handlers finish and every later
// one waits for ever, whatever its signal: handlers are then surely running when the test's SIGTERM arrives (not
// only if it lands while one is in flight), so only the grace ends the run and a second SIGTERM meanwhile must
// end the process. Prints the summary, or how it stopped, as JSON; exits 143 on SIGTERM.
// Usage: node signal-job.mjs <endpoint> <checkpoint> <output> [give-up|stall|hang]
import { appendFileSync } from 'node:fs';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { fileCheckpoint, isAbortError, processCustomModels, stopOnSignals } from '../../dist/index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const [endpoint, checkpoint, output, handlers = 'give-up'] = process.argv.slice(2);
const client = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
const signal = stopOnSignals(['SIGTERM']);
let abortedHandlers = 0;
let started = 0;
try {
	const summary = await processCustomModels(
		client,
		{},
		async (model, context) => {
			// A minute's timer, not a bare pending promise: with nothing else to wait for, Node would end the process.
			started++;
			if (handlers === 'hang' && started > 5) await new Promise((resolve) => setTimeout(resolve, 60_000));
			if (handlers === 'stall' && started > 20) {
				appendFileSync(`${output}.stalled`, `${model.modelArn}\n`);
				await new Promise((resolve) => {
					const timer = setTimeout(resolve, 60_000);
					if (context.signal.aborted) resolve(clearTimeout(timer));
					else context.signal.addEventListener('abort', () => resolve(clearTimeout(timer)), { once: true });
				});
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
			if (context.signal.aborted) {
				abortedHandlers++;
				throw context.signal.reason;
			}
			appendFileSync(output, `${model.modelArn}\n`);
		},
		// With `hang`, a grace far longer than the test's bound: a stalled machine must not let the grace end first.
		{ checkpoint: fileCheckpoint(checkpoint), concurrency: 4, signal, shutdownGraceMs: handlers === 'hang' ? 10_000 : 2_000 },
	);
	process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (error) {
	if (!isAbortError(error)) throw error;
	process.stdout.write(`${JSON.stringify({ stopped: error.name, reason: error.cause?.signal, abortedHandlers })}\n`);
	process.exitCode = 143;
} finally {
	client.destroy();
}
