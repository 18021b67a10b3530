/**
 * Throttled-listing benchmark: a local endpoint limited to a fixed request rate, a listing of a few hundred
 * pages, and three paginators side by side in one run (this library, and the SDK's own paginator with the
 * standard and the adaptive retry modes), each with a fresh default BedrockClient.
 *
 *   npm run bench                     # defaults below
 *   npm run bench -- --rate 50 --pages 300 --burst 5 --cap 90
 */
import { parseArgs } from 'node:util';
import { BedrockClient, paginateListCustomModels as sdkPaginate } from '@aws-sdk/client-bedrock';
import { paginateListCustomModels } from '../src/index.js';
import { startLocalBedrock, type LocalBedrock } from '../src/local/index.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const { values } = parseArgs({
	options: {
		rate: { type: 'string', default: '50' },
		burst: { type: 'string', default: '5' },
		pages: { type: 'string', default: '300' },
		'page-size': { type: 'string', default: '10' },
		cap: { type: 'string', default: '90' },
		only: { type: 'string' },
	},
});
const rate = Number(values.rate);
const burst = Number(values.burst);
const pageSize = Number(values['page-size']);
const pages = Number(values.pages);
const capSeconds = Number(values.cap);

interface Result {
	name: string;
	pages: number;
	items: number;
	requests: number;
	throttled: number;
	failures: number;
	seconds: number;
	finished: boolean;
}

type Lister = (client: BedrockClient, onPage: (items: number) => void, signal: AbortSignal) => Promise<void>;

const contenders: Record<string, { config: ConstructorParameters<typeof BedrockClient>[0]; list: Lister }> = {
	'bedrock-paginators (defaults)': {
		config: {},
		list: async (client, onPage, signal) => {
			for await (const page of paginateListCustomModels(client, {}, { PageSize: pageSize }, { signal })) {
				onPage(page.modelSummaries.length);
			}
		},
	},
	'SDK paginator, standard retries': {
		config: {},
		list: (client, onPage, signal) => sdkList(client, onPage, signal),
	},
	'SDK paginator, adaptive retries': {
		config: { retryMode: 'adaptive' },
		list: (client, onPage, signal) => sdkList(client, onPage, signal),
	},
};

/** The SDK's paginator has no retries of its own: a failed page ends it, and we resume from its last token. */
async function sdkList(client: BedrockClient, onPage: (items: number) => void, signal: AbortSignal): Promise<void> {
	let token: string | undefined;
	for (;;) {
		try {
			for await (const page of sdkPaginate({ client, pageSize, ...(token ? { startingToken: token } : {}) }, {})) {
				signal.throwIfAborted();
				onPage(page.modelSummaries?.length ?? 0);
				token = page.nextToken;
				if (token === undefined) return;
			}
			return;
		} catch (error) {
			if (signal.aborted) throw error;
			failures++;
		}
	}
}

let failures = 0;

async function run(name: string, local: LocalBedrock): Promise<Result> {
	const { config, list } = contenders[name] as (typeof contenders)[string];
	const client = new BedrockClient({
		endpoint: local.endpoint,
		region: 'us-east-1',
		credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
		...config,
	});
	local.setFaults({ rateLimit: { requestsPerSecond: rate, burst } });
	await new Promise((resolve) => setTimeout(resolve, 1000)); // let the bucket refill between contenders
	local.setFaults({ rateLimit: { requestsPerSecond: rate, burst } });
	const before = local.requests.length;
	failures = 0;
	let pageCount = 0;
	let items = 0;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new Error('time cap')), capSeconds * 1000);
	const started = performance.now();
	let finished = true;
	try {
		await list(client, (n) => {
			pageCount++;
			items += n;
		}, controller.signal);
	} catch (error) {
		if (!controller.signal.aborted) throw error;
		finished = false;
	}
	const seconds = (performance.now() - started) / 1000;
	clearTimeout(timer);
	client.destroy();
	const requests = local.requests.slice(before);
	return {
		name,
		pages: pageCount,
		items,
		requests: requests.length,
		throttled: requests.filter((r) => r.status === 429).length,
		failures,
		seconds,
		finished,
	};
}

const local = await startLocalBedrock({ models: pages * pageSize, seed: 3 });
console.log(
	`Throttled listing: ${pages} pages of ${pageSize} (${pages * pageSize} models), endpoint limited to ${rate} requests/s ` +
		`(token bucket, burst ${burst}); cap ${capSeconds} s per contender; Node ${process.version}\n`,
);
const results: Result[] = [];
for (const name of Object.keys(contenders)) {
	if (values.only !== undefined && !name.includes(values.only)) continue;
	const result = await run(name, local);
	results.push(result);
	console.log(`done: ${name} in ${result.seconds.toFixed(1)} s`);
}
await local.close();

console.log('\n| paginator | pages | pages/s | fraction of limit | requests/page | 429s | failures | seconds |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
	const pagesPerSecond = r.pages / r.seconds;
	console.log(
		`| ${r.name} | ${r.pages}${r.finished ? '' : ' (capped)'} | ${pagesPerSecond.toFixed(1)} | ${(pagesPerSecond / rate).toFixed(2)} | ` +
			`${(r.requests / Math.max(1, r.pages)).toFixed(2)} | ${r.throttled} | ${r.failures} | ${r.seconds.toFixed(1)} |`,
	);
}

// How the two retry layers stack: requests sent for one page that is always throttled, until the error.
console.log('\nRequests for one always-throttled page (retries: 2 where the paginator retries):\n');
console.log('| setup | requests | error thrown |');
console.log('|---|---|---|');
const { default: pRetry } = await import('p-retry');
const { ListCustomModelsCommand } = await import('@aws-sdk/client-bedrock');
const layers: [string, ConstructorParameters<typeof BedrockClient>[0], (client: BedrockClient) => Promise<unknown>][] = [
	['bedrock-paginators, default client (3 attempts)', {}, (c) => drain(paginateListCustomModels(c, {}, {}, { retry: { retries: 2, minTimeout: 0, maxTimeout: 0 } }))],
	['bedrock-paginators, client with maxAttempts: 1', { maxAttempts: 1 }, (c) => drain(paginateListCustomModels(c, {}, {}, { retry: { retries: 2, minTimeout: 0, maxTimeout: 0 } }))],
	['bedrock-paginators, retry: false, default client', {}, (c) => drain(paginateListCustomModels(c, {}, {}, { retry: false }))],
	['p-retry (retries: 2) around send(), default client', {}, (c) => pRetry(() => c.send(new ListCustomModelsCommand({})), { retries: 2, minTimeout: 0 })],
];
for (const [name, config, attempt] of layers) {
	const throttled = await startLocalBedrock({ models: 1, faults: { throttleProbability: 1 } });
	const client = new BedrockClient({ endpoint: throttled.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'b', secretAccessKey: 'b' }, ...config });
	const error = await attempt(client).then(() => undefined, (e: Error) => e.name);
	console.log(`| ${name} | ${throttled.requests.length} | ${error} |`);
	client.destroy();
	await throttled.close();
}

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
	for await (const _ of iterable) {
		// only the requests count here
	}
}
