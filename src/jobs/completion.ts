/**
 * Which listed items are done. Items start in listing order and may finish in any order; the checkpoint
 * only ever advances past the contiguous prefix of done items, so a crash never loses an item that started
 * but did not finish. Items done beyond the prefix are kept as stretches ({@link Segment}), so one slow or
 * stuck item costs the checkpoint a few ranges, not one entry per item finished after it.
 */
import type { Anchor, DoneRange, RangeMark } from './checkpoint-state.js';
import { MAX_UNTIMED_IDS, merge, singleItem, type ListedItem, type Mark, type Segment } from './segments.js';

export class Completion {
	#prefix: Segment;
	readonly #byStart = new Map<number, Segment>();
	readonly #byEnd = new Map<number, Segment>();
	#anchorable: boolean;

	/** Starts after the previous run's prefix: its anchor and the items without a time handled after it. */
	constructor(previousAnchor: Anchor | null, untimedIds: readonly string[], anchorable: boolean) {
		const last = previousAnchor === null ? undefined : { time: Date.parse(previousAnchor.time), ids: previousAnchor.idsAtTime };
		this.#prefix = { start: -1, end: -1, first: undefined, last, untimed: untimedIds, lastItem: undefined };
		this.#anchorable = anchorable;
	}

	/** Records a listed item as done (handled now, or by an earlier run). */
	done(item: ListedItem): void {
		let segment = singleItem(item);
		if (item.ordinal === this.#prefix.end + 1) {
			this.#prefix = merge(this.#prefix, segment);
			for (let next = this.#take(this.#prefix.end + 1); next !== undefined; next = this.#take(this.#prefix.end + 1)) this.#prefix = merge(this.#prefix, next);
			return;
		}
		const before = this.#byEnd.get(item.ordinal - 1);
		if (before !== undefined) {
			this.#take(before.start);
			segment = merge(before, segment);
		}
		const after = this.#take(item.ordinal + 1);
		if (after !== undefined) segment = merge(segment, after);
		this.#byStart.set(segment.start, segment);
		this.#byEnd.set(segment.end, segment);
	}

	/** Items listed by this run that make up the done prefix (`end + 1`). */
	get prefixLength(): number {
		return this.#prefix.end + 1;
	}

	/** Whether any item is done beyond the prefix. */
	get hasDoneAhead(): boolean {
		return this.#byStart.size > 0;
	}

	/** Resumes right after the prefix: the token after its last item, or `previous` when it did not move. */
	resumeToken(previous: string | null): string | null {
		const last = this.#prefix.lastItem;
		return last === undefined ? previous : (last.tokenAfter() ?? null);
	}

	/** Where the prefix ends in time order; `null` once the listing's order cannot be trusted. */
	anchor(): Anchor | null {
		const mark = this.#prefix.last;
		const id = mark?.ids.at(-1);
		if (!this.#anchorable || mark === undefined || id === undefined) return null;
		return { id, time: new Date(mark.time).toISOString(), idsAtTime: mark.ids };
	}

	/** Items without a sort time in the prefix (the latest ones). */
	untimedIds(): readonly string[] {
		return this.#anchorable ? this.#prefix.untimed : [];
	}

	/** The stretches done beyond the prefix, with offsets counted from the item right after it. */
	doneAhead(): { ranges: DoneRange[]; ids: string[] } {
		const ranges: DoneRange[] = [];
		const ids: string[] = [];
		const after = this.#prefix.end + 1;
		for (const segment of [...this.#byStart.values()].sort((a, b) => a.start - b.start)) {
			ranges.push({ offset: segment.start - after, count: segment.end - segment.start + 1, first: toRangeMark(segment.first), last: toRangeMark(segment.last) });
			for (const id of segment.untimed) if (ids.length < MAX_UNTIMED_IDS) ids.push(id);
		}
		return { ranges, ids };
	}

	/** The listing's order turned out not to follow time: resumes go by count from now on. */
	stopAnchoring(): void {
		this.#anchorable = false;
	}

	#take(start: number): Segment | undefined {
		const segment = this.#byStart.get(start);
		if (segment === undefined) return undefined;
		this.#byStart.delete(start);
		this.#byEnd.delete(segment.end);
		return segment;
	}
}

function toRangeMark(mark: Mark | undefined): RangeMark | null {
	return mark === undefined ? null : { time: new Date(mark.time).toISOString(), ids: mark.ids };
}
