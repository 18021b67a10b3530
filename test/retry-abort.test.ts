import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkedController, onAbort, raceAbort, sleep } from '../src/retry/abort.js';

const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;
/** How a promise has settled so far: pending, or its value or reason. */
function track<T>(promise: Promise<T>) {
	const state: { settled: 'pending' | 'resolved' | 'rejected'; value?: T; reason?: unknown } = { settled: 'pending' };
	promise.then(
		(value) => Object.assign(state, { settled: 'resolved', value }),
		(reason: unknown) => Object.assign(state, { settled: 'rejected', reason }),
	);
	return state;
}

describe('sleep', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('resolves after the time asked, and not before', async () => {
		const controller = new AbortController();
		const state = track(sleep(1_000, controller.signal));
		await vi.advanceTimersByTimeAsync(999);
		expect(state.settled).toBe('pending');
		await vi.advanceTimersByTimeAsync(1);
		expect(state.settled).toBe('resolved');
		expect(listeners(controller.signal)).toBe(0);
	});

	it("rejects with the signal's reason the moment it aborts, leaving no timer and no listener", async () => {
		const controller = new AbortController();
		const reason = new Error('stop');
		const state = track(sleep(60_000, controller.signal));
		await vi.advanceTimersByTimeAsync(10);
		controller.abort(reason);
		await vi.advanceTimersByTimeAsync(0);
		expect(state).toEqual({ settled: 'rejected', reason });
		expect(vi.getTimerCount()).toBe(0);
		expect(listeners(controller.signal)).toBe(0);
	});

	it('rejects at once on a signal already aborted, whatever the reason', async () => {
		await expect(sleep(1_000, AbortSignal.abort('a string'))).rejects.toBe('a string');
		expect(vi.getTimerCount()).toBe(0);
	});

	it('resolves at once for no time at all, and works without a signal', async () => {
		await expect(sleep(0, undefined)).resolves.toBeUndefined();
		await expect(sleep(-5, new AbortController().signal)).resolves.toBeUndefined();
		const state = track(sleep(20, undefined));
		await vi.advanceTimersByTimeAsync(20);
		expect(state.settled).toBe('resolved');
	});
});

describe('raceAbort', () => {
	it('settles as the promise does while the signal stays quiet, and removes its listener', async () => {
		const controller = new AbortController();
		await expect(raceAbort(Promise.resolve('page'), controller.signal)).resolves.toBe('page');
		const failure = new Error('503');
		await expect(raceAbort(Promise.reject(failure), controller.signal)).rejects.toBe(failure);
		expect(listeners(controller.signal)).toBe(0);
	});

	it("rejects with the signal's reason as soon as it aborts, without waiting for the promise", async () => {
		const controller = new AbortController();
		const reason = new Error('stop');
		const racing = raceAbort(new Promise(() => {}), controller.signal);
		controller.abort(reason);
		await expect(racing).rejects.toBe(reason);
		expect(listeners(controller.signal)).toBe(0);
	});

	it('rejects at once on a signal already aborted, and the late rejection of the loser surfaces nowhere', async () => {
		const unhandled: unknown[] = [];
		const onUnhandled = (reason: unknown) => unhandled.push(reason);
		process.on('unhandledRejection', onUnhandled);
		try {
			const loser = Promise.reject(new Error('late'));
			await expect(raceAbort(loser, AbortSignal.abort('gone'))).rejects.toBe('gone');
			const controller = new AbortController();
			let fail: (error: Error) => void = () => {};
			const racing = raceAbort(new Promise((_, reject) => (fail = reject)), controller.signal);
			controller.abort('gone too');
			await expect(racing).rejects.toBe('gone too');
			fail(new Error('later'));
			await new Promise((resolve) => setImmediate(resolve));
		} finally {
			process.off('unhandledRejection', onUnhandled);
		}
		expect(unhandled).toEqual([]);
	});
});

describe('onAbort', () => {
	it('puts one listener on a signal however many subscribe, and tells each of them the reason', () => {
		const controller = new AbortController();
		const told: unknown[] = [];
		for (let i = 0; i < 20; i++) onAbort(controller.signal, (reason) => told.push([i, reason]));
		expect(listeners(controller.signal)).toBe(1);
		controller.abort('stop');
		expect(told).toHaveLength(20);
		expect(told[19]).toEqual([19, 'stop']);
	});

	it('removes the listener with the last subscriber, and tells no one who left', () => {
		const controller = new AbortController();
		const told: string[] = [];
		const leaveA = onAbort(controller.signal, () => told.push('a'));
		const leaveB = onAbort(controller.signal, () => told.push('b'));
		leaveA();
		leaveA();
		expect(listeners(controller.signal)).toBe(1);
		leaveB();
		expect(listeners(controller.signal)).toBe(0);
		onAbort(controller.signal, () => told.push('c'));
		controller.abort();
		expect(told).toEqual(['c']);
	});
});

describe('linkedController', () => {
	it("aborts the listing's own signal with the caller's reason", () => {
		const parent = new AbortController();
		const { controller } = linkedController(parent.signal);
		expect(controller.signal).not.toBe(parent.signal);
		expect(controller.signal.aborted).toBe(false);
		parent.abort('caller stopped');
		expect(controller.signal.aborted).toBe(true);
		expect(controller.signal.reason).toBe('caller stopped');
	});

	it("starts aborted when the caller's signal already is", () => {
		const { controller } = linkedController(AbortSignal.abort('too late'));
		expect(controller.signal.reason).toBe('too late');
	});

	it("aborts only itself when the listing ends early, and lets go of the caller's signal on release", () => {
		const parent = new AbortController();
		const first = linkedController(parent.signal);
		const second = linkedController(parent.signal);
		first.controller.abort('listing done');
		expect(parent.signal.aborted).toBe(false);
		expect(second.controller.signal.aborted).toBe(false);
		first.release();
		second.release();
		expect(listeners(parent.signal)).toBe(0);
		parent.abort('later');
		expect(second.controller.signal.aborted).toBe(false);
	});

	it('works without a caller signal', () => {
		const { controller, release } = linkedController(undefined);
		release();
		expect(controller.signal.aborted).toBe(false);
	});
});
