import { describe, expect, it } from 'vitest';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, type CheckpointState, type DoneRange } from '../src/jobs/checkpoint-state.js';
import { ResumeFilter } from '../src/jobs/resume-filter.js';
import type { ListedItem } from '../src/jobs/segments.js';

const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
/** An item listed at `ordinal`, sorted at `seconds` after T0 (or without a time). */
const listed = (ordinal: number, id: string, seconds?: number): ListedItem => ({
	ordinal,
	id,
	time: seconds === undefined ? undefined : T0 + seconds * 1000,
	tokenAfter: () => undefined,
});
/** A previous run's checkpoint: only what the filter reads differs from a fresh one. */
const previous = (state: Partial<Pick<CheckpointState, 'anchor' | 'untimedIds' | 'doneAhead' | 'doneAheadIds'>>): CheckpointState => ({
	format: CHECKPOINT_FORMAT,
	version: CHECKPOINT_VERSION,
	jobId: 'job',
	operation: 'ListCustomModels',
	query: { input: {}, pageSize: null },
	service: { region: null, endpoint: null, account: null, arnRegion: null },
	resumeBy: 'anchor',
	complete: false,
	NextToken: null,
	anchor: null,
	untimedIds: [],
	doneAhead: [],
	doneAheadIds: [],
	handled: 0,
	failures: { recorded: 0, open: 0, batches: null, records: [] },
	runs: 1,
	updatedAt: iso(0),
	...state,
});
const range = (count: number, first: [number, string[]] | null, last: [number, string[]] | null, offset: number | null = null): DoneRange => ({
	offset,
	count,
	first: first === null ? null : { time: iso(first[0]), ids: first[1] },
	last: last === null ? null : { time: iso(last[0]), ids: last[1] },
});
/** The ids of `items` the filter passes over, asked in listing order. */
const skipped = (filter: ResumeFilter, items: ListedItem[]) => items.filter((item) => filter.handled(item)).map((item) => item.id);

describe('ResumeFilter: which items an earlier run handled', () => {
	it('passes over nothing on a first run', () => {
		expect(skipped(new ResumeFilter(undefined, true, false), [listed(0, 'a', 1), listed(1, 'b')])).toEqual([]);
	});

	it('anchored, ascending: skips what sorts before the anchor and the named items at its time, keeps the rest', () => {
		const filter = new ResumeFilter(previous({ anchor: { id: 'b', time: iso(5), idsAtTime: ['a'] } }), true, false);
		const items = [listed(0, 'old', 1), listed(1, 'a', 5), listed(2, 'new-at-5', 5), listed(3, 'b', 5), listed(4, 'later', 6)];
		expect(skipped(filter, items)).toEqual(['old', 'a', 'b']);
	});

	it('anchored, descending: skips what sorts after the anchor, as newer items came first', () => {
		const filter = new ResumeFilter(previous({ anchor: { id: 'x', time: iso(5), idsAtTime: [] } }), true, true);
		expect(skipped(filter, [listed(0, 'newest', 9), listed(1, 'x', 5), listed(2, 'older', 4)])).toEqual(['newest', 'x']);
	});

	it('keeps an item added since at an earlier time once the listing has passed the anchor', () => {
		const filter = new ResumeFilter(previous({ anchor: { id: 'a', time: iso(5), idsAtTime: [] } }), true, false);
		expect(skipped(filter, [listed(0, 'a', 5), listed(1, 'b', 6), listed(2, 'late-arrival', 1)])).toEqual(['a']);
	});

	it('skips items without a time that the earlier run named, and only those', () => {
		const filter = new ResumeFilter(previous({ anchor: { id: 'a', time: iso(5), idsAtTime: [] }, untimedIds: ['u1'] }), true, false);
		expect(skipped(filter, [listed(0, 'u1'), listed(1, 'u2')])).toEqual(['u1']);
	});

	it('skips a stretch handled ahead by its end times, ends included only for the ids named there', () => {
		const filter = new ResumeFilter(previous({ anchor: { id: 'a', time: iso(1), idsAtTime: [] }, doneAhead: [range(3, [3, ['c']], [5, ['e']])] }), true, false);
		const items = [listed(0, 'a', 1), listed(1, 'b', 2), listed(2, 'c', 3), listed(3, 'c2', 3), listed(4, 'd', 4), listed(5, 'e', 5), listed(6, 'e2', 5), listed(7, 'f', 6)];
		expect(skipped(filter, items)).toEqual(['a', 'c', 'd', 'e']);
	});

	it('by count: skips the positions of the stretches handled ahead, counted from the resumed token', () => {
		const filter = new ResumeFilter(previous({ doneAhead: [range(2, null, null, 1), range(1, null, null, 4)] }), false, false);
		const items = [0, 1, 2, 3, 4, 5].map((ordinal) => listed(ordinal, `m${ordinal}`, ordinal));
		expect(skipped(filter, items)).toEqual(['m1', 'm2', 'm4']);
	});

	it('skips an item handled ahead by id once: the same id listed again is handled', () => {
		const filter = new ResumeFilter(previous({ doneAheadIds: ['dup'] }), false, false);
		expect(skipped(filter, [listed(0, 'dup'), listed(1, 'dup')])).toEqual(['dup']);
		expect(filter.pending(2, 2)).toEqual({ ranges: [], ids: [] });
	});
});

describe('ResumeFilter: what the next checkpoint keeps of the earlier run\'s stretches', () => {
	it('by count: moves the stretches not yet reached to after the new prefix, cutting one the listing is inside', () => {
		const filter = new ResumeFilter(previous({ doneAhead: [range(2, null, null, 1), range(3, [7, ['m7']], [9, ['m9']], 7)], doneAheadIds: ['z'] }), false, false);
		expect(filter.pending(8, 5)).toEqual({
			ranges: [{ offset: 3, count: 2, first: null, last: { time: iso(9), ids: ['m9'] } }],
			ids: ['z'],
		});
	});

	it('anchored: keeps the stretches not yet passed as times, without offsets', () => {
		const filter = new ResumeFilter(previous({ anchor: { id: 'a', time: iso(1), idsAtTime: [] }, doneAhead: [range(2, [3, ['c']], [4, ['d']], 2), range(1, [8, ['h']], [8, ['h']], 7)] }), true, false);
		skipped(filter, [listed(0, 'a', 1), listed(1, 'b', 2), listed(2, 'c', 3), listed(3, 'd', 4), listed(4, 'e', 5)]);
		expect(filter.pending(5, 5)).toEqual({ ranges: [{ ...range(1, [8, ['h']], [8, ['h']], 7), offset: null }], ids: [] });
	});
});
