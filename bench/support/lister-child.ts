// One lister of all custom models in a process of its own: several of them share an endpoint's rate limit as
// separate jobs or machines share an account's. It prints `ready` once loaded, waits for `go` on stdin (so that
// siblings start together), lists, and prints one JSON line: a ListerOutcome (see listers.ts).
// Usage: node --import tsx bench/support/lister-child.ts <endpoint> <ours|unpaced> [seconds] [arns]
//   ours      paginateListCustomModels with default options, pages of 20
//   unpaced   a send() loop with the SDK's standard retries that asks again at once after a ThrottlingException
//   seconds   stops the listing after this many seconds (0: never); arns: also prints every ARN listed
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { BedrockClient, ListCustomModelsCommand } from '@aws-sdk/client-bedrock';
import { paginateListCustomModels } from '../../src/index.js';

const PAGE_SIZE = 20;
const [endpoint = '', mode = 'ours', seconds = '0', arns] = process.argv.slice(2);
const client = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
const signal = Number(seconds) > 0 ? AbortSignal.timeout(Number(seconds) * 1000) : undefined;
const now = () => performance.timeOrigin + performance.now();

const input = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
await once(input, 'line');
input.close();
process.stdin.destroy();

const startedAt = now();
const pageTimes: number[] = [];
const listed: string[] = [];
let requests = 0;
let throttledAfterRetries = 0;
let error: Error | undefined;
const page = (models: { modelArn?: string | undefined }[] = []) => {
	pageTimes.push(Math.round(now() - startedAt));
	if (arns !== undefined) for (const model of models) listed.push(model.modelArn ?? '');
};
try {
	if (mode === 'ours') {
		const options = { onPage: (context: { requestCount: number }) => void (requests = context.requestCount), signal };
		for await (const { modelSummaries } of paginateListCustomModels(client, {}, { PageSize: PAGE_SIZE }, options)) page(modelSummaries);
	} else {
		const sendOptions = signal === undefined ? {} : { abortSignal: signal };
		let nextToken: string | undefined;
		do {
			signal?.throwIfAborted();
			try {
				const output = await client.send(new ListCustomModelsCommand({ maxResults: PAGE_SIZE, nextToken }), sendOptions);
				requests += output.$metadata.attempts ?? 1;
				page(output.modelSummaries);
				nextToken = output.nextToken;
			} catch (thrown) {
				const failure = thrown as Error & { $metadata?: { attempts?: number } };
				if (failure.name !== 'ThrottlingException') throw failure;
				requests += failure.$metadata?.attempts ?? 1;
				throttledAfterRetries++;
			}
		} while (nextToken !== undefined);
	}
} catch (thrown) {
	error = thrown as Error;
}
const capped = error !== undefined && signal?.aborted === true;
process.stdout.write(
	`${JSON.stringify({
		mode,
		pages: pageTimes.length,
		seconds: (now() - startedAt) / 1000,
		startedAt,
		failed: error !== undefined && !capped,
		...(error !== undefined && !capped ? { error: `${error.name}: ${error.message}` } : {}),
		capped,
		requests,
		throttledAfterRetries,
		pageTimes,
		...(arns !== undefined ? { arns: listed } : {}),
	})}\n`,
);
client.destroy();
