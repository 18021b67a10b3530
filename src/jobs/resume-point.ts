/**
 * Where a resumed listing starts. By count: at the checkpoint's token. Anchored: at the start of the page
 * that holds the anchor (the token without its count into the page), passing over what was handled by
 * position in time order, not by count; that page must then show where the anchor stood, or the listing
 * starts over from the beginning.
 */
import type { ListingOrder } from '../core/descriptor.js';
import { decodeToken, encodeToken } from '../core/token.js';
import type { Anchor, CheckpointState } from './checkpoint-state.js';

export function startingPoint(previous: CheckpointState | undefined, resumeBy: 'anchor' | 'count'): { token: string | undefined; midPage: boolean } {
	const token = previous?.NextToken ?? null;
	if (token === null) return { token: undefined, midPage: false };
	if (resumeBy === 'count') return { token, midPage: false };
	const position = decodeToken(token);
	if (position.skip === 0) return { token, midPage: false };
	if (position.serviceToken === null) return { token: undefined, midPage: true };
	return { token: encodeToken({ serviceToken: position.serviceToken, skip: 0 }), midPage: true };
}

/** Whether a page fetched from the anchor's page token starts at or before where the anchor stood. */
export function showsAnchor(anchor: Anchor | null, order: ListingOrder | undefined, descending: boolean, items: readonly Record<string, unknown>[]): boolean {
	if (anchor === null || order === undefined) return true;
	const first = items[0];
	if (first === undefined) return false;
	const time = timeOf(first[order.timeField]);
	if (time === undefined) return true;
	const anchorTime = Date.parse(anchor.time);
	return descending ? time >= anchorTime : time <= anchorTime;
}

/** An item's sort time in milliseconds (Dates from the SDK, strings or numbers from elsewhere). */
export function timeOf(value: unknown): number | undefined {
	const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : Number.NaN;
	return Number.isFinite(time) ? time : undefined;
}
