/** Where a service page is cut: the starting token's skip at its head, `MaxItems` at its tail. */
import type { Position } from './token.js';

export interface CutPage<Item> {
	/** The items the caller gets. */
	readonly items: Item[];
	/** Where the first of them stands, for per-item tokens. */
	readonly origin: Position;
	/** Resumes right after the last of them; `undefined` when nothing follows. */
	readonly next: Position | undefined;
	/** No page follows this one in this run (the listing ended or `MaxItems` was reached). */
	readonly last: boolean;
}

/**
 * Cuts the page fetched at `at` to what the caller gets. `room` is how many items `MaxItems` still allows
 * (`Infinity` without it); `serviceNext` is the service's token after the page, `null` at the end.
 * A skip longer than this page carries over to the next one, so a run resumed with a smaller `PageSize`
 * neither repeats nor drops items (botocore re-emits them).
 */
export function cutPage<Item>(received: Item[], serviceNext: string | null, at: Position, room: number): CutPage<Item> {
	const skipped = Math.min(at.skip, received.length);
	const origin = { serviceToken: at.serviceToken, skip: skipped };
	const items = skipped === 0 ? received : received.slice(skipped);
	if (items.length > room) {
		const kept = items.slice(0, room);
		return { items: kept, origin, next: { serviceToken: at.serviceToken, skip: skipped + kept.length }, last: true };
	}
	const next = serviceNext === null ? undefined : { serviceToken: serviceNext, skip: at.skip - skipped };
	return { items, origin, next, last: next === undefined || items.length === room };
}
