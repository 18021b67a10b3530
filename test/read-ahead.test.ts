/** Read-ahead on its own: a queue of fetches chained one after another, driven by a scripted source. */
import { describe, expect, it } from 'vitest';
import { ReadAhead } from '../src/core/read-ahead.js';

/** A source of numbered pages whose fetches settle only when the test says so. */
function scriptedSource(pages: number, failAt?: number) {
	const pending: { page: number; settle: () => void }[] = [];
	let started = 0;
	let running = 0;
	let mostAtOnce = 0;
	const fetchNext = () => {
		const page = started++;
		running++;
		mostAtOnce = Math.max(mostAtOnce, running);
		return new Promise<number | undefined>((resolve, reject) => {
			pending.push({
				page,
				settle: () => {
					running--;
					if (page === failAt) reject(new Error(`page ${page} failed`));
					else resolve(page < pages ? page : undefined);
				},
			});
		});
	};
	return {
		fetchNext,
		get started() {
			return started;
		},
		get mostAtOnce() {
			return mostAtOnce;
		},
		/** Settles the oldest fetch started, once it has started. */
		async settleNext() {
			for (let turn = 0; pending.length === 0 && turn < 50; turn++) await Promise.resolve();
			pending.shift()?.settle();
		},
	};
}

describe('ReadAhead', () => {
	it('with depth 0 fetches only when a page is taken', async () => {
		const source = scriptedSource(3);
		const ahead = new ReadAhead(source.fetchNext, 0, undefined);
		const first = ahead.take();
		await source.settleNext();
		expect(await first).toBe(0);
		ahead.fillAfter(0, () => true);
		expect(source.started).toBe(1);
		expect(ahead.holding).toBe(false);
	});

	it('keeps depth fetches ahead of the page handed out, started one after another', async () => {
		const source = scriptedSource(10);
		const ahead = new ReadAhead(source.fetchNext, 3, undefined);
		const first = ahead.take();
		await source.settleNext();
		ahead.fillAfter((await first) as number, () => true);
		expect(ahead.holding).toBe(true);
		for (let i = 0; i < 3; i++) await source.settleNext();
		expect(source.started).toBe(4);
		expect(source.mostAtOnce).toBe(1);
		const taken = [await ahead.take(), await ahead.take(), await ahead.take()];
		expect(taken).toEqual([1, 2, 3]);
		expect(ahead.holding).toBe(false);
	});

	it('stops reading ahead when told no more pages follow', async () => {
		const source = scriptedSource(10);
		const ahead = new ReadAhead(source.fetchNext, 4, undefined);
		const first = ahead.take();
		await source.settleNext();
		let more = 2;
		ahead.fillAfter((await first) as number, () => more-- > 0);
		await source.settleNext();
		await source.settleNext();
		expect(source.started).toBe(3);
	});

	it('asks mayPrefetch about each page handed out, and reads nothing ahead when it says no', async () => {
		const source = scriptedSource(10);
		const asked: number[] = [];
		const ahead = new ReadAhead(source.fetchNext, 2, (page: number) => {
			asked.push(page);
			return page !== 0;
		});
		const first = ahead.take();
		await source.settleNext();
		ahead.fillAfter((await first) as number, () => true);
		expect(ahead.holding).toBe(false);
		expect(source.started).toBe(1);
		const second = ahead.take();
		await source.settleNext();
		ahead.fillAfter((await second) as number, () => true);
		expect(asked).toEqual([0, 1]);
		expect(ahead.holding).toBe(true);
		await source.settleNext();
		await source.settleNext();
		expect(source.started).toBe(4);
		expect(source.mostAtOnce).toBe(1);
	});

	it('keeps a failure in its slot: the pages before it come first, then it rejects', async () => {
		const source = scriptedSource(10, 2);
		const ahead = new ReadAhead(source.fetchNext, 2, undefined);
		const first = ahead.take();
		await source.settleNext();
		ahead.fillAfter((await first) as number, () => true);
		await source.settleNext();
		await source.settleNext();
		expect(await ahead.take()).toBe(1);
		await expect(ahead.take()).rejects.toThrow('page 2 failed');
	});

	it('clear() drops what is held and resolves only once the fetch in flight has settled', async () => {
		const source = scriptedSource(10, 1);
		const ahead = new ReadAhead(source.fetchNext, 1, undefined);
		const first = ahead.take();
		await source.settleNext();
		ahead.fillAfter((await first) as number, () => true);
		let cleared = false;
		const clearing = ahead.clear().then(() => {
			cleared = true;
		});
		for (let turn = 0; turn < 20; turn++) await Promise.resolve();
		expect(cleared).toBe(false);
		await source.settleNext(); // the page read ahead fails: clear() swallows it
		await clearing;
		expect(ahead.holding).toBe(false);
		expect(source.started).toBe(2);
	});
});
