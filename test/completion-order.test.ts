import { describe, expect, it } from 'vitest';
import { Completion } from '../src/jobs/completion.js';
import type { ListedItem } from '../src/jobs/segments.js';

const T0 = Date.parse('2025-01-01T00:00:00.000Z');
/** The n-th listed item: id `m<n>`, sort time n seconds after T0 (unless given), and the token after it. */
const item = (ordinal: number, time: number = T0 + ordinal * 1000, id = `m${ordinal}`): ListedItem => ({ ordinal, id, time, tokenAfter: () => `after-${ordinal}` });
/** An item without a sort time. */
const untimed = (ordinal: number, id: string): ListedItem => ({ ordinal, id, time: undefined, tokenAfter: () => `after-${ordinal}` });
const iso = (ms: number) => new Date(ms).toISOString();
const fresh = () => new Completion(null, [], true);

describe('Completion: the checkpoint only moves past items all done', () => {
	it('moves the prefix with items done in order, and resumes after the last of them', () => {
		const completion = fresh();
		for (const ordinal of [0, 1, 2]) completion.done(item(ordinal));
		expect(completion.prefixLength).toBe(3);
		expect(completion.hasDoneAhead).toBe(false);
		expect(completion.resumeToken('before')).toBe('after-2');
		expect(completion.anchor()).toEqual({ id: 'm2', time: iso(T0 + 2000), idsAtTime: ['m2'] });
	});

	it('does not move past an item still running: the resume token stays where it was', () => {
		const completion = fresh();
		completion.done(item(1));
		completion.done(item(2));
		expect(completion.prefixLength).toBe(0);
		expect(completion.resumeToken('before')).toBe('before');
		expect(completion.anchor()).toBeNull();
		expect(completion.hasDoneAhead).toBe(true);
	});

	it('keeps items done ahead as one stretch, counted from the item after the prefix, with its end marks', () => {
		const completion = fresh();
		completion.done(item(0));
		for (const ordinal of [3, 5, 4]) completion.done(item(ordinal));
		expect(completion.prefixLength).toBe(1);
		expect(completion.doneAhead()).toEqual({
			ranges: [{ offset: 2, count: 3, first: { time: iso(T0 + 3000), ids: ['m3'] }, last: { time: iso(T0 + 5000), ids: ['m5'] } }],
			ids: [],
		});
	});

	it('keeps stretches apart until the items between them are done, in listing order', () => {
		const completion = fresh();
		for (const ordinal of [6, 2, 3]) completion.done(item(ordinal));
		expect(completion.doneAhead().ranges.map(({ offset, count }) => [offset, count])).toEqual([
			[2, 2],
			[6, 1],
		]);
	});

	it('takes the stretches into the prefix once the item before them is done', () => {
		const completion = fresh();
		for (const ordinal of [1, 2, 4]) completion.done(item(ordinal));
		completion.done(item(0));
		expect(completion.prefixLength).toBe(3);
		expect(completion.doneAhead().ranges.map(({ offset, count }) => [offset, count])).toEqual([[1, 1]]);
		completion.done(item(3));
		expect(completion.prefixLength).toBe(5);
		expect(completion.hasDoneAhead).toBe(false);
		expect(completion.resumeToken(null)).toBe('after-4');
	});

	it('names every item at the anchor\'s sort time, as the service orders equal times as it likes', () => {
		const completion = fresh();
		completion.done(item(0, T0, 'a'));
		completion.done(item(1, T0, 'b'));
		expect(completion.anchor()).toEqual({ id: 'b', time: iso(T0), idsAtTime: ['a', 'b'] });
	});

	it('names the items without a sort time, in the prefix and ahead of it, by id', () => {
		const completion = fresh();
		completion.done(untimed(0, 'x'));
		completion.done(untimed(2, 'y'));
		expect(completion.untimedIds()).toEqual(['x']);
		expect(completion.doneAhead()).toEqual({ ranges: [{ offset: 1, count: 1, first: null, last: null }], ids: ['y'] });
	});

	it('starts from the previous run\'s anchor and untimed items until this run moves the prefix', () => {
		const previous = { id: 'm9', time: iso(T0 + 9000), idsAtTime: ['m8', 'm9'] };
		const completion = new Completion(previous, ['u1'], true);
		expect(completion.anchor()).toEqual(previous);
		expect(completion.untimedIds()).toEqual(['u1']);
		completion.done(item(0, T0 + 10_000, 'm10'));
		expect(completion.anchor()).toEqual({ id: 'm10', time: iso(T0 + 10_000), idsAtTime: ['m10'] });
	});

	it('gives no anchor and no untimed ids once the order cannot be trusted, or when it never could', () => {
		const completion = fresh();
		completion.done(untimed(0, 'x'));
		completion.done(item(1));
		completion.stopAnchoring();
		expect(completion.anchor()).toBeNull();
		expect(completion.untimedIds()).toEqual([]);
		expect(completion.resumeToken(null)).toBe('after-1');
		const byCount = new Completion(null, [], false);
		byCount.done(item(0));
		expect(byCount.anchor()).toBeNull();
	});
});
