/**
 * Pages of any operation described by its descriptor: the entry point the per-operation functions, the CLI
 * and the jobs share. The listing itself is in `listing.ts`, a page's fetching in `page-source.ts`.
 */
import type { SendClient } from '../retry/types.js';
import type { AnyOperationDescriptor, ListingArguments, PageOf } from './descriptor.js';
import { Listing } from './listing.js';
import { planListing, type ListingPlan } from './plan.js';
import type { Page } from './types.js';

/**
 * Pages of any operation described by `descriptor`. Arguments are checked and the input copied now; a bad
 * argument rejects the first `next()`, before any request, as an async generator's errors do. Nothing is
 * sent until the first `next()`; each call starts afresh; ending a `for await` loop early leaves nothing running.
 */
export function paginate<D extends AnyOperationDescriptor>(
	descriptor: D,
	client: SendClient,
	...[input, pagination, options]: ListingArguments<D>
): AsyncGenerator<PageOf<D>, void, undefined> {
	let plan: ListingPlan;
	try {
		plan = planListing(descriptor, client, input, pagination, options);
	} catch (error) {
		return rejectedListing(error);
	}
	return runListing(descriptor, plan) as AsyncGenerator<PageOf<D>, void, undefined>;
}

/** A listing whose arguments were refused: its first `next()` rejects with the reason, and it yields nothing. */
async function* rejectedListing(error: unknown): AsyncGenerator<never, void, undefined> {
	throw error;
}

/** The listing of a checked plan: read-ahead, `onPage` in the caller's order, cleanup however it ends. */
export function runListing(descriptor: AnyOperationDescriptor, plan: ListingPlan): AsyncGenerator<Page<string, unknown>, void, undefined> {
	return new Listing(descriptor, plan);
}
