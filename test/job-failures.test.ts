import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCheckpoint, processCustomModels, type FailureRecord } from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, model, names, scriptedService } from './support/scripted-service.js';

const index = (name: string | undefined) => Number(name?.slice(1));

describe("onError: 'continue' records every failure, durably and without a cap", () => {
	it('keeps the item as listed (Dates included), the error and the attempt, and the counts agree with the summary', async () => {
		const checkpoint = memoryCheckpoint();
		const failure = Object.assign(new Error('not tagged'), { name: 'AuditError' });
		const summary = await processCustomModels(scriptedService(catalogue(5), 5), {}, (m) => {
			if (m.modelName === 'm3') throw failure;
		}, { checkpoint, onError: 'continue' });
		expect(summary).toMatchObject({ handled: 5, failed: 1, openFailures: 1, failures: [{ id: model(3).modelArn, message: 'not tagged', attempts: 1 }] });
		const [record] = checkpoint.current?.failures.records ?? [];
		expect(record).toMatchObject({ kind: 'failed', id: model(3).modelArn, attempts: 1, error: { name: 'AuditError', message: 'not tagged' }, dates: ['creationTime'] });
		expect(record?.item).toEqual(JSON.parse(JSON.stringify(model(3))));
		expect(checkpoint.current?.failures).toMatchObject({ recorded: 1, open: 1 });
	});

	it('redrives exactly the recorded failures with the items as listed, drops those that succeed, and keeps those that fail again', async () => {
		const checkpoint = memoryCheckpoint();
		const service = scriptedService(catalogue(10), 10);
		await processCustomModels(service, {}, (m) => {
			if (index(m.modelName) % 3 === 0) throw new Error(`failed ${m.modelName}`);
		}, { checkpoint, onError: 'continue' });
		expect(checkpoint.current?.failures).toMatchObject({ open: 3 });
		const requests = service.requests.length;
		const redriven: { name: string | undefined; created: unknown; attempt: number }[] = [];
		const summary = await processCustomModels(service, {}, (m, context) => {
			redriven.push({ name: m.modelName, created: m.creationTime, attempt: context.attempt });
			if (m.modelName === 'm6') throw new Error('still failing');
		}, { checkpoint, onError: 'continue', redrive: true });
		// It lists nothing: its one request asks for the oldest models, to check the checkpoint's account.
		expect(service.requests.slice(requests)).toEqual([{ sortBy: 'CreationTime', sortOrder: 'Ascending', maxResults: 50 }]);
		expect(redriven).toEqual([
			{ name: 'm3', created: model(3).creationTime, attempt: 2 },
			{ name: 'm6', created: model(6).creationTime, attempt: 2 },
			{ name: 'm9', created: model(9).creationTime, attempt: 2 },
		]);
		expect(summary).toMatchObject({ mode: 'redrive', handled: 3, failed: 1, openFailures: 1, stoppedBy: 'complete', complete: true, failures: [{ id: model(6).modelArn, attempts: 2 }] });
		expect(checkpoint.current?.failures).toMatchObject({ recorded: 4, open: 1, records: [{ id: model(6).modelArn, attempts: 2 }] });
		const again = await processCustomModels(service, {}, () => {}, { checkpoint, redrive: true });
		expect(again).toMatchObject({ mode: 'redrive', handled: 1, failed: 0, openFailures: 0 });
	});

	it('redrives nothing where nothing was recorded, and never lists', async () => {
		const service = scriptedService(catalogue(3), 3);
		const summary = await processCustomModels(service, {}, () => {}, { checkpoint: memoryCheckpoint(), redrive: true });
		expect(summary).toMatchObject({ mode: 'redrive', handled: 0, openFailures: 0 });
		expect(service.requests).toHaveLength(0);
	});
});

describe('failures beside a file checkpoint', () => {
	it('keeps 1,500 failures over two runs in the failures file, then a redrive handles exactly them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-failures-'));
		const path = join(dir, 'job.json');
		const items = catalogue(3_000);
		const service = scriptedService(items, 500);
		const failsAtFirst = (m: { modelName?: string | undefined }) => index(m.modelName) % 2 === 0;
		const first = await processCustomModels(service, {}, (m) => {
			if (failsAtFirst(m)) throw new Error(`no tag on ${m.modelName}`);
		}, { checkpoint: fileCheckpoint(path), onError: 'continue', pagination: { MaxItems: 1_400 } });
		expect(first).toMatchObject({ failed: 700, openFailures: 700, complete: false });
		const second = await processCustomModels(service, {}, (m) => {
			if (failsAtFirst(m)) throw new Error(`no tag on ${m.modelName}`);
		}, { checkpoint: fileCheckpoint(path), onError: 'continue' });
		expect(second).toMatchObject({ failed: 800, openFailures: 1_500, complete: true });

		const state = JSON.parse(readFileSync(path, 'utf8')) as { failures: { recorded: number; open: number; records: unknown[] } };
		expect(state.failures).toMatchObject({ recorded: 1_500, open: 1_500, records: [] });
		const logged = readFileSync(`${path}.failures.jsonl`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as FailureRecord);
		expect(logged).toHaveLength(1_500);
		expect(new Set(logged.map((record) => record.id))).toEqual(new Set(items.filter(failsAtFirst).map((m) => m.modelArn)));

		// The redrive: models with a number ending in 0 still fail.
		const redriven: string[] = [];
		const redrive = await processCustomModels(service, {}, (m) => {
			redriven.push(m.modelName ?? '');
			if (index(m.modelName) % 10 === 0) throw new Error('still no tag');
		}, { checkpoint: fileCheckpoint(path), onError: 'continue', redrive: true, concurrency: 8 });
		expect(redriven.sort()).toEqual(names(items.filter(failsAtFirst)).sort());
		expect(redrive).toMatchObject({ mode: 'redrive', handled: 1_500, failed: 300, openFailures: 300 });
		const after = JSON.parse(readFileSync(path, 'utf8')) as { failures: { open: number; recorded: number } };
		expect(after.failures).toMatchObject({ open: 300, recorded: 1_800 });
		const stillFailing: string[] = [];
		await processCustomModels(service, {}, (m) => void stillFailing.push(m.modelName ?? ''), { checkpoint: fileCheckpoint(path), redrive: true });
		expect(stillFailing.sort()).toEqual(names(items.filter((m) => index(m.modelName) % 10 === 0)).sort());
	}, 60_000);

	it('drops a batch of failures the checkpoint did not count (a crash between the two), as its items are handled again', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-failures-'));
		const path = join(dir, 'job.json');
		const checkpoint = fileCheckpoint(path);
		const service = scriptedService(catalogue(6), 6);
		// A run whose checkpoint write fails after the failures were appended.
		let saves = 0;
		const crashing = Object.assign(Object.create(checkpoint) as typeof checkpoint, {
			async save(state: never) {
				if (++saves === 3) throw new Error('killed');
				return checkpoint.save(state);
			},
		});
		await processCustomModels(service, {}, (m) => {
			if (m.modelName === 'm2') throw new Error('m2 failed');
		}, { checkpoint: crashing, onError: 'continue', checkpointEvery: 1 }).catch(() => {});
		const rerun: string[] = [];
		const summary = await processCustomModels(service, {}, (m) => void rerun.push(m.modelName ?? ''), { checkpoint: fileCheckpoint(path), onError: 'continue' });
		expect(rerun[0]).toBe('m2');
		expect(summary.openFailures).toBe(0);
		const redrive = await processCustomModels(service, {}, () => {}, { checkpoint: fileCheckpoint(path), redrive: true });
		expect(redrive.handled).toBe(0);
	});
});
