/**
 * Throttling: a token-bucket limit and random throttling (30% of requests, whatever the pace), pages per second
 * as a fraction of what the endpoint allows and requests per page, beside the SDK's own paginator with its
 * standard and adaptive retry modes; fifty listings sharing one client and one limit; and how retry layers stack.
 */
import { BedrockClient, ListCustomModelsCommand, paginateListCustomModels as sdkPaginate } from '@aws-sdk/client-bedrock';
import { iterateListCustomModels, paginateListCustomModels, type PaginateOptions } from '../../src/index.js';
import { startEndpointProcess } from '../support/endpoint-process.js';
import { median, table } from '../support/stats.js';

type Lister = (client: BedrockClient, signal: AbortSignal) => Promise<{ pages: number; failures: number }>;

const ours =
	(pageSize: number, options: PaginateOptions = {}): Lister =>
	async (client, signal) => {
		let pages = 0;
		for await (const _page of paginateListCustomModels(client, {}, { PageSize: pageSize }, { ...options, signal })) pages++;
		return { pages, failures: 0 };
	};

/** The SDK's paginator has no retries of its own: a failed page ends it, and it is resumed from its last token. */
const sdk =
	(pageSize: number): Lister =>
	async (client, signal) => {
		let pages = 0;
		let failures = 0;
		let token: string | undefined;
		for (;;) {
			try {
				for await (const page of sdkPaginate({ client, pageSize, ...(token ? { startingToken: token } : {}) }, {})) {
					signal.throwIfAborted();
					pages++;
					token = page.nextToken;
					if (token === undefined) return { pages, failures };
				}
				return { pages, failures };
			} catch (error) {
				if (signal.aborted) throw error;
				failures++;
			}
		}
	};

/** An unpaced loop: one request per attempt, a throttled page asked for again at once. */
const unpacedLoop =
	(pageSize: number): Lister =>
	async (client) => {
		let pages = 0;
		let nextToken: string | undefined;
		for (;;) {
			try {
				const output = await client.send(new ListCustomModelsCommand({ maxResults: pageSize, nextToken }));
				pages++;
				nextToken = output.nextToken;
				if (nextToken === undefined) return { pages, failures: 0 };
			} catch (error) {
				if ((error as Error).name !== 'ThrottlingException') throw error;
			}
		}
	};

interface Run {
	scenario: string;
	lister: string;
	pages: number;
	seconds: number;
	requests: number;
	throttled: number;
	failures: number;
	capped: boolean;
}

async function measure(scenario: string, lister: string, faults: object, models: number, config: ConstructorParameters<typeof BedrockClient>[0], list: Lister, capSeconds: number): Promise<Run> {
	const endpoint = await startEndpointProcess({ models, seed: 3, faults });
	const client = endpoint.client(config);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new Error('time cap')), capSeconds * 1000);
	const started = performance.now();
	let result = { pages: 0, failures: 0 };
	let capped = false;
	try {
		result = await list(client, controller.signal);
	} catch (error) {
		if (!controller.signal.aborted) throw error;
		capped = true;
	}
	const seconds = (performance.now() - started) / 1000;
	clearTimeout(timer);
	const stats = await endpoint.stats();
	await endpoint.stop();
	return { scenario, lister, pages: capped ? (stats.byStatus['200'] ?? 0) : result.pages, seconds, requests: stats.total, throttled: stats.byStatus['429'] ?? 0, failures: result.failures, capped };
}

export async function throttling(rounds: number) {
	const runs: Run[] = [];
	// A token bucket: 250 pages of 10 at 50 requests/s with a burst of 5 (slow listers are cut at 6 s).
	const bucket = { rateLimit: { requestsPerSecond: 50, burst: 5 } };
	for (let round = 0; round < rounds; round++) {
		runs.push(await measure('token bucket, 50/s', 'bedrock-paginators (defaults)', bucket, 2500, {}, ours(10), 20));
		runs.push(await measure('token bucket, 50/s', "SDK's paginator, standard retries", bucket, 2500, {}, sdk(10), 6));
		runs.push(await measure('token bucket, 50/s', "SDK's paginator, adaptive retries", bucket, 2500, { retryMode: 'adaptive' }, sdk(10), 6));
	}
	// Random throttling: 30% of requests whatever the pace, 10 ms round trips, 400 pages of 10.
	const random = { throttleProbability: 0.3, latencyMs: 10, seed: 5 };
	for (let round = 0; round < rounds; round++) {
		runs.push(await measure('random 30%', 'unpaced loop (retries at once)', random, 4000, { maxAttempts: 1 }, unpacedLoop(10), 30));
		runs.push(await measure('random 30%', 'bedrock-paginators (defaults)', random, 4000, {}, ours(10), 30));
		runs.push(await measure('random 30%', 'bedrock-paginators, pacing: false', random, 4000, {}, ours(10, { pacing: false }), 6));
		runs.push(await measure('random 30%', "SDK's paginator, standard retries", random, 4000, {}, sdk(10), 6));
	}
	const group = new Map<string, Run[]>();
	for (const run of runs) group.set(`${run.scenario}|${run.lister}`, [...(group.get(`${run.scenario}|${run.lister}`) ?? []), run]);
	const unpaced = median((group.get('random 30%|unpaced loop (retries at once)') ?? []).map((r) => r.pages / r.seconds));
	const rows = [...group.values()].map((list) => {
		const first = list[0] as Run;
		const pagesPerSecond = median(list.map((r) => r.pages / r.seconds));
		const fraction = first.scenario.startsWith('token') ? pagesPerSecond / 50 : pagesPerSecond / unpaced;
		return [
			first.scenario,
			first.lister,
			pagesPerSecond.toFixed(1),
			`${fraction.toFixed(2)} ${first.scenario.startsWith('token') ? 'of the limit' : 'of the unpaced loop'}`,
			median(list.map((r) => r.requests / Math.max(1, r.pages))).toFixed(2),
			median(list.map((r) => r.failures)).toString(),
			list.some((r) => r.capped) ? 'yes' : '',
		];
	});

	// Fifty listings sharing one client under one limit of 200 requests/s.
	const sharedEndpoint = await startEndpointProcess({ models: 200, seed: 3, faults: { rateLimit: { requestsPerSecond: 200, burst: 20 } } });
	const sharedClient = sharedEndpoint.client();
	const started = performance.now();
	const results = await Promise.allSettled(
		Array.from({ length: 50 }, async () => {
			let models = 0;
			for await (const _model of iterateListCustomModels(sharedClient, {}, { PageSize: 10 })) models++;
			return models;
		}),
	);
	const sharedSeconds = (performance.now() - started) / 1000;
	const sharedStats = await sharedEndpoint.stats();
	await sharedEndpoint.stop();
	const sharedPages = sharedStats.byStatus['200'] ?? 0;
	rows.push([
		'50 listings, one client, 200/s',
		'bedrock-paginators (defaults)',
		(sharedPages / sharedSeconds).toFixed(1),
		`${(sharedPages / sharedSeconds / 200).toFixed(2)} of the limit`,
		(sharedStats.total / sharedPages).toFixed(2),
		String(results.filter((r) => r.status === 'rejected').length),
		'',
	]);

	// How retry layers stack: requests sent for one page that always fails with a 503 (throttling has a time
	// budget of its own, not a count).
	const layers: [string, ConstructorParameters<typeof BedrockClient>[0], (client: BedrockClient) => Promise<unknown>][] = [
		['bedrock-paginators (retries: 2), default client', {}, (c) => drain(paginateListCustomModels(c, {}, {}, { retry: { retries: 2, minTimeout: 0, maxTimeout: 0 } }))],
		['bedrock-paginators (retries: 2), client with maxAttempts: 1', { maxAttempts: 1 }, (c) => drain(paginateListCustomModels(c, {}, {}, { retry: { retries: 2, minTimeout: 0, maxTimeout: 0 } }))],
		['bedrock-paginators, retry: false, default client', {}, (c) => drain(paginateListCustomModels(c, {}, {}, { retry: false }))],
		['p-retry (retries: 2) around send(), default client', {}, async (c) => (await import('p-retry')).default(() => c.send(new ListCustomModelsCommand({})), { retries: 2, minTimeout: 0 })],
	];
	const layerRows: string[][] = [];
	for (const [name, config, attempt] of layers) {
		const endpoint = await startEndpointProcess({ models: 1, faults: { script: Array.from({ length: 20 }, (_, i) => ({ request: i + 1, fault: 503 as const })) } });
		await attempt(endpoint.client(config)).catch(() => {});
		layerRows.push([name, String((await endpoint.stats()).total)]);
		await endpoint.stop();
	}

	const markdown =
		table(['throttling', 'lister', 'pages/s (median)', 'fraction', 'requests/page', 'failed pages (resumed)', 'capped'], rows) +
		`\n\nRequests for one page that always fails with a 503:\n\n${table(['setup', 'requests'], layerRows)}`;
	return { title: `Throttling (median of ${rounds} runs each; a fresh endpoint process per run)`, markdown, data: { runs, layers: layerRows } };
}

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
	for await (const _ of iterable) {
		// only the requests count here
	}
}
