/**
 * When the checkpoint is saved. The default adapts to what saves and handlers really cost:
 *
 * - while a save takes at most a quarter of a handler's time, every item is saved before its slot frees (one
 *   save covers every item finished while the one before it ran), so a crash repeats at most the items in
 *   flight;
 * - when saves are dearer than that (fast handlers, a slow store), items are saved in the background in
 *   groups, a save starting no sooner than nine save times after the last one ended (so saves take at most a
 *   tenth of the time, and at least one starts a second), and never more than `MAX_UNSAVED` items are
 *   finished and not yet on the store (a save running counts as not yet): beyond, handlers wait too.
 *
 * A save's cost is the median of the last few (a disk's occasional slow fsync does not switch modes); a
 * handler's, a moving average. Until three saves were measured, every item waits for its save.
 *
 * A fixed `checkpointEvery` saves after so many items or milliseconds, and the item that makes it due waits.
 */

/** How the caller set `checkpointEvery`. */
export type SaveEvery = { readonly kind: 'auto' } | { readonly kind: 'fixed'; readonly items: number; readonly milliseconds: number };

/**
 * What happens to an item just recorded: `wait`: a save covering it starts now (or right after the one
 * running) and the item waits for it; `background`: a save will cover it later, the item goes on; `none`:
 * nothing yet (a fixed policy not due).
 */
export type SaveDecision = 'wait' | 'background' | 'none';

/** The share of a handler's time a save may take for items to be saved one by one. */
export const PER_ITEM_SHARE = 0.25;
/** The share of the time background saves may take. */
export const SAVE_SHARE = 0.1;
/** The longest the background waits between saves. */
export const MAX_SAVE_GAP_MS = 1_000;
/** Items finished and not yet saved, at most. */
export const MAX_UNSAVED = 1_000;
/** How fast the handlers' estimate follows new measurements. */
const WEIGHT = 0.3;
/** Saves whose median is the save's cost, and how many are measured before saves may be grouped. */
const SAVES_KEPT = 9;
const SAVES_BEFORE_GROUPING = 3;

export class SavePolicy {
	readonly #saves: number[] = [];
	#saveMs = 0;
	#handlerMs: number | undefined;

	constructor(private readonly every: SaveEvery) {}

	observeSave(ms: number): void {
		if (this.#saves.length === SAVES_KEPT) this.#saves.shift();
		this.#saves.push(ms);
		const sorted = [...this.#saves].sort((a, b) => a - b);
		this.#saveMs = sorted[Math.floor(sorted.length / 2)] as number;
	}

	observeHandler(ms: number): void {
		this.#handlerMs = this.#handlerMs === undefined ? ms : this.#handlerMs + WEIGHT * (ms - this.#handlerMs);
	}

	/**
	 * `unsaved`: items recorded and not yet on the store (those a running save covers included), this one
	 * included; `sinceSaveStart`: ms since the last save started.
	 */
	decide(unsaved: number, sinceSaveStart: number): SaveDecision {
		if (this.every.kind === 'fixed') return unsaved >= this.every.items || sinceSaveStart >= this.every.milliseconds ? 'wait' : 'none';
		if (this.#saves.length < SAVES_BEFORE_GROUPING || this.#handlerMs === undefined || this.#saveMs <= PER_ITEM_SHARE * this.#handlerMs) return 'wait';
		return unsaved >= MAX_UNSAVED ? 'wait' : 'background';
	}

	/** How long the background leaves between the end of one save and the start of the next. */
	gapMs(): number {
		return Math.min(MAX_SAVE_GAP_MS, (this.#saveMs * (1 - SAVE_SHARE)) / SAVE_SHARE);
	}
}
