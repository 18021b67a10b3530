import { describe, expect, it } from 'vitest';
import type { CustomModelSummary } from '@aws-sdk/client-bedrock';
import { CheckpointCorruptError, processCustomModels, type CheckpointState, type CheckpointStore } from '../src/index.js';
import { MAX_UNSAVED, SavePolicy } from '../src/jobs/save-policy.js';
import { memoryCheckpoint, type MemoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, model, names, scriptedService } from './support/scripted-service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A memory store whose saves take `ms`, as a disk or S3 would. */
function slowStore(ms: number): MemoryCheckpoint {
	const inner = memoryCheckpoint();
	return Object.assign(Object.create(inner) as MemoryCheckpoint, {
		async save(state: CheckpointState) {
			await sleep(ms);
			await inner.save(state);
		},
	});
}

describe('the adaptive save policy', () => {
	it('saves after every item until three saves were measured', () => {
		const policy = new SavePolicy({ kind: 'auto' });
		policy.observeHandler(0.01);
		expect(policy.decide(1, 0)).toBe('wait');
		policy.observeSave(5);
		policy.observeSave(5);
		expect(policy.decide(1, 0)).toBe('wait');
		policy.observeSave(5);
		expect(policy.decide(1, 0)).toBe('background');
	});

	it('saves after every item while a save costs at most a quarter of a handler, and groups beyond', () => {
		const policy = new SavePolicy({ kind: 'auto' });
		for (let i = 0; i < 3; i++) policy.observeSave(2);
		policy.observeHandler(20);
		expect(policy.decide(1, 0)).toBe('wait');
		for (let i = 0; i < 20; i++) policy.observeHandler(5);
		expect(policy.decide(1, 0)).toBe('background');
	});

	it('is not thrown off by one slow save (the median counts), but follows a store that stays slow', () => {
		const policy = new SavePolicy({ kind: 'auto' });
		policy.observeHandler(20);
		for (let i = 0; i < 8; i++) policy.observeSave(1);
		policy.observeSave(500);
		expect(policy.decide(1, 0)).toBe('wait');
		for (let i = 0; i < 5; i++) policy.observeSave(30);
		expect(policy.decide(1, 0)).toBe('background');
	});

	it('leaves nine save times between background saves, at most one second, and makes items wait past 1,000 unsaved', () => {
		const policy = new SavePolicy({ kind: 'auto' });
		policy.observeHandler(0.01);
		for (let i = 0; i < 3; i++) policy.observeSave(2);
		expect(policy.gapMs()).toBeCloseTo(18);
		expect(policy.decide(MAX_UNSAVED - 1, 0)).toBe('background');
		expect(policy.decide(MAX_UNSAVED, 0)).toBe('wait');
		for (let i = 0; i < 9; i++) policy.observeSave(400);
		expect(policy.gapMs()).toBe(1_000);
	});

	it('keeps a fixed checkpointEvery exactly', () => {
		const policy = new SavePolicy({ kind: 'fixed', items: 3, milliseconds: 50 });
		expect([policy.decide(1, 0), policy.decide(2, 10), policy.decide(3, 10), policy.decide(1, 50)]).toEqual(['none', 'none', 'wait', 'wait']);
	});
});

describe('default checkpointing in a job', () => {
	it('groups saves for fast handlers: far fewer saves than items, and everything saved in the end', async () => {
		const checkpoint = slowStore(2);
		const summary = await processCustomModels(scriptedService(catalogue(3_000), 1_000), {}, () => {}, { checkpoint });
		expect(summary).toMatchObject({ handled: 3_000, complete: true });
		expect(checkpoint.saves.length).toBeGreaterThanOrEqual(3);
		expect(checkpoint.saves.length).toBeLessThan(300);
		expect(checkpoint.current).toMatchObject({ handled: 3_000, complete: true });
	});

	it('saves after every item for handlers far slower than a save', async () => {
		const checkpoint = slowStore(0);
		await processCustomModels(scriptedService(catalogue(12), 12), {}, () => sleep(60), { checkpoint });
		// The first save (before any handler), then one per model; the last one says the listing is complete.
		expect(checkpoint.saves.map((state) => state.handled)).toEqual([0, ...names(catalogue(12)).map((_, i) => i + 1)]);
		expect(checkpoint.current?.complete).toBe(true);
	});
});

describe('what a crash can repeat stays within the documented bound, whatever the store takes', () => {
	/** The most models started but not counted by the checkpoint on the store, over a job: what a crash would repeat. */
	async function mostAtRisk(checkpointEvery: 'auto' | number, concurrency: number, models = 4_000): Promise<number> {
		const inner = memoryCheckpoint();
		let savedHandled = 0;
		const store = Object.assign(Object.create(inner) as MemoryCheckpoint, {
			async save(state: CheckpointState) {
				await sleep(15);
				await inner.save(state);
				savedHandled = state.handled;
			},
		});
		let started = 0;
		let most = 0;
		await processCustomModels(scriptedService(catalogue(models), 1_000), {}, async () => {
			started++;
			most = Math.max(most, started - savedHandled);
			await Promise.resolve();
		}, { checkpoint: store, concurrency, checkpointEvery });
		return most;
	}

	it.each([1, 8, 64])("checkpointEvery 'auto' at concurrency %i: at most concurrency + 1,000", async (concurrency) => {
		expect(await mostAtRisk('auto', concurrency)).toBeLessThanOrEqual(concurrency + MAX_UNSAVED);
	});

	it.each([
		[100, 8],
		[1_000, 8],
		[10, 4],
	])('checkpointEvery %i at concurrency %i: at most concurrency + N - 1', async (every, concurrency) => {
		expect(await mostAtRisk(every, concurrency, every * 20)).toBeLessThanOrEqual(concurrency + every - 1);
	});
});

describe('a slow or stuck item does not grow the checkpoint', () => {
	it('keeps what finished beyond a stuck model as one range, whatever its size, and resumes without repeating it', async () => {
		const items = catalogue(600);
		const checkpoint = memoryCheckpoint();
		let release!: () => void;
		const stuck = new Promise<void>((resolve) => (release = resolve));
		const handled: string[] = [];
		const controller = new AbortController();
		let ended = false;
		const job = processCustomModels(scriptedService(items, 100), {}, async (m) => {
			if (m.modelName === 'm10') await stuck;
			if (ended) return; // left behind when the run ended: not recorded
			handled.push(m.modelName ?? '');
			if (handled.length === 550) controller.abort(new Error('deploy'));
		}, { checkpoint, concurrency: 8, checkpointEvery: 1, signal: controller.signal, shutdownGraceMs: 0 });
		await job.catch(() => {});
		ended = true;
		release();
		const sizes = checkpoint.saves.map((state) => JSON.stringify(state.doneAhead).length);
		// Once models finish beyond m10, the checkpoint holds one or a few ranges: its size stays flat.
		expect(Math.max(...sizes)).toBeLessThan(2_000);
		const last = checkpoint.current as CheckpointState;
		expect(last.anchor?.id).toBe(model(9).modelArn);
		expect(last.doneAhead.reduce((sum, range) => sum + range.count, 0)).toBe(550 - 9);
		const rerun: string[] = [];
		await processCustomModels(scriptedService(items, 100), {}, (m) => void rerun.push(m.modelName ?? ''), { checkpoint, concurrency: 8 });
		expect(rerun[0]).toBe('m10');
		expect([...handled, ...rerun].sort()).toEqual(names(items).sort());
		expect(rerun).toHaveLength(600 - 550);
	});

	it('resumes by count with ranges counted from the prefix (an operation without a time order)', async () => {
		const guardrails = Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, arn: `arn:aws:bedrock:us-east-1:123456789012:guardrail/g${i}`, name: `g${i}`, status: 'READY', version: 'DRAFT', createdAt: new Date(), updatedAt: new Date() }));
		const service = { async send(command: { input: { nextToken?: string } }) {
			const offset = Number(command.input.nextToken ?? 0);
			return { guardrails: guardrails.slice(offset, offset + 10), ...(offset + 10 < guardrails.length ? { nextToken: String(offset + 10) } : {}) };
		} };
		const { processGuardrails } = await import('../src/index.js');
		const checkpoint = memoryCheckpoint();
		let release!: () => void;
		const stuck = new Promise<void>((resolve) => (release = resolve));
		const seen: string[] = [];
		const controller = new AbortController();
		let ended = false;
		await processGuardrails(service, {}, async (g) => {
			if (g.id === 'g5') await stuck;
			if (ended) return;
			seen.push(g.id ?? '');
			if (seen.length === 20) controller.abort();
		}, { checkpoint, concurrency: 4, checkpointEvery: 1, signal: controller.signal, shutdownGraceMs: 0 }).catch(() => {});
		ended = true;
		release();
		expect(checkpoint.current).toMatchObject({ resumeBy: 'count' });
		const rerun: string[] = [];
		await processGuardrails(service, {}, (g) => void rerun.push(g.id ?? ''), { checkpoint });
		expect([...seen, ...rerun].sort()).toEqual(guardrails.map((g) => g.id).sort());
	});
});

describe('one missing time field is not forever', () => {
	it('handles and anchors by id an item without a time, and goes back to anchored resume at the next item that has one', async () => {
		const items: CustomModelSummary[] = catalogue(10);
		delete (items[4] as { creationTime?: Date }).creationTime;
		const checkpoint = memoryCheckpoint();
		await processCustomModels(scriptedService(items, 10), {}, () => {}, { checkpoint, pagination: { MaxItems: 5 }, checkpointEvery: 1 });
		// m5 has no time: the anchor stays on m4, and m5 is named by its id.
		expect(checkpoint.current).toMatchObject({ resumeBy: 'anchor', anchor: { id: model(4).modelArn }, untimedIds: [model(5).modelArn] });
		await processCustomModels(scriptedService(items, 10), {}, () => {}, { checkpoint, pagination: { MaxItems: 2 }, checkpointEvery: 1 });
		expect(checkpoint.current).toMatchObject({ resumeBy: 'anchor', anchor: { id: model(7).modelArn }, untimedIds: [model(5).modelArn] });
		// Models before the anchor deleted: an anchored resume loses none of those after it (a count would).
		items.splice(0, 3);
		const rest: string[] = [];
		await processCustomModels(scriptedService(items, 10), {}, (m) => void rest.push(m.modelName ?? ''), { checkpoint });
		expect(rest).toEqual(['m8', 'm9', 'm10']);
	});
});

describe('checkpoints the engine refuses or brings up to date', () => {
	it('refuses a store that returns null with CheckpointCorruptError instead of starting over', async () => {
		const checkpoint = memoryCheckpoint();
		checkpoint.set(null);
		const error = await processCustomModels(scriptedService(catalogue(2), 2), {}, () => {}, { checkpoint }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointCorruptError);
		expect((error as Error).message).toMatch(/holds `null`/);
		expect(checkpoint.saves).toHaveLength(0);
	});

	it('reads a version 1 checkpoint of 0.2.0 and continues after its anchor, its ids done ahead and failures kept', async () => {
		const checkpoint = memoryCheckpoint();
		checkpoint.set({
			format: 'bedrock-paginators/checkpoint',
			version: 1,
			operation: 'ListCustomModels',
			query: { input: { sortBy: 'CreationTime', sortOrder: 'Ascending' }, pageSize: null },
			resumeBy: 'anchor',
			complete: false,
			NextToken: 'eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAzfQ==',
			anchor: { id: model(3).modelArn, time: model(3).creationTime?.toISOString(), idsAtTime: [model(3).modelArn] },
			doneAhead: [model(5).modelArn],
			handled: 4,
			failedCount: 1,
			failures: [{ id: model(2).modelArn, message: 'old failure', at: '2026-01-01T00:00:00.000Z' }],
			runs: 1,
			updatedAt: '2026-01-01T00:00:00.000Z',
		});
		const seen: string[] = [];
		const summary = await processCustomModels(scriptedService(catalogue(6), 6), {}, (m) => void seen.push(m.modelName ?? ''), { checkpoint });
		expect(seen).toEqual(['m4', 'm6']);
		expect(summary).toMatchObject({ complete: true, openFailures: 1 });
		expect(checkpoint.current).toMatchObject({ version: 2, handled: 6, failures: { recorded: 1, open: 1, records: [{ id: model(2).modelArn, error: { message: 'old failure' } }] } });
		expect(checkpoint.current?.jobId).toMatch(/^[0-9a-f]{24}$/);
	});

	it("saves a new checkpoint before the first handler runs, so a store that refuses writes fails the job before any work", async () => {
		const refusing: CheckpointStore = { location: 'read-only', load: async () => undefined, save: async () => Promise.reject(new Error('read-only file system')) };
		let handled = 0;
		await expect(processCustomModels(scriptedService(catalogue(3), 3), {}, () => void handled++, { checkpoint: refusing })).rejects.toThrow('read-only file system');
		expect(handled).toBe(0);
	});
});
