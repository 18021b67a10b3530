/**
 * Which items of a resumed listing an earlier run already handled.
 *
 * Anchored (time order): everything up to the anchor in the listing's order (earlier times, and the named
 * items of the anchor's own time, the service's order among equal times being unknown); items without a
 * time named as handled after it; and the stretches handled beyond it, by their end times. Because these
 * are positions in the order, not items, they hold when items were deleted meanwhile.
 * By count: the stretches beyond the prefix, by position from the resumed token.
 * In both, items handled ahead that no stretch can hold are named by id.
 */
import type { CheckpointState, DoneRange } from './checkpoint-state.js';
import type { ListedItem } from './segments.js';

export class ResumeFilter {
	readonly #aheadIds: Set<string>;
	readonly #untimed: Set<string>;
	readonly #anchorTime: number | undefined;
	readonly #anchorIds: Set<string>;
	#pastAnchor: boolean;
	#ranges: DoneRange[];
	/** The anchored ranges not yet passed, their ends as numbers and sets. */
	#timed: TimedRange[];

	constructor(
		previous: CheckpointState | undefined,
		private readonly anchored: boolean,
		private readonly descending: boolean,
	) {
		const anchor = anchored ? (previous?.anchor ?? null) : null;
		this.#aheadIds = new Set(previous?.doneAheadIds ?? []);
		this.#untimed = new Set(anchored ? (previous?.untimedIds ?? []) : []);
		this.#anchorTime = anchor === null ? undefined : Date.parse(anchor.time);
		this.#anchorIds = new Set(anchor === null ? [] : [...anchor.idsAtTime, anchor.id]);
		this.#pastAnchor = anchor === null;
		this.#ranges = [...(previous?.doneAhead ?? [])].filter((range) => (anchored ? range.first !== null && range.last !== null : range.offset !== null));
		this.#timed = anchored ? this.#ranges.map(toTimedRange) : [];
	}

	/** Whether an earlier run handled the item (it is then passed over). */
	handled(item: ListedItem): boolean {
		if (item.id !== undefined && this.#aheadIds.delete(item.id)) return true;
		if (!this.anchored) return this.#ranges.some((range) => item.ordinal >= (range.offset as number) && item.ordinal < (range.offset as number) + range.count);
		if (item.time === undefined) return item.id !== undefined && this.#untimed.has(item.id);
		if (!this.#pastAnchor) {
			const anchorTime = this.#anchorTime as number;
			if (this.descending ? item.time > anchorTime : item.time < anchorTime) return true;
			if (item.time !== anchorTime) this.#pastAnchor = true;
			else if (item.id !== undefined && this.#anchorIds.has(item.id)) return true;
		}
		return this.#inRange(item.time, item.id);
	}

	/**
	 * What the next checkpoint keeps of the earlier run's stretches: those not yet reached. By count, offsets
	 * move to after `prefixLength` of the `listed` items; anchored ones are positions in time and stay as they are.
	 */
	pending(listed: number, prefixLength: number): { ranges: DoneRange[]; ids: string[] } {
		const ids = [...this.#aheadIds];
		if (this.anchored) return { ranges: this.#timed.map(({ range }) => ({ ...range, offset: null })), ids };
		const ranges: DoneRange[] = [];
		for (const range of this.#ranges) {
			const start = range.offset as number;
			const end = start + range.count;
			if (end <= listed) continue;
			const from = Math.max(start, listed);
			ranges.push({ offset: from - prefixLength, count: end - from, first: from === start ? range.first : null, last: range.last });
		}
		return { ranges, ids };
	}

	/** In a stretch handled earlier; stretches the listing has passed are dropped. */
	#inRange(time: number, id: string | undefined): boolean {
		if (this.#timed.length === 0) return false;
		this.#timed = this.#timed.filter((range) => (this.descending ? time >= range.lastTime : time <= range.lastTime));
		return this.#timed.some(
			(range) =>
				(time > range.low && time < range.high) ||
				(id !== undefined && ((time === range.firstTime && range.firstIds.has(id)) || (time === range.lastTime && range.lastIds.has(id)))),
		);
	}
}

interface TimedRange {
	readonly range: DoneRange;
	readonly firstTime: number;
	readonly lastTime: number;
	readonly low: number;
	readonly high: number;
	readonly firstIds: ReadonlySet<string>;
	readonly lastIds: ReadonlySet<string>;
}

function toTimedRange(range: DoneRange): TimedRange {
	const firstTime = Date.parse(range.first?.time ?? '');
	const lastTime = Date.parse(range.last?.time ?? '');
	return {
		range,
		firstTime,
		lastTime,
		low: Math.min(firstTime, lastTime),
		high: Math.max(firstTime, lastTime),
		firstIds: new Set(range.first?.ids ?? []),
		lastIds: new Set(range.last?.ids ?? []),
	};
}
