/**
 * A stretch of listed items that are all done, described by its ends and not by its items: the first and
 * last sort times with the ids at exactly those times (what lies strictly between is done too, the listing
 * being in time order), the last item (whose token resumes after it) and the items without a sort time.
 * Merging two neighbours costs the same however many items they hold.
 */

/** Ids kept at one sort time, at one end of a stretch; past it, items at that time are handled again on resume. */
export const MAX_IDS_AT_TIME = 1_000;
/** Ids kept of items without a sort time, per stretch (the latest); the others are handled again on resume. */
export const MAX_UNTIMED_IDS = 1_000;

/** An item as the job listed it. */
export interface ListedItem {
	/** Its position among the items this run listed (skipped ones included), from 0. */
	readonly ordinal: number;
	readonly id: string | undefined;
	/** Its sort time in ms, when it has one. */
	readonly time: number | undefined;
	/** botocore's token right after it. */
	tokenAfter(): string | undefined;
}

/** One end of a stretch: a sort time and the ids at exactly it. */
export interface Mark {
	readonly time: number;
	readonly ids: readonly string[];
}

export interface Segment {
	readonly start: number;
	readonly end: number;
	readonly first: Mark | undefined;
	readonly last: Mark | undefined;
	/** Items without a sort time (the latest `MAX_UNTIMED_IDS`; earlier ones are handled again on resume). */
	readonly untimed: readonly string[];
	readonly lastItem: ListedItem | undefined;
}

export function singleItem(item: ListedItem): Segment {
	const ids = item.id === undefined ? [] : [item.id];
	if (item.time === undefined) return { start: item.ordinal, end: item.ordinal, first: undefined, last: undefined, untimed: ids, lastItem: item };
	const mark = { time: item.time, ids };
	return { start: item.ordinal, end: item.ordinal, first: mark, last: mark, untimed: [], lastItem: item };
}

/** `a` followed at once by `b`. */
export function merge(a: Segment, b: Segment): Segment {
	return {
		start: a.start,
		end: b.end,
		first: a.first !== undefined && b.first !== undefined && a.first.time === b.first.time ? joinMarks(a.first, b.first) : (a.first ?? b.first),
		last: a.last !== undefined && b.last !== undefined && a.last.time === b.last.time ? joinMarks(a.last, b.last) : (b.last ?? a.last),
		untimed: latest(union(a.untimed, b.untimed, Number.POSITIVE_INFINITY), MAX_UNTIMED_IDS),
		lastItem: b.lastItem ?? a.lastItem,
	};
}

function latest(ids: readonly string[], max: number): readonly string[] {
	return ids.length <= max ? ids : ids.slice(ids.length - max);
}

function joinMarks(a: Mark, b: Mark): Mark {
	return { time: a.time, ids: union(a.ids, b.ids, MAX_IDS_AT_TIME) };
}

function union(a: readonly string[], b: readonly string[], max: number): readonly string[] {
	if (b.length === 0) return a;
	if (a.length === 0) return b.length <= max ? b : b.slice(0, max);
	const joined = [...a];
	const seen = a.length > 16 ? new Set(a) : undefined;
	for (const id of b) {
		if (joined.length >= max) break;
		if (seen === undefined ? joined.includes(id) : seen.has(id)) continue;
		joined.push(id);
		seen?.add(id);
	}
	return joined;
}
