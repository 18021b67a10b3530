import { beforeAll, describe, expect, it } from 'vitest';
import { isAbortError, processCustomModels, type HandlerContext } from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, scriptedService } from './support/scripted-service.js';

const never = () => new Promise<void>(() => {});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A promise that settles when `signal` aborts, with its reason. */
const aborted = (signal: AbortSignal) =>
	signal.aborted ? Promise.resolve(signal.reason) : new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));

describe('maxDuration is a deadline', () => {
	// A first job loads what a job loads once per process (p-retry, the optional telemetry API): not within a deadline
	// of 100 ms on a busy machine.
	beforeAll(async () => {
		await processCustomModels(scriptedService(catalogue(1), 1), {}, () => {}, { checkpoint: memoryCheckpoint() });
	});

	it('aborts a handler that never settles, waits the grace, resolves, and does not record its model', async () => {
		const checkpoint = memoryCheckpoint();
		const reasons: unknown[] = [];
		const started = performance.now();
		const summary = await processCustomModels(scriptedService(catalogue(5), 5), {}, async (model, context) => {
			if (model.modelName === 'm3') {
				reasons.push(await aborted(context.signal));
				return never();
			}
		}, { checkpoint, maxDuration: 100, shutdownGraceMs: 50 });
		const took = performance.now() - started;
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', complete: false, handled: 2, abandoned: 1 });
		expect(reasons).toHaveLength(1);
		expect((reasons[0] as Error).name).toBe('TimeoutError');
		expect(took).toBeGreaterThanOrEqual(100);
		expect(took).toBeLessThan(100 + 50 + 1_000);
		// The model left running is not recorded: the next run starts at it.
		expect(checkpoint.current).toMatchObject({ handled: 2, complete: false, anchor: { id: catalogue(2)[1]?.modelArn } });
		const rerun: string[] = [];
		await processCustomModels(scriptedService(catalogue(5), 5), {}, (m) => void rerun.push(m.modelName ?? ''), { checkpoint });
		expect(rerun).toEqual(['m3', 'm4', 'm5']);
	});

	it('ignores what a handler left behind does later: no record, no save after the run ended', async () => {
		const checkpoint = memoryCheckpoint();
		let finishLate!: () => void;
		const late = new Promise<void>((resolve) => (finishLate = resolve));
		const summary = await processCustomModels(scriptedService(catalogue(3), 3), {}, (model) => (model.modelName === 'm2' ? late : undefined), {
			checkpoint,
			// Long enough that m1 is surely handled first on a busy machine; m2 holds the run until the deadline.
			maxDuration: 400,
			shutdownGraceMs: 0,
		});
		expect(summary).toMatchObject({ handled: 1, abandoned: 1 });
		const saves = checkpoint.saves.length;
		finishLate();
		await sleep(20);
		expect(checkpoint.saves).toHaveLength(saves);
		expect(checkpoint.current?.handled).toBe(1);
	});

	it('abandons the page being fetched at the deadline and resolves with stoppedBy maxDuration', async () => {
		const service = { async send(_: unknown, options?: { abortSignal?: AbortSignal }) {
			await new Promise((_, reject) => options?.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason)));
		} };
		const started = performance.now();
		const summary = await processCustomModels(service, {}, () => {}, { checkpoint: memoryCheckpoint(), maxDuration: 80 });
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', handled: 0, complete: false });
		expect(performance.now() - started).toBeLessThan(1_000);
	});

	it('starts no retry wait that would end past the deadline: a Retry-After of 600 s resolves at once', async () => {
		const throttled = Object.assign(new Error('Too many requests'), {
			name: 'ThrottlingException',
			$metadata: { httpStatusCode: 429 },
			$response: { headers: { 'retry-after': '600' } },
		});
		const service = scriptedService(catalogue(4), 2, new Map([[2, throttled]]));
		const handled: string[] = [];
		const started = performance.now();
		const summary = await processCustomModels(service, {}, (m) => void handled.push(m.modelName ?? ''), { checkpoint: memoryCheckpoint(), maxDuration: 2_000, readAhead: 0 });
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', handled: 2, complete: false });
		expect(handled).toEqual(['m1', 'm2']);
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(service.requests).toHaveLength(2);
	});

	it('resolves at the deadline under constant throttling instead of rejecting once retries run out', async () => {
		const service = { async send() {
			throw Object.assign(new Error('Slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
		} };
		const summary = await processCustomModels(service, {}, () => {}, { checkpoint: memoryCheckpoint(), maxDuration: 300, retry: { minTimeout: 1, maxTimeout: 5, retries: Number.POSITIVE_INFINITY } });
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', handled: 0 });
	});

	it('still saves and resolves when the deadline falls while handlers finish after MaxItems', async () => {
		const checkpoint = memoryCheckpoint();
		let signal: AbortSignal | undefined;
		const summary = await processCustomModels(scriptedService(catalogue(5), 5), {}, async (model, context) => {
			if (model.modelName === 'm2') {
				signal = context.signal;
				await aborted(context.signal);
			}
		}, { checkpoint, pagination: { MaxItems: 2 }, maxDuration: 60, shutdownGraceMs: 1_000 });
		expect((signal?.reason as Error).name).toBe('TimeoutError');
		expect(summary).toMatchObject({ stoppedBy: 'MaxItems', handled: 2, abandoned: 0 });
		expect(checkpoint.current?.handled).toBe(2);
	});
});

describe("HandlerContext.signal: what aborts it, and what doesn't", () => {
	it("is aborted with the job signal's reason, and the job rejects with an AbortError after the grace", async () => {
		const controller = new AbortController();
		const seen: unknown[] = [];
		const error = await processCustomModels(scriptedService(catalogue(4), 4), {}, async (model, context) => {
			if (model.modelName === 'm2') {
				controller.abort(new Error('deploy'));
				seen.push(await aborted(context.signal));
				return never();
			}
		}, { checkpoint: memoryCheckpoint(), signal: controller.signal, shutdownGraceMs: 20 }).catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect(seen).toEqual([new Error('deploy')]);
	});

	it("is aborted for the others when a handler fails under onError 'stop', with the failure as its cause", async () => {
		const failure = new Error('audit failed');
		const reasons: unknown[] = [];
		const error = await processCustomModels(scriptedService(catalogue(6), 6), {}, async (model, context) => {
			if (model.modelName === 'm4') {
				await sleep(5);
				throw failure;
			}
			if (model.modelName === 'm1' || model.modelName === 'm2') reasons.push(await aborted(context.signal));
		}, { checkpoint: memoryCheckpoint(), concurrency: 4 }).catch((e: unknown) => e);
		expect(error).toBe(failure);
		expect(reasons).toHaveLength(2);
		expect(reasons.map((reason) => [(reason as Error).name, (reason as Error).cause])).toEqual([
			['AbortError', failure],
			['AbortError', failure],
		]);
	});

	it('is not aborted at MaxItems nor when the job completes: running handlers finish', async () => {
		const signals: AbortSignal[] = [];
		await processCustomModels(scriptedService(catalogue(4), 4), {}, async (_, context) => {
			signals.push(context.signal);
			await sleep(2);
		}, { checkpoint: memoryCheckpoint(), concurrency: 2, pagination: { MaxItems: 3 } });
		expect(signals).toHaveLength(3);
		expect(signals.every((signal) => !signal.aborted)).toBe(true);
	});

	it('is aborted when the checkpoint cannot be written, and the job rejects with the store error', async () => {
		const checkpoint = memoryCheckpoint();
		const refused = new Error('disk full');
		let saves = 0;
		const failing = { ...checkpoint, async save(state: never) {
			if (++saves === 3) throw refused;
			return checkpoint.save(state);
		} };
		const reasons: unknown[] = [];
		const error = await processCustomModels(scriptedService(catalogue(20), 20), {}, async (_, context) => {
			await sleep(1);
			if (context.signal.aborted) reasons.push(context.signal.reason);
		}, { checkpoint: failing, checkpointEvery: 1, concurrency: 2 }).catch((e: unknown) => e);
		expect(error).toBe(refused);
		expect(reasons.length).toBeGreaterThan(0);
		expect((reasons[0] as Error).cause).toBe(refused);
	});

	it('refuses a shutdownGraceMs that is not a number of milliseconds', async () => {
		await expect(processCustomModels(scriptedService([], 1), {}, () => {}, { checkpoint: memoryCheckpoint(), shutdownGraceMs: -1 })).rejects.toThrow(
			/Expected `shutdownGraceMs` to be a number from 0 to 2147483647/,
		);
	});
});

describe('HandlerContext: index, attempt and idempotencyKey', () => {
	it('gives each model its index in this run, attempt 1, and a key that fits clientRequestToken', async () => {
		const contexts: HandlerContext[] = [];
		await processCustomModels(scriptedService(catalogue(3), 3), {}, (_, context) => void contexts.push(context), { checkpoint: memoryCheckpoint() });
		expect(contexts.map((context) => [context.index, context.attempt])).toEqual([
			[0, 1],
			[1, 1],
			[2, 1],
		]);
		for (const context of contexts) {
			expect(Object.isFrozen(context)).toBe(true);
			expect(context.idempotencyKey).toMatch(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/);
			expect(context.idempotencyKey).toHaveLength(32);
		}
		expect(new Set(contexts.map((context) => context.idempotencyKey)).size).toBe(3);
	});

	it('keeps the same key for the same model across runs, crashes before any save, and redrives; a new checkpoint makes new keys', async () => {
		const checkpoint = memoryCheckpoint();
		const keys = new Map<string, string[]>();
		const note = (name: string | undefined, context: HandlerContext) => keys.set(name ?? '', [...(keys.get(name ?? '') ?? []), context.idempotencyKey]);
		// A "crash" before anything but the first save: the handler of m1 fails the job.
		await processCustomModels(scriptedService(catalogue(3), 3), {}, (m, context) => {
			note(m.modelName, context);
			throw new Error('crash');
		}, { checkpoint }).catch(() => {});
		await processCustomModels(scriptedService(catalogue(3), 3), {}, (m, context) => {
			note(m.modelName, context);
			if (m.modelName === 'm2') throw new Error('no tag');
		}, { checkpoint, onError: 'continue' });
		await processCustomModels(scriptedService(catalogue(3), 3), {}, (m, context) => void note(m.modelName, context), { checkpoint, redrive: true });
		expect(keys.get('m1')).toHaveLength(2);
		expect(new Set(keys.get('m1')).size).toBe(1);
		expect(keys.get('m2')).toHaveLength(2);
		expect(new Set(keys.get('m2')).size).toBe(1);
		const fresh: string[] = [];
		await processCustomModels(scriptedService(catalogue(1), 1), {}, (_, context) => void fresh.push(context.idempotencyKey), { checkpoint: memoryCheckpoint() });
		expect(fresh[0]).not.toBe(keys.get('m1')?.[0]);
	});
});
