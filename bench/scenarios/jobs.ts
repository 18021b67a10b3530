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

/**
 * The default checkpointing on each store: models/s of a no-op job over 20,000 models and store writes per
 * 10,000 models (checkpoint saves plus failure batches: none here), the file on local disk, S3 and DynamoDB
 * served by moto on loopback (a few ms a write; real S3 takes 20-50 ms, which groups more).
 */
async function stores(endpoint: EndpointProcess) {
	const { motoMissing, startMoto } = await import('../../test/support/moto.js');
	const [{ s3Checkpoint }, { dynamoCheckpoint }] = await Promise.all([
		import(new URL('../../dist/s3/index.js', import.meta.url).href) as Promise<typeof import('../../src/stores/s3/index.js')>,
		import(new URL('../../dist/dynamodb/index.js', import.meta.url).href) as Promise<typeof import('../../src/stores/dynamodb/index.js')>,
	]);
	const moto = motoMissing === undefined ? await startMoto() : undefined;
	const dir = mkdtempSync(join(tmpdir(), 'bench-jobs-'));
	const makers: [string, () => Promise<Library.CheckpointStore | undefined>][] = [
		['file (local disk)', async () => fileCheckpoint(join(dir, 'job.json'))],
		['S3 (moto)', async () => (moto === undefined ? undefined : s3Checkpoint({ client: moto.s3(), Bucket: await moto.bucket(), Key: 'job.json' }))],
		['DynamoDB (moto)', async () => (moto === undefined ? undefined : dynamoCheckpoint({ client: moto.dynamodb(), TableName: await moto.table(), key: 'job' }))],
		['S3 (moto, each request 30 ms later, as S3 answers)', async () => (moto === undefined ? undefined : s3Checkpoint({ client: slowed(moto.s3(), 30), Bucket: await moto.bucket(), Key: 'job.json' }))],
	];
	const rows: { store: string; perSecond: number; writesPer10k: number }[] = [];
	for (const [store, make] of makers) {
		const made = await make();
		if (made === undefined) continue;
		let writes = 0;
		const counted = Object.assign(Object.create(made) as Library.CheckpointStore, {
			save: async (state: Library.CheckpointState) => {
				writes++;
				await made.save(state);
			},
		});
		const measured = await itemsPerSecond(async () => (await processCustomModels(endpoint.client(), {}, () => {}, { checkpoint: counted, pagination: { PageSize: PAGE_SIZE, MaxItems: MODELS } })).handled);
		rows.push({ store, perSecond: measured.perSecond, writesPer10k: (writes / measured.items) * 10_000 });
	}
	await moto?.stop();
	rmSync(dir, { recursive: true, force: true });
	return { rows, motoMissing };
}

/** A client whose every request answers `ms` later. */
function slowed<Client extends { send(...args: never[]): Promise<unknown> }>(client: Client, ms: number): Client {
	return Object.assign(Object.create(client) as Client, {
		send: async (...args: never[]) => {
			await sleep(ms);
			return client.send(...args);
		},
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
	const onStores = await stores(endpoint);
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
		`The same no-op job on each store (${MODELS.toLocaleString('en')} models${onStores.motoMissing === undefined ? '' : `; S3 and DynamoDB skipped: ${onStores.motoMissing}`}):`,
		'',
		table(
			['store', 'models/s', 'store writes per 10,000 models'],
			onStores.rows.map((row) => [row.store, Math.round(row.perSecond).toLocaleString('en'), row.writesPer10k.toFixed(1)]),
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
	return { title: 'Resumable jobs at the default checkpointing', markdown, data: { noop, stores: onStores.rows, slow, stuck: { baseline, stuck, stuckMs } } };
}
