/**
 * Resumable jobs at the default checkpointing, beside plain iteration of the same listing: a no-op handler over
 * 20,000 models in pages of 1,000 (items/s, checkpoint saves), handlers of 20 ms (saves per item), and one model
 * stuck for 40 s at concurrency 8 (throughput while it is stuck, and the checkpoint's size).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Library from '../../src/index.js';
import { startEndpointProcess, type EndpointProcess } from '../support/endpoint-process.js';
import { median, table } from '../support/stats.js';

// The built package, as users import it (see overhead.ts).
const built = new URL('../../dist/index.js', import.meta.url).href;
const { fileCheckpoint, iterateListCustomModels, processCustomModels } = (await import(built)) as typeof Library;

const MODELS = 20_000;
const PAGE_SIZE = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A file checkpoint that counts its saves. */
function countingCheckpoint(dir: string) {
	const store = fileCheckpoint(join(dir, 'job.json'));
	const counted = Object.assign(Object.create(store) as typeof store, {
		saves: 0,
		async save(state: Parameters<typeof store.save>[0]) {
			counted.saves++;
			return store.save(state);
		},
	});
	return counted;
}

async function itemsPerSecond(run: () => Promise<number>): Promise<{ perSecond: number; items: number; ms: number }> {
	const started = performance.now();
	const items = await run();
	const ms = performance.now() - started;
	return { perSecond: (items / ms) * 1000, items, ms };
}

async function noopJobs(endpoint: EndpointProcess, rounds: number) {
	const variants: [string, (dir: string) => Promise<{ items: number; saves: number }>][] = [
		[
			'plain iteration (`iterateListCustomModels`)',
			async () => {
				let items = 0;
				for await (const model of iterateListCustomModels(endpoint.client(), {}, { PageSize: PAGE_SIZE })) items += model.modelName === undefined ? 0 : 1;
				return { items, saves: 0 };
			},
		],
		...([1, 8] as const).map((concurrency): [string, (dir: string) => Promise<{ items: number; saves: number }>] => [
			`job, defaults${concurrency === 1 ? '' : `, concurrency ${concurrency}`}`,
			async (dir) => {
				const checkpoint = countingCheckpoint(dir);
				const summary = await processCustomModels(endpoint.client(), {}, () => {}, { checkpoint, pagination: { PageSize: PAGE_SIZE }, concurrency });
				return { items: summary.handled, saves: checkpoint.saves };
			},
		]),
		[
			'job, `checkpointEvery: 1` (0.2.0\'s default)',
			async (dir) => {
				const checkpoint = countingCheckpoint(dir);
				const summary = await processCustomModels(endpoint.client(), {}, () => {}, { checkpoint, pagination: { PageSize: PAGE_SIZE, MaxItems: 4_000 }, checkpointEvery: 1 });
				return { items: summary.handled, saves: checkpoint.saves };
			},
		],
	];
	const results = variants.map(() => ({ perSecond: [] as number[], saves: [] as number[] }));
	for (let round = 0; round < rounds; round++) {
		for (const [index, [, run]] of variants.entries()) {
			const dir = mkdtempSync(join(tmpdir(), 'bench-jobs-'));
			let saves = 0;
			const measured = await itemsPerSecond(async () => {
				const result = await run(dir);
				saves = result.saves;
				return result.items;
			});
			results[index]?.perSecond.push(measured.perSecond);
			results[index]?.saves.push((saves / measured.items) * 10_000);
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const plain = median(results[0]?.perSecond ?? []);
	return variants.map(([name], index) => {
		const perSecond = median(results[index]?.perSecond ?? []);
		return { name, perSecond, ofPlain: perSecond / plain, savesPer10k: median(results[index]?.saves ?? []) };
	});
}

/** Handlers of 20 ms: how many saves per model (1 means after every model). */
async function slowHandlers(endpoint: EndpointProcess) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-jobs-'));
	const checkpoint = countingCheckpoint(dir);
	const summary = await processCustomModels(endpoint.client(), {}, () => sleep(20), { checkpoint, pagination: { PageSize: 100, MaxItems: 200 } });
	rmSync(dir, { recursive: true, force: true });
	return { handled: summary.handled, savesPerModel: (checkpoint.saves - 2) / summary.handled };
}

/** One model stuck for `stuckMs` at concurrency 8, handlers of about 1 ms: throughput and checkpoint size while it is stuck. */
async function stuckItem(endpoint: EndpointProcess, stuckMs: number, stuck: boolean) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-jobs-'));
	const path = join(dir, 'job.json');
	let handled = 0;
	let windowStart = 0;
	const sizes: number[] = [];
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const sample = setInterval(() => sizes.push(statSync(path, { throwIfNoEntry: false })?.size ?? 0), 1_000);
	const controller = new AbortController();
	let countAtStart = 0;
	const job = processCustomModels(
		endpoint.client(),
		{},
		async (_model, context) => {
			if (context.index === 1_000) {
				windowStart = performance.now();
				countAtStart = handled;
				setTimeout(() => (stuck ? release() : controller.abort()), stuckMs);
				if (stuck) await released;
			}
			await sleep(1);
			handled++;
		},
		{ checkpoint: fileCheckpoint(path), pagination: { PageSize: PAGE_SIZE }, concurrency: 8, signal: controller.signal },
	);
	if (stuck) {
		await released;
		controller.abort();
	}
	await job.catch(() => {});
	clearInterval(sample);
	const windowSeconds = (performance.now() - windowStart) / 1000;
	rmSync(dir, { recursive: true, force: true });
	const windowSizes = sizes.slice(-Math.floor(stuckMs / 1000));
	return { perSecond: (handled - countAtStart) / windowSeconds, sizeFirst: windowSizes[0] ?? 0, sizeMax: Math.max(0, ...windowSizes) };
}

export async function jobs(rounds: number, stuckMs = 40_000) {
	const endpoint = await startEndpointProcess({ models: 400_000, items: {} });
	const noop = await noopJobs(endpoint, Math.max(rounds, 3));
	const slow = await slowHandlers(endpoint);
	const baseline = await stuckItem(endpoint, Math.min(10_000, stuckMs), false);
	const stuck = await stuckItem(endpoint, stuckMs, true);
	await endpoint.stop();
	const markdown = [
		`No-op handler, ${MODELS.toLocaleString('en')} models in pages of ${PAGE_SIZE.toLocaleString('en')} (file checkpoint; medians of ${Math.max(rounds, 3)} rounds side by side):`,
		'',
		table(
			['lister', 'models/s', 'x plain iteration', 'checkpoint saves per 10,000 models'],
			noop.map((row) => [row.name, Math.round(row.perSecond).toLocaleString('en'), row.ofPlain.toFixed(2), row.savesPer10k.toFixed(0)]),
		),
		'',
		`Handlers of 20 ms (200 models): ${slow.savesPerModel.toFixed(2)} checkpoint saves per model (1.00: after every model).`,
		'',
		`One model stuck for ${stuckMs / 1000} s at concurrency 8, handlers of about 1 ms:`,
		'',
		table(
			['case', 'models/s', 'checkpoint size'],
			[
				['no model stuck', Math.round(baseline.perSecond).toLocaleString('en'), `${baseline.sizeMax.toLocaleString('en')} bytes`],
				[`one stuck for ${stuckMs / 1000} s`, Math.round(stuck.perSecond).toLocaleString('en'), `${stuck.sizeFirst.toLocaleString('en')} -> ${stuck.sizeMax.toLocaleString('en')} bytes`],
			],
		),
	].join('\n');
	return { title: 'Resumable jobs at the default checkpointing', markdown, data: { noop, slow, stuck: { baseline, stuck, stuckMs } } };
}
