/**
 * Items start in listing order and may finish in any order; the checkpoint only ever advances past the
 * contiguous prefix of finished items, so a crash never loses an item that started but did not finish.
 * Items finished beyond the prefix are listed by id, so a resume does not repeat them either.
 */
import { MAX_IDS_AT_ANCHOR_TIME, type Anchor } from './checkpoint-state.js';

export interface StartedItem {
	readonly sequence: number;
	readonly id: string | undefined;
	readonly time: number | undefined;
	/** botocore's token right after this item, computed when needed. */
	readonly tokenAfter: () => string | undefined;
}

export class CompletionOrder {
	private readonly finished = new Map<number, StartedItem>();
	private nextInPrefix = 0;
	private prefixEnd: StartedItem | undefined;
	private anchor: Anchor | null;
	private anchorable: boolean;

	constructor(previousAnchor: Anchor | null, anchorable: boolean) {
		this.anchor = previousAnchor;
		this.anchorable = anchorable;
	}

	/** Records a finished item; returns whether the prefix advanced. */
	finish(item: StartedItem): boolean {
		this.finished.set(item.sequence, item);
		let advanced = false;
		for (let next = this.finished.get(this.nextInPrefix); next !== undefined; next = this.finished.get(this.nextInPrefix)) {
			this.finished.delete(this.nextInPrefix);
			this.nextInPrefix++;
			this.prefixEnd = next;
			this.advanceAnchor(next);
			advanced = true;
		}
		return advanced;
	}

	/** The item the prefix ends with in this run, if it has advanced at all. */
	get last(): StartedItem | undefined {
		return this.prefixEnd;
	}

	/** Where the prefix ends in time order; `null` once items cannot be anchored (no id or time). */
	get currentAnchor(): Anchor | null {
		return this.anchorable ? this.anchor : null;
	}

	/** Ids of items finished beyond the prefix. */
	doneAhead(): string[] {
		const ids: string[] = [];
		for (const item of this.finished.values()) if (item.id !== undefined) ids.push(item.id);
		return ids;
	}

	/** Stops anchoring (the listing's order turned out not to follow time): resumes go by count from now on. */
	stopAnchoring(): void {
		this.anchorable = false;
	}

	private advanceAnchor(item: StartedItem): void {
		if (item.id === undefined || item.time === undefined) {
			this.anchorable = false;
			return;
		}
		const time = new Date(item.time).toISOString();
		const previous = this.anchor;
		const idsAtTime =
			previous !== null && previous.time === time && previous.idsAtTime.length < MAX_IDS_AT_ANCHOR_TIME ? [...previous.idsAtTime, item.id] : [item.id];
		this.anchor = { id: item.id, time, idsAtTime };
	}
}
