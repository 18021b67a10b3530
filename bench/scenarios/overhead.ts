/**
 * Overhead: CPU in the client process for 60 pages of 1,000 models through the real BedrockClient over HTTP
 * (the endpoint runs in another process), each beside a hand-written client.send loop run in the same round;
 * and, in process with a client that costs nothing, the library's own cost per page and per item.
 */
import { ListCustomModelsCommand, type BedrockClient } from '@aws-sdk/client-bedrock';
import type * as Library from '../../src/index.js';
import { startEndpointProcess } from '../support/endpoint-process.js';
import { median, range, table } from '../support/stats.js';
import { cpuMs } from '../support/cpu.js';

// The built package, as users import it (`npm run bench` builds first): the sources under tsx carry the
// transpiler's helpers, which the build does not. A file URL, because tsx maps the package's own name to src/.
const built = new URL('../../dist/index.js', import.meta.url).href;
const { iterateListCustomModels, paginateListCustomModels } = (await import(built)) as typeof Library;

const PAGES = 60;
const PAGE_SIZE = 1000;

let sink = 0;
type Run = (client: { send(command: never): Promise<unknown> }) => Promise<void>;

const hand: Run = async (client) => {
	let nextToken: string | undefined;
	do {
		const output = (await client.send(new ListCustomModelsCommand({ maxResults: PAGE_SIZE, nextToken }) as never)) as { modelSummaries?: { modelName?: string }[]; nextToken?: string };
		for (const model of output.modelSummaries ?? []) sink += model.modelName?.length ?? 0;
		nextToken = output.nextToken;
	} while (nextToken !== undefined);
};
const variants: readonly (readonly [string, Run])[] = [
	['hand-written loop', hand],
	[
		'pages (default options)',
		async (client) => {
			for await (const page of paginateListCustomModels(client, {}, { PageSize: PAGE_SIZE })) for (const model of page.modelSummaries) sink += model.modelName?.length ?? 0;
		},
	],
	[
		'pages, readAhead 0',
		async (client) => {
			for await (const page of paginateListCustomModels(client, {}, { PageSize: PAGE_SIZE }, { readAhead: 0 })) for (const model of page.modelSummaries) sink += model.modelName?.length ?? 0;
		},
	],
	[
		'items (default options)',
		async (client) => {
			for await (const model of iterateListCustomModels(client, {}, { PageSize: PAGE_SIZE })) sink += model.modelName?.length ?? 0;
		},
	],
];

/**
 * Each library variant is paired with a run of the hand-written loop in every round, the two back to back, the
 * loop first in even rounds and second in odd ones. The second run of a pair tends to cost a few percent more
 * whichever it is, so a round's ratio is biased by its order; the geometric mean of two consecutive rounds (one of
 * each order) cancels that, and the figure is the median of those. On a shared machine the load shifts between
 * rounds far more than within a pair. Each pair has two clients of its own, each used once a round, so that both
 * sides find their connection in the same state.
 */
async function pairedRounds(pairs: readonly (readonly [BedrockClient, BedrockClient])[], rounds: number) {
	const [, ...library] = variants;
	const loopCpu = library.map(() => [] as number[]);
	const ownCpu = library.map(() => [] as number[]);
	for (let round = 0; round < rounds; round++) {
		for (const [index, [, run]] of library.entries()) {
			const [loopClient, client] = pairs[index] as readonly [BedrockClient, BedrockClient];
			const loop = () => cpuMs(() => hand(loopClient));
			const own = () => cpuMs(() => run(client));
			if (round % 2 === 0) {
				loopCpu[index]?.push(await loop());
				ownCpu[index]?.push(await own());
			} else {
				ownCpu[index]?.push(await own());
				loopCpu[index]?.push(await loop());
			}
		}
	}
	return library.map(([name], index) => {
		const loop = loopCpu[index] as number[];
		const own = ownCpu[index] as number[];
		const ratios = own.map((value, round) => value / (loop[round] as number));
		const balanced = ratios.flatMap((ratio, round) => (round % 2 === 1 ? [Math.sqrt(ratio * (ratios[round - 1] as number))] : []));
		return { name, loopCpuMs: loop, cpuMs: own, ratios, balanced };
	});
}

export async function overhead(rounds: number) {
	const endpoint = await startEndpointProcess({ models: PAGES * PAGE_SIZE, items: {} });
	const clientPairs = variants.slice(1).map(() => [endpoint.client(), endpoint.client()] as const);
	for (const [index, [, run]] of variants.slice(1).entries()) {
		const [loopClient, client] = clientPairs[index] as readonly [BedrockClient, BedrockClient];
		await hand(loopClient); // warm-up
		await run(client);
	}
	const pairs = await pairedRounds(clientPairs, rounds);
	await endpoint.stop();
	const http = table(
		['lister', 'client CPU per run, ms (median)', 'the loop in the same rounds, ms (median)', 'x the hand-written loop (median of order-balanced pairs of rounds)', 'per-round ratios'],
		pairs.map((pair) => [pair.name, median(pair.cpuMs).toFixed(0), median(pair.loopCpuMs).toFixed(0), median(pair.balanced).toFixed(3), range(pair.ratios, 2)]),
	);

	// In process: a client that answers at once with ready pages, so only the library's own work is left.
	const micro = [] as { pageSize: number; variant: string; extraPerPageUs: number; extraPerItemNs: number }[];
	for (const pageSize of [10, 1000]) {
		const pages = 20_000 / Math.sqrt(pageSize);
		const models = Array.from({ length: pageSize }, (_, i) => ({ modelArn: `arn:aws:bedrock:us-east-1:123456789012:custom-model/m/${String(i).padStart(12, '0')}`, modelName: `m${i}` }));
		const token = (n: number) => `v1.${'x'.repeat(280)}.${n}`;
		const fake = {
			async send(command: { input: { nextToken?: string } }) {
				const n = command.input.nextToken === undefined ? 0 : Number(command.input.nextToken.split('.')[2]);
				return { modelSummaries: models, ...(n + 1 < pages ? { nextToken: token(n + 1) } : {}) };
			},
		};
		const microVariants = variants.map(([name, run]) => [name, () => run(fake as never)] as const);
		const times = microVariants.map(() => [] as number[]);
		for (let round = 0; round < 7; round++) for (const [index, [, run]] of microVariants.entries()) times[index]?.push(await cpuMs(run));
		const base = median(times[0] as number[]);
		for (const [index, [name]] of microVariants.entries()) {
			if (index === 0) continue;
			const extra = median(times[index] as number[]) - base;
			micro.push({ pageSize, variant: name, extraPerPageUs: (extra * 1000) / pages, extraPerItemNs: (extra * 1e6) / (pages * pageSize) });
		}
	}
	const inProcess = table(
		['page size', 'lister', 'library cost per page, us', 'per item, ns'],
		micro.map((m) => [m.pageSize, m.variant, m.extraPerPageUs.toFixed(1), m.extraPerItemNs.toFixed(0)]),
	);
	return {
		title: `Overhead (${PAGES} pages of ${PAGE_SIZE} models, real BedrockClient over HTTP; CPU of the client process)`,
		markdown: `${http}\n\nThe library's own cost, in process, with a client that answers at once (cost beside the hand-written loop):\n\n${inProcess}`,
		data: { http: pairs, inProcess: micro },
	};
}

void sink;
