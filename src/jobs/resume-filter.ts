/**
 * Which items of a resumed listing an earlier run already handled.
 *
 * In time order (`anchor`): everything up to the anchor in the listing's order — earlier times, and items
 * of the anchor's own time that were handled (the service's order among equal times is unknown, so they are
 * named, not counted). Because the anchor is a position in the order, not a model, it holds when the anchor
 * itself was deleted meanwhile: the job continues after where it stood. Items handled beyond the prefix
 * (with concurrency) are named in `doneAhead` and passed over wherever they turn up.
 */
import type { Anchor } from './checkpoint-state.js';

export interface ResumeFilter {
	/** Whether the item was handled by an earlier run (and is to be passed over). */
	handled(id: string | undefined, time: number | undefined): boolean;
	/** Ids handled ahead of the prefix that were not met yet (kept in the next checkpoint). */
	pendingDoneAhead(): string[];
}

export function createResumeFilter(anchor: Anchor | null, descending: boolean, doneAhead: readonly string[]): ResumeFilter {
	const ahead = new Set(doneAhead);
	const anchorTime = anchor === null ? undefined : Date.parse(anchor.time);
	const atTime = new Set(anchor?.idsAtTime ?? []);
	if (anchor !== null) atTime.add(anchor.id);
	let passed = anchorTime === undefined;
	return {
		handled(id, time) {
			if (id !== undefined && ahead.delete(id)) return true;
			if (passed || anchorTime === undefined || time === undefined) return false;
			const before = descending ? time > anchorTime : time < anchorTime;
			if (before) return true;
			if (time === anchorTime) return id !== undefined && atTime.has(id);
			passed = true;
			return false;
		},
		pendingDoneAhead: () => [...ahead],
	};
}

/** An item's sort time in milliseconds (Dates from the SDK, strings or numbers from elsewhere). */
export function timeOf(value: unknown): number | undefined {
	const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : Number.NaN;
	return Number.isFinite(time) ? time : undefined;
}
