import { describe, expect, it, vi } from 'vitest';
import {
	CheckpointCorruptError,
	CheckpointMismatchError,
	InvalidPaginationConfigError,
	isAbortError,
	processCustomModels,
	processGuardrails,
	type CheckpointState,
	type JobSummary,
} from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, model, names, scriptedService } from './support/scripted-service.js';
import { nextTurn } from './support/turn.js';

const arns = (models: { modelArn?: string | undefined }[]) => models.map((m) => m.modelArn ?? '');
/** The ids a checkpoint's ranges cover, read against the listing's order (each range: from its first id to its last). */
function idsInRanges(state: CheckpointState, order: string[]): string[] {
	const ids: string[] = [];
	for (const range of state.doneAhead) {
		const from = order.indexOf(range.first?.ids[0] ?? '');
		const to = order.indexOf(range.last?.ids.at(-1) ?? '');
		expect(to - from + 1).toBe(range.count);
		ids.push(...order.slice(from, to + 1));
	}
	return ids;
}

describe('processCustomModels: a resumable job', () => {
	it('handles every model once, in listing order, and a rerun handles nothing once the listing is complete', async () => {
		const items = catalogue(11);
		const service = scriptedService(items, 4);
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		const summary = await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint, checkpointEvery: 1 });
		expect(handled).toEqual(names(items));
		expect(summary).toMatchObject({ handled: 11, failed: 0, pages: 3, requests: 3, retries: 0, resumed: false, complete: true, stoppedBy: 'complete', NextToken: undefined });
		expect(checkpoint.current).toMatchObject({ complete: true, handled: 11, NextToken: null, doneAhead: [] });
		// A new checkpoint is saved before the first handler (it holds the job id), then after every model, and
		// the last write says the listing is complete.
		expect(checkpoint.saves.map((state) => state.handled)).toEqual([0, ...names(items).map((_, i) => i + 1), 11]);

		const again = await processCustomModels(service, {}, () => void handled.push('again'), { checkpoint });
		expect(again).toMatchObject({ handled: 0, complete: true, stoppedBy: 'alreadyComplete' });
		expect(handled).toHaveLength(11);
		// The rerun asks for one page of at most 50 models, to check that the checkpoint's account is the client's.
		expect(service.requests).toHaveLength(4);
		expect(service.requests[3]).toMatchObject({ maxResults: 50 });
	});

	it('sends the order it relies on: sorted by creation time, ascending unless told otherwise', async () => {
		const service = scriptedService(catalogue(2), 4);
		await processCustomModels(service, { modelStatus: 'Active' }, () => {}, { checkpoint: memoryCheckpoint(), pagination: { PageSize: 5 } });
		expect(service.requests[0]).toEqual({ modelStatus: 'Active', sortBy: 'CreationTime', sortOrder: 'Ascending', maxResults: 5 });
		const descending = scriptedService([], 4);
		await processCustomModels(descending, { sortOrder: 'Descending' }, () => {}, { checkpoint: memoryCheckpoint() });
		expect(descending.requests[0]).toMatchObject({ sortOrder: 'Descending', sortBy: 'CreationTime' });
	});

	it('runs in chunks with MaxItems: each run handles at most that many, sends no request past them, and the next continues', async () => {
		const items = catalogue(10);
		const service = scriptedService(items, 3);
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		const runs: JobSummary[] = [];
		for (let run = 0; run < 5; run++) {
			runs.push(await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint, pagination: { PageSize: 3, MaxItems: 3 } }));
		}
		expect(handled).toEqual(names(items));
		expect(runs.map((r) => [r.handled, r.complete, r.stoppedBy])).toEqual([
			[3, false, 'MaxItems'],
			[3, false, 'MaxItems'],
			[3, false, 'MaxItems'],
			[1, true, 'complete'],
			[0, true, 'alreadyComplete'],
		]);
		// One request per run for a page that holds exactly the run's models, never a request past MaxItems;
		// and each run after the first one request for the oldest models, which tell the checkpoint's account.
		expect(runs.map((r) => r.requests)).toEqual([1, 2, 2, 2, 1]);
		expect(runs[0]?.NextToken).toEqual(expect.any(String));
	});

	it('stops at a failing handler: no new model starts, the job rejects with that error, and the rerun starts at that model', async () => {
		const items = catalogue(8);
		const service = scriptedService(items, 3);
		const checkpoint = memoryCheckpoint();
		const failure = new Error('audit failed');
		const handled: string[] = [];
		const first = processCustomModels(service, {}, (m) => {
			if (m.modelName === 'm5') throw failure;
			handled.push(m.modelName ?? '');
		}, { checkpoint });
		await expect(first).rejects.toBe(failure);
		expect(handled).toEqual(['m1', 'm2', 'm3', 'm4']);
		expect(checkpoint.current).toMatchObject({ complete: false, handled: 4, anchor: { id: model(4).modelArn } });

		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint });
		expect(handled).toEqual(names(items));
	});

	it("records failures with onError: 'continue' and moves on", async () => {
		const service = scriptedService(catalogue(6), 4);
		const checkpoint = memoryCheckpoint();
		const summary = await processCustomModels(service, {}, (m) => {
			if (m.modelName === 'm2' || m.modelName === 'm5') throw new Error(`no tag on ${m.modelName}`);
		}, { checkpoint, onError: 'continue' });
		expect(summary).toMatchObject({ handled: 6, failed: 2, complete: true });
		expect(summary.failures).toEqual([
			{ id: model(2).modelArn, message: 'no tag on m2', attempts: 1 },
			{ id: model(5).modelArn, message: 'no tag on m5', attempts: 1 },
		]);
		expect(checkpoint.current?.failures.records.map((f) => [f.id, f.error?.message])).toEqual([
			[model(2).modelArn, 'no tag on m2'],
			[model(5).modelArn, 'no tag on m5'],
		]);
		expect(checkpoint.current?.failures).toMatchObject({ recorded: 2, open: 2, batches: null });
		expect(summary.openFailures).toBe(2);
	});

	it('stops on the signal: handlers in flight finish, the checkpoint is saved, the job rejects with an AbortError, and the rerun continues', async () => {
		const items = catalogue(9);
		const service = scriptedService(items, 3);
		const checkpoint = memoryCheckpoint();
		const controller = new AbortController();
		const handled: string[] = [];
		const error = await processCustomModels(service, {}, async (m) => {
			handled.push(m.modelName ?? '');
			if (m.modelName === 'm4') controller.abort(new Error('deploy'));
			await nextTurn();
		}, { checkpoint, signal: controller.signal }).catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect((error as Error).cause).toEqual(new Error('deploy'));
		expect(handled).toEqual(['m1', 'm2', 'm3', 'm4']);
		expect(checkpoint.current).toMatchObject({ handled: 4, complete: false });

		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint });
		expect(handled).toEqual(names(items));
	});

	it('aborted on the last model of a resumed run: the error and the checkpoint agree that nothing is left to list', async () => {
		const items = catalogue(6);
		const service = scriptedService(items, 3);
		const checkpoint = memoryCheckpoint();
		await processCustomModels(service, {}, () => {}, { checkpoint, pagination: { MaxItems: 2 } });
		const controller = new AbortController();
		const error = await processCustomModels(service, {}, (m) => {
			if (m.modelName === 'm6') controller.abort(new Error('deploy'));
		}, { checkpoint, signal: controller.signal }).catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		// Not the first run's token, which would list m3..m6 again.
		expect((error as { NextToken?: string }).NextToken).toBeUndefined();
		expect(checkpoint.current).toMatchObject({ handled: 6, complete: false, NextToken: null });
	});

	it('stops starting models after maxDuration, and resolves with what it did', async () => {
		const service = scriptedService(catalogue(50), 10);
		const checkpoint = memoryCheckpoint();
		// On a fake clock each handler takes exactly 5 ms, however loaded the machine.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
		const run = processCustomModels(service, {}, () => new Promise((resolve) => setTimeout(resolve, 5)), { checkpoint, maxDuration: 40 });
		const summary = await vi.runAllTimersAsync().then(() => run).finally(() => vi.useRealTimers());
		expect(summary.stoppedBy).toBe('maxDuration');
		expect(summary.complete).toBe(false);
		expect(summary.handled).toBeGreaterThan(0);
		expect(summary.handled).toBeLessThan(50);
		expect(checkpoint.current?.handled).toBe(summary.handled);
	});

	it('runs up to `concurrency` handlers at once, started in listing order, and checkpoints only past the models all done', async () => {
		const items = catalogue(40);
		const service = scriptedService(items, 7);
		const checkpoint = memoryCheckpoint();
		const started: string[] = [];
		let running = 0;
		let most = 0;
		const summary = await processCustomModels(service, {}, async (m) => {
			started.push(m.modelName ?? '');
			running++;
			most = Math.max(most, running);
			// Handlers finish out of order, the same way every run: model n takes n * 7 % 5 turns of the event loop.
			for (let turn = 0; turn < (Number(m.modelName?.slice(1)) * 7) % 5; turn++) await nextTurn();
			running--;
		}, { checkpoint, concurrency: 4 });
		expect(summary).toMatchObject({ handled: 40, complete: true });
		expect(started).toEqual(names(items));
		expect(most).toBe(4);
		// Every intermediate checkpoint's anchor is a model all of whose predecessors are done (its prefix), and
		// the ranges done ahead lie after it.
		const order = arns(items);
		for (const state of checkpoint.saves.filter((s) => !s.complete)) {
			const anchorIndex = state.anchor === null ? -1 : order.indexOf(state.anchor.id);
			const ahead = idsInRanges(state, order);
			for (const id of ahead) expect(order.indexOf(id)).toBeGreaterThan(anchorIndex);
			expect(state.handled).toBe(anchorIndex + 1 + ahead.length);
		}
	});

	it('does not repeat models done ahead of a failed one when concurrency lets them finish first', async () => {
		const items = catalogue(12);
		const service = scriptedService(items, 12);
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		let m6Done!: () => void;
		const m6 = new Promise<void>((resolve) => (m6Done = resolve));
		let m3Failed!: () => void;
		const m3 = new Promise<void>((resolve) => (m3Failed = resolve));
		await expect(
			processCustomModels(service, {}, async (m) => {
				const n = Number(m.modelName?.slice(1));
				if (n === 3) {
					await m6;
					m3Failed();
					throw new Error('m3 failed');
				}
				if (n > 6) await m3;
				handled.push(m.modelName ?? '');
				if (n === 6) m6Done();
			}, { checkpoint, concurrency: 4 }),
		).rejects.toThrow('m3 failed');
		// Models after m3 that finished before it failed are recorded as done ahead, and nothing started after it.
		expect(handled).toEqual(expect.arrayContaining(['m1', 'm2', 'm4', 'm5', 'm6']));
		expect(checkpoint.current?.anchor?.id).toBe(model(2).modelArn);
		expect(idsInRanges(checkpoint.current as CheckpointState, arns(items)).sort()).toEqual(arns(handled.filter((n) => n !== 'm1' && n !== 'm2').map((n) => model(Number(n.slice(1))))).sort());
		const rerun: string[] = [];
		await processCustomModels(service, {}, (m) => void rerun.push(m.modelName ?? ''), { checkpoint });
		expect(rerun[0]).toBe('m3');
		expect([...handled, ...rerun].sort()).toEqual(names(items).sort());
	});

	it('batches checkpoint writes with checkpointEvery', async () => {
		const service = scriptedService(catalogue(25), 10);
		const checkpoint = memoryCheckpoint();
		await processCustomModels(service, {}, () => {}, { checkpoint, checkpointEvery: 10 });
		expect(checkpoint.saves.map((s) => s.handled)).toEqual([0, 10, 20, 25]);
		expect(checkpoint.current?.complete).toBe(true);
	});
});

describe('processCustomModels: safe under change', () => {
	it('continues after where a deleted anchor stood, and handles models created since', async () => {
		const items = catalogue(20);
		const service = scriptedService(items, 5);
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint, pagination: { MaxItems: 7 } });
		expect(handled.at(-1)).toBe('m7');
		// Between runs: the anchor (m7) and the model before it are deleted, one newer model is created.
		items.splice(5, 2);
		items.push(model(21));
		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint });
		expect(handled).toEqual([...names(catalogue(7)), ...names(catalogue(21)).slice(7)]);
	});

	it('lists again from the start when the resumed page no longer shows where the anchor stood (offset tokens shifted), rather than skip', async () => {
		const items = catalogue(30);
		// Offset tokens ('tok-<offset>'): deleting models before a page shifts it.
		const service = scriptedService(items, 10);
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint, pagination: { MaxItems: 12 } });
		expect(handled.at(-1)).toBe('m12');
		// Five models of the first page go: the page at offset 10 now starts at m16, past the anchor m12.
		items.splice(0, 5);
		const summary = await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint });
		expect(handled).toEqual(names(catalogue(30)));
		expect(summary.skipped).toBe(7);
	});

	it('lists again from the start when the service refuses the saved token (an expired token)', async () => {
		const items = catalogue(9);
		const inner = scriptedService(items, 3);
		let refuse = false;
		const service = {
			...inner,
			async send(command: { input: { nextToken?: string } }, options?: { abortSignal?: AbortSignal }) {
				if (refuse && command.input.nextToken !== undefined) {
					refuse = false;
					throw Object.assign(new Error('The provided pagination token is invalid.'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
				}
				return inner.send(command as never, options);
			},
		};
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint, pagination: { MaxItems: 4 } });
		refuse = true;
		await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint });
		expect(handled).toEqual(names(items));
	});

	it('reads the order from the pages: a page out of time order makes later resumes go by count', async () => {
		const items = catalogue(6);
		[items[2], items[3]] = [items[3] as (typeof items)[number], items[2] as (typeof items)[number]];
		const service = scriptedService(items, 6);
		const checkpoint = memoryCheckpoint();
		await processCustomModels(service, {}, () => {}, { checkpoint, pagination: { MaxItems: 5 } });
		expect(checkpoint.current).toMatchObject({ resumeBy: 'count', anchor: null });
		const rest: string[] = [];
		await processCustomModels(service, {}, (m) => void rest.push(m.modelName ?? ''), { checkpoint });
		expect(rest).toEqual(['m6']);
	});

	it('resumes by count for an operation without a time order (ListGuardrails), and says so in the checkpoint', async () => {
		const guardrails = Array.from({ length: 7 }, (_, i) => ({ id: `g${i}`, arn: `arn:aws:bedrock:us-east-1:123456789012:guardrail/g${i}`, name: `g${i}`, status: 'READY', version: 'DRAFT', createdAt: new Date(), updatedAt: new Date() }));
		const service = {
			async send(command: { input: { nextToken?: string; maxResults?: number } }) {
				const offset = Number(command.input.nextToken ?? 0);
				const page = guardrails.slice(offset, offset + 3);
				return { guardrails: page, ...(offset + 3 < guardrails.length ? { nextToken: String(offset + 3) } : {}) };
			},
		};
		const checkpoint = memoryCheckpoint();
		const seen: string[] = [];
		await processGuardrails(service, {}, (g) => void seen.push(g.id ?? ''), { checkpoint, pagination: { MaxItems: 4 } });
		expect(checkpoint.current).toMatchObject({ resumeBy: 'count', operation: 'ListGuardrails' });
		await processGuardrails(service, {}, (g) => void seen.push(g.id ?? ''), { checkpoint });
		expect(seen).toEqual(guardrails.map((g) => g.id));
	});
});

describe('processCustomModels: bad input and bad checkpoints', () => {
	const service = scriptedService(catalogue(3), 3);

	it('refuses a checkpoint written for other filters, naming what changed, and leaves it as it was', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(service, { modelStatus: 'Active' }, () => {}, { checkpoint, pagination: { MaxItems: 1 } });
		const before = checkpoint.current;
		const error = await processCustomModels(service, { modelStatus: 'Failed', isOwned: true }, () => {}, { checkpoint }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointMismatchError);
		expect((error as CheckpointMismatchError).changes).toEqual([
			'filters.isOwned: (not set) in the checkpoint, true now',
			'filters.modelStatus: "Active" in the checkpoint, "Failed" now',
		]);
		expect((error as Error).message).toMatch(/written for another query/);
		expect(checkpoint.current).toEqual(before);
	});

	it('refuses another sort order as another query', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(service, {}, () => {}, { checkpoint, pagination: { MaxItems: 1 } });
		await expect(processCustomModels(service, { sortOrder: 'Descending' }, () => {}, { checkpoint })).rejects.toThrow(
			/filters.sortOrder: "Ascending" in the checkpoint, "Descending" now/,
		);
	});

	it.each<[string, unknown, RegExp]>([
		['not an object', [1, 2], /is not a checkpoint \(not a JSON object\)/],
		['another program', { format: 'something-else' }, /is not a checkpoint of bedrock-paginators/],
		['another format version', { format: 'bedrock-paginators/checkpoint', version: 99 }, /has format version 99; this version of bedrock-paginators reads versions 1 and 2/],
		['damaged', { format: 'bedrock-paginators/checkpoint', version: 1, operation: 'ListCustomModels' }, /is damaged: "query" is missing/],
	])('refuses a checkpoint that is %s with CheckpointCorruptError, and never overwrites it', async (_, raw, message) => {
		const checkpoint = memoryCheckpoint();
		checkpoint.set(raw);
		const error = await processCustomModels(service, {}, () => {}, { checkpoint }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointCorruptError);
		expect((error as Error).message).toMatch(message);
		expect((error as CheckpointCorruptError).location).toBe('memory');
		expect(checkpoint.saves).toHaveLength(0);
	});

	it.each<[string, unknown, RegExp]>([
		['no options', undefined, /Expected job options with a `checkpoint`/],
		['no checkpoint', {}, /Expected `checkpoint` to be a checkpoint store/],
		['a StartingToken', { checkpoint: memoryCheckpoint(), pagination: { StartingToken: 'x' } }, /takes no `StartingToken`/],
		['concurrency 0', { checkpoint: memoryCheckpoint(), concurrency: 0 }, /`concurrency` to be an integer from 1 to 256/],
		['a bad onError', { checkpoint: memoryCheckpoint(), onError: 'ignore' }, /`onError` to be 'stop' or 'continue'/],
		['a bad checkpointEvery', { checkpoint: memoryCheckpoint(), checkpointEvery: { seconds: 5 } }, /`checkpointEvery` to be 'auto', a number of items/],
		['a misspelt option', { checkpoint: memoryCheckpoint(), concurency: 2 }, /Unknown job option `concurency`/],
		['a misspelt pagination key', { checkpoint: memoryCheckpoint(), pagination: { maxItems: 2 } }, /^Unknown pagination option `maxItems`; did you mean `MaxItems`\?$/],
		['an unknown pagination key', { checkpoint: memoryCheckpoint(), pagination: { Limit: 2 } }, /^Unknown pagination option `Limit`; expected one of `PageSize`, `MaxItems`\.$/],
		['a maxDuration of 0', { checkpoint: memoryCheckpoint(), maxDuration: 0 }, /^Expected `maxDuration` to be a number from 1 to 2147483647 \(2\^31-1, the longest a timer can wait\), got `0` \(number\)\.$/],
		['a redrive that is no boolean', { checkpoint: memoryCheckpoint(), redrive: 'yes' }, /^Expected `redrive` to be a boolean, got `'yes'` \(string\)\.$/],
	])('refuses %s before anything is sent', async (_, options, message) => {
		const requests = service.requests.length;
		await expect(processCustomModels(service, {}, () => {}, options as never)).rejects.toThrow(message);
		await expect(processCustomModels(service, {}, () => {}, options as never)).rejects.toBeInstanceOf(InvalidPaginationConfigError);
		expect(service.requests.length).toBe(requests);
	});

	it('refuses a handler that is not a function, and a filter it does not know', async () => {
		await expect(processCustomModels(service, {}, 'audit' as never, { checkpoint: memoryCheckpoint() })).rejects.toThrow(/handler \(the third argument\) to be a function/);
		await expect(processCustomModels(service, { namecontains: 'x' } as never, () => {}, { checkpoint: memoryCheckpoint() })).rejects.toThrow(/Did you mean `nameContains`\?/);
	});

	it('keeps the state a store returns as JSON', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(service, {}, () => {}, { checkpoint, pagination: { MaxItems: 2 } });
		const state = checkpoint.current as CheckpointState;
		expect(state).toMatchObject({ format: 'bedrock-paginators/checkpoint', version: 2, operation: 'ListCustomModels', resumeBy: 'anchor', runs: 1 });
		expect(state.jobId).toMatch(/^[0-9a-f]{24}$/);
		expect(state.query).toEqual({ input: { sortBy: 'CreationTime', sortOrder: 'Ascending' }, pageSize: null });
		expect(state.anchor).toEqual({ id: model(2).modelArn, time: model(2).creationTime?.toISOString(), idsAtTime: [model(2).modelArn] });
	});
});
