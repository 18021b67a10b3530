/**
 * Latency hiding: 60 pages, each costing the caller some work (an awaited wait, like a write to a database),
 * against an endpoint with a fixed round trip. The limit is pages x max(round trip, work) + min(round trip, work).
 */
import { ListCustomModelsCommand, paginateListCustomModels as sdkPaginate, type BedrockClient } from '@aws-sdk/client-bedrock';
import { paginateListCustomModels } from '../../src/index.js';
import { startEndpointProcess } from '../support/endpoint-process.js';
import { median, range, sleep, table } from '../support/stats.js';

const PAGES = 60;
const PAGE_SIZE = 10;

type Variant = readonly [name: string, run: (client: BedrockClient, work: number) => Promise<number>];

const variants: readonly Variant[] = [
	[
		"the SDK's paginateListCustomModels",
		async (client, work) => {
			let pages = 0;
			for await (const _page of sdkPaginate({ client, pageSize: PAGE_SIZE }, {})) {
				pages++;
				await sleep(work);
			}
			return pages;
		},
	],
	[
		'a hand-written client.send loop',
		async (client, work) => {
			let pages = 0;
			let nextToken: string | undefined;
			do {
				const output = await client.send(new ListCustomModelsCommand({ maxResults: PAGE_SIZE, nextToken }));
				pages++;
				await sleep(work);
				nextToken = output.nextToken;
			} while (nextToken !== undefined);
			return pages;
		},
	],
	...[0, 1, 2].map(
		(readAhead): Variant => [
			`bedrock-paginators, readAhead ${readAhead}${readAhead === 1 ? ' (default)' : ''}`,
			async (client, work) => {
				let pages = 0;
				for await (const _page of paginateListCustomModels(client, {}, { PageSize: PAGE_SIZE }, { readAhead })) {
					pages++;
					await sleep(work);
				}
				return pages;
			},
		],
	),
];

export async function latencyHiding(rounds: number) {
	const results: { roundTrip: number; work: number; variant: string; seconds: number[]; limit: number; measuredRoundTrip: number; measuredWork: number }[] = [];
	for (const [roundTrip, work] of [
		[50, 50],
		[20, 20],
	] as const) {
		const endpoint = await startEndpointProcess({ models: PAGES * PAGE_SIZE, faults: { latencyMs: roundTrip } });
		const clients = variants.map(() => endpoint.client());
		// The limit from what a page really costs here: the round trip as the SDK sees it (the endpoint's delay plus
		// signing, HTTP and parsing) and the work as a timer really waits.
		const measuredRoundTrip = await timePerPage(endpoint.client(), 0);
		const measuredWork = await timeSleep(work);
		const limit = (PAGES * Math.max(measuredRoundTrip, measuredWork) + Math.min(measuredRoundTrip, measuredWork)) / 1000;
		const seconds = variants.map(() => [] as number[]);
		for (let round = 0; round < rounds; round++) {
			for (const [index, [, run]] of variants.entries()) {
				const started = performance.now();
				const pages = await run(clients[index] as BedrockClient, work);
				if (pages !== PAGES) throw new Error(`expected ${PAGES} pages, got ${pages}`);
				seconds[index]?.push((performance.now() - started) / 1000);
			}
		}
		for (const [index, [variant]] of variants.entries()) {
			results.push({ roundTrip, work, variant, seconds: seconds[index] as number[], limit, measuredRoundTrip, measuredWork });
		}
		await endpoint.stop();
	}
	const markdown = table(
		['endpoint delay / work per page (measured round trip / work)', 'lister', 'seconds (median)', 'x the limit (median)', 'x the limit (range)', 'x the nominal limit'],
		results.map((r) => [
			`${r.roundTrip} ms / ${r.work} ms (${r.measuredRoundTrip.toFixed(1)} / ${r.measuredWork.toFixed(1)})`,
			r.variant,
			median(r.seconds).toFixed(2),
			(median(r.seconds) / r.limit).toFixed(2),
			range(r.seconds.map((s) => s / r.limit)),
			(median(r.seconds) / ((PAGES * Math.max(r.roundTrip, r.work) + Math.min(r.roundTrip, r.work)) / 1000)).toFixed(2),
		]),
	);
	return {
		title: `Latency hiding (${PAGES} pages; limit = pages x max(round trip, work) + min(round trip, work), from the round trip and work measured here, and from the nominal figures)`,
		markdown,
		data: results,
	};
}

/** Milliseconds one page takes with a hand-written loop and no work: the round trip as the client sees it. */
async function timePerPage(client: BedrockClient, work: number): Promise<number> {
	const run = variants[1] as Variant;
	await run[1](client, work);
	const started = performance.now();
	await run[1](client, work);
	await run[1](client, work);
	return (performance.now() - started) / (2 * PAGES);
}

async function timeSleep(ms: number): Promise<number> {
	const started = performance.now();
	for (let i = 0; i < 20; i++) await sleep(ms);
	return (performance.now() - started) / 20;
}
