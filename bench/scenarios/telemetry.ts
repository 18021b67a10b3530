/**
 * What telemetry costs per page, in process, with a client that answers at once (so only the library's work is
 * left): telemetry off (`telemetry: false`, the same path as `@opentelemetry/api` not installed: the loader's answer
 * is cached and nothing else runs), the API installed with no SDK registered, and the real SDK with exporters that
 * drop everything; and per item for a job, whose handlers each get a span.
 */
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type * as Library from '../../src/index.js';
import { median, range, table } from '../support/stats.js';
import { cpuMs } from '../support/cpu.js';

const built = new URL('../../dist/index.js', import.meta.url).href;
const { paginateListCustomModels, processCustomModels } = (await import(built)) as typeof Library;

const PAGES = 2_000;
const PAGE_SIZE = 10;
const JOB_ITEMS = 5_000;

const models = Array.from({ length: PAGE_SIZE }, (_, i) => ({ modelArn: `arn:aws:bedrock:us-east-1:123456789012:custom-model/m/${String(i).padStart(12, '0')}`, modelName: `m${i}`, creationTime: new Date(Date.UTC(2024, 0, 1) + i) }));
const fake = (pages: number) => ({
	async send(command: { input: { nextToken?: string } }) {
		const n = command.input.nextToken === undefined ? 0 : Number(command.input.nextToken);
		return { modelSummaries: models, ...(n + 1 < pages ? { nextToken: String(n + 1) } : {}) };
	},
});

const dropSpans: SpanExporter = { export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} };
const dropMetrics: PushMetricExporter = { export: (_metrics, done) => done({ code: 0 }), forceFlush: async () => {}, shutdown: async () => {} };
const sdk = {
	tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(dropSpans)] }),
	meterProvider: new MeterProvider({ readers: [new PeriodicExportingMetricReader({ exporter: dropMetrics, exportIntervalMillis: 3_600_000 })] }),
};

type Telemetry = Library.PaginateOptions['telemetry'];
const variants: readonly (readonly [string, Telemetry])[] = [
	['telemetry: false (as without @opentelemetry/api)', false],
	['API installed, no SDK registered', undefined],
	['SDK, exporters that drop everything', sdk],
];

let sink = 0;
const listing = async (telemetry: Telemetry) => {
	for await (const page of paginateListCustomModels(fake(PAGES) as never, {}, {}, telemetry === undefined ? {} : { telemetry })) sink += page.modelSummaries.length;
};
const job = async (telemetry: Telemetry) => {
	let state: unknown;
	const checkpoint = { location: 'memory', load: async () => state, save: async (next: unknown) => void (state = next) };
	await processCustomModels(fake(JOB_ITEMS / PAGE_SIZE) as never, {}, () => void sink++, { checkpoint, checkpointEvery: 1_000, ...(telemetry === undefined ? {} : { telemetry }) });
};

export async function telemetryCost(rounds: number) {
	for (const [, telemetry] of variants) {
		await listing(telemetry); // warm-up
		await job(telemetry);
	}
	const pages = variants.map(() => [] as number[]);
	const items = variants.map(() => [] as number[]);
	for (let round = 0; round < rounds; round++) {
		for (const [index, [, telemetry]] of variants.entries()) {
			pages[index]?.push(await cpuMs(() => listing(telemetry)));
			items[index]?.push(await cpuMs(() => job(telemetry)));
		}
	}
	const perPageUs = (index: number) => (median(pages[index] as number[]) * 1000) / PAGES;
	const perItemUs = (index: number) => (median(items[index] as number[]) * 1000) / JOB_ITEMS;
	const rows = variants.map(([name], index) => [
		name,
		perPageUs(index).toFixed(1),
		(perPageUs(index) - perPageUs(0)).toFixed(1),
		range((pages[index] as number[]).map((ms) => (ms * 1000) / PAGES), 1),
		perItemUs(index).toFixed(2),
		(perItemUs(index) - perItemUs(0)).toFixed(2),
	]);
	await sdk.tracerProvider.shutdown();
	await sdk.meterProvider.shutdown();
	return {
		title: `Telemetry (in process, a client that answers at once: ${PAGES} pages of ${PAGE_SIZE}; a job of ${JOB_ITEMS} items; CPU medians of ${rounds} rounds)`,
		markdown: table(['telemetry', 'listing CPU per page, us', 'beside off, us', 'per-round per page, us', 'job CPU per item, us', 'beside off, us'], rows),
		data: variants.map(([name], index) => ({ name, listingCpuMs: pages[index], jobCpuMs: items[index], perPageUs: perPageUs(index), perItemUs: perItemUs(index) })),
	};
}

void sink;
