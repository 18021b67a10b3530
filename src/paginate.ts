/**
 * The engine: fetch pages in order, skip what a starting token says, cut the page where MaxItems is
 * reached, and give every page the token that resumes right after it. botocore's semantics, with its
 * known traps fixed (see the README's "Differences from botocore").
 */
import { planListing, type ListingPlan } from './config.js';
import { DuplicateTokenError } from './errors.js';
import { createPageFetcher } from './fetch-page.js';
import type { OperationDescriptor } from './operations/descriptor.js';
import { encodeToken, type Position } from './token.js';
import type { Page, PaginateOptions, PaginationConfig } from './types.js';

/**
 * Pages of any list operation described by `descriptor`. Arguments are checked and the filters copied now;
 * a bad argument rejects the first `next()`, before any request, as an async generator's errors do.
 * Nothing is sent until the first `next()`.
 */
export function paginate<Input extends object, Output extends object, ResultKey extends string, Item>(
	descriptor: OperationDescriptor<Input, Output, ResultKey>,
	client: unknown,
	filters: unknown,
	pagination: PaginationConfig | undefined,
	options: PaginateOptions | undefined,
): AsyncGenerator<Page<ResultKey, Item>, void, undefined> {
	let plan: ListingPlan<Input>;
	try {
		plan = planListing(descriptor, client, filters, pagination, options);
	} catch (error) {
		return rejectedListing(error);
	}
	return runListing<Input, Output, ResultKey, Item>(descriptor, plan);
}

/** A listing whose arguments were refused: its first `next()` rejects with the reason, and it yields nothing. */
async function* rejectedListing(error: unknown): AsyncGenerator<never, void, undefined> {
	throw error;
}

async function* runListing<Input extends object, Output extends object, ResultKey extends string, Item>(
	descriptor: OperationDescriptor<Input, Output, ResultKey>,
	plan: ListingPlan<Input>,
): AsyncGenerator<Page<ResultKey, Item>, void, undefined> {
	plan.signal?.throwIfAborted();
	const fetcher = createPageFetcher(descriptor, plan);
	const usedTokens = new Set<string>();
	let position: Position = plan.start;
	let totalItems = 0;

	for (let pageIndex = 0; ; pageIndex++) {
		const fetchToken = position.serviceToken;
		if (fetchToken !== null) {
			if (usedTokens.has(fetchToken)) throw new DuplicateTokenError(fetchToken, pageIndex);
			usedTokens.add(fetchToken);
		}
		const { output, attempts } = await fetcher.fetch({
			input: requestInput(descriptor, plan, fetchToken),
			pageIndex,
			position,
			totalItems,
		});

		const received = readItems<Item>(output, descriptor.resultKey);
		const serviceNext = readToken(output, descriptor.outputToken);
		// A skip longer than this page carries over to the next one, so a resumed run with a smaller
		// PageSize neither repeats nor drops items (botocore re-emits them).
		const skipped = Math.min(position.skip, received.length);
		const carriedSkip = position.skip - skipped;
		let items = received.slice(skipped);
		let next: Position | undefined;
		let last: boolean;

		const room = plan.maxItems === undefined ? Number.POSITIVE_INFINITY : plan.maxItems - totalItems;
		if (items.length > room) {
			items = items.slice(0, room);
			next = { serviceToken: fetchToken, skip: skipped + items.length };
			last = true;
		} else {
			next = serviceNext === null ? undefined : { serviceToken: serviceNext, skip: carriedSkip };
			last = next === undefined || totalItems + items.length === plan.maxItems;
		}
		totalItems += items.length;

		const page = createPage<ResultKey, Item>(descriptor.resultKey, items, { serviceToken: fetchToken, skip: skipped }, next);
		plan.onPage?.(
			Object.freeze({
				pageIndex,
				itemCount: items.length,
				totalItems,
				attempts,
				requestCount: fetcher.requestCount,
				NextToken: page.NextToken,
			}),
		);
		yield page;
		if (last || next === undefined) return;
		position = next;
	}
}

function requestInput<Input extends object, Output extends object>(
	descriptor: OperationDescriptor<Input, Output, string>,
	plan: ListingPlan<Input>,
	serviceToken: string | null,
): Input {
	const input: Record<string, unknown> = { ...plan.filters };
	if (plan.pageSize !== undefined) input[descriptor.limitKey] = plan.pageSize;
	if (serviceToken !== null) input[descriptor.inputToken] = serviceToken;
	return input as Input;
}

function readItems<Item>(output: object, resultKey: string): Item[] {
	const items = (output as Record<string, unknown>)[resultKey];
	return Array.isArray(items) ? (items as Item[]) : [];
}

/** The service's next token; a missing, null or empty one means "no more pages". */
function readToken(output: object, outputToken: string): string | null {
	const token = (output as Record<string, unknown>)[outputToken];
	return typeof token === 'string' && token !== '' ? token : null;
}

/**
 * A page: its items under the result key and, when items may follow, `NextToken`. `tokenAfter` is
 * not enumerable, so the page prints, compares and serialises as `{ [resultKey], NextToken }`.
 */
function createPage<ResultKey extends string, Item>(
	resultKey: ResultKey,
	items: Item[],
	origin: Position,
	next: Position | undefined,
): Page<ResultKey, Item> {
	const nextToken = next === undefined ? undefined : encodeToken(next);
	const page: Record<string, unknown> = { [resultKey]: items };
	if (nextToken !== undefined) page['NextToken'] = nextToken;
	Object.defineProperty(page, 'tokenAfter', {
		value: (index: number): string | undefined => {
			if (!Number.isInteger(index) || index < 0 || index >= items.length) {
				throw new RangeError(
					`Expected an item index from 0 to ${items.length - 1} for tokenAfter(), got ${String(index)}.`,
				);
			}
			if (index === items.length - 1) return nextToken;
			return encodeToken({ serviceToken: origin.serviceToken, skip: origin.skip + index + 1 });
		},
	});
	return page as Page<ResultKey, Item>;
}
