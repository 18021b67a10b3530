/**
 * The engine: fetch pages in order, skip what a starting token says, cut the page where MaxItems is
 * reached, and give every page the token that resumes right after it. botocore's semantics, with its
 * known traps fixed (see the README's "Differences from botocore").
 */
import { AbortError } from '../errors/abort-error.js';
import { DuplicateTokenError } from '../errors/duplicate-token-error.js';
import { ListingFailedError } from '../errors/listing-failed-error.js';
import { MalformedPageError } from '../errors/malformed-page-error.js';
import { linkedController } from '../retry/abort.js';
import { createPageFetcher } from '../retry/fetch-page.js';
import type { PageFetcher, SendClient } from '../retry/types.js';
import { pacerFor } from '../retry/pacer.js';
import { telemetryApi } from '../telemetry/load-api.js';
import { ListingTelemetry } from '../telemetry/listing-telemetry.js';
import { RateWindow, timeLeftMs } from '../utils/rate-window.js';
import type { AnyOperationDescriptor, ListingArguments, PageOf } from './descriptor.js';
import { createPage } from './page.js';
import { planListing, type ListingPlan } from './plan.js';
import { readAhead } from './read-ahead.js';
import { SeenTokens } from './seen-tokens.js';
import { encodeToken, type Position } from './token.js';
import type { Page } from './types.js';

/** Why the listing's own controller was aborted when the caller stopped early; never reaches the caller. */
const STOPPED_EARLY = Symbol('stopped early');

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

/** The listing as the caller drives it: read-ahead, `onPage` in the caller's order, cleanup however it ends. */
export async function* runListing(descriptor: AnyOperationDescriptor, plan: ListingPlan): AsyncGenerator<Page<string, unknown>, void, undefined> {
	// The API is awaited only while it loads (the first listing of a process); then it is at hand, or known absent.
	let api = plan.telemetry === false ? undefined : telemetryApi();
	if (api instanceof Promise) api = await api;
	const { controller, release } = linkedController(plan.signal);
	const stop = () => controller.abort(STOPPED_EARLY);
	const pacer = plan.pacing && plan.retry !== undefined ? pacerFor(plan.client) : undefined;
	const telemetry =
		api === undefined || plan.telemetry === false
			? undefined
			: new ListingTelemetry(
					api,
					plan.telemetry,
					{ operationName: descriptor.operationName, client: plan.client, input: plan.input, pageSize: plan.pageSize, maxItems: plan.maxItems, resumed: plan.startingToken !== undefined, pacer },
					plan.telemetryParent as Parameters<typeof api.trace.setSpan>[0] | undefined,
				);
	const fetcher = createPageFetcher<Record<string, unknown>, unknown>({
		client: plan.client,
		createCommand: (input) => new descriptor.command(input),
		signal: controller.signal,
		retry: plan.retry,
		pacer,
		onRetry: plan.onRetry,
		deadline: plan.deadline,
		onRequest: plan.onRequest,
		onWait: plan.onWait,
		observer: telemetry?.observer,
	});
	const fetched = fetchPages(descriptor, plan, fetcher, controller.signal);
	const mayReadAhead = plan.mayReadAhead;
	const pages =
		plan.readAhead === 0 ? fetched : readAhead(fetched, plan.readAhead, stop, mayReadAhead === undefined ? undefined : ({ page }) => mayReadAhead(page));
	// For the listing's span: how it ended, and the last page handed out.
	let outcome: 'complete' | 'stopped' | 'failed' = 'stopped';
	let failure: unknown;
	let pageCount = 0;
	let last: FetchedListingPage['context'] | undefined;
	try {
		for await (const { page, context } of pages) {
			if (telemetry !== undefined) {
				pageCount++;
				last = context;
				telemetry.page(context.itemCount);
			}
			if (plan.onPage !== undefined) {
				const pending = plan.onPage(context);
				if (isThenable(pending)) await pending;
			}
			yield page;
		}
		outcome = 'complete';
	} catch (error) {
		outcome = 'failed';
		failure = error;
		throw error;
	} finally {
		stop();
		release();
		await fetched.return();
		if (telemetry !== undefined) {
			const hasNextToken = last === undefined ? outcome !== 'complete' : last.NextToken !== undefined;
			telemetry.end(fetcher, { pages: pageCount, items: last?.totalItems ?? 0, hasNextToken }, outcome, failure);
		}
	}
}

interface FetchedListingPage {
	readonly page: Page<string, unknown>;
	readonly context: Parameters<NonNullable<ListingPlan['onPage']>>[0];
}

async function* fetchPages(
	descriptor: AnyOperationDescriptor,
	plan: ListingPlan,
	fetcher: PageFetcher<Record<string, unknown>, unknown>,
	signal: AbortSignal,
): AsyncGenerator<FetchedListingPage, void, undefined> {
	const startedAt = performance.now();
	const rate = new RateWindow(startedAt);
	const seen = new SeenTokens();
	let position: Position = plan.start;
	let totalItems = 0;

	for (let pageIndex = 0; ; pageIndex++) {
		if (signal.aborted) throw listingError(signal.reason, signal, position);
		const fetchToken = position.serviceToken;
		if (fetchToken !== null && !seen.add(fetchToken)) throw new DuplicateTokenError(fetchToken, pageIndex, encodeToken(position));
		const at = position;
		let output: unknown;
		let attempts: number;
		try {
			({ output, attempts } = await fetcher.fetch({
				input: requestInput(descriptor, plan, fetchToken),
				pageIndex,
				totalItems,
				resumeToken: () => encodeToken(at),
			}));
		} catch (error) {
			throw listingError(error, signal, position);
		}

		const { items: received, next: serviceNext } = readResponse(descriptor, output, pageIndex, position);
		// A skip longer than this page carries over to the next one, so a resumed run with a smaller
		// PageSize neither repeats nor drops items (botocore re-emits them).
		const skipped = Math.min(position.skip, received.length);
		const carriedSkip = position.skip - skipped;
		let items = skipped === 0 ? received : received.slice(skipped);
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

		const page = createPage(descriptor.resultKey, items, { serviceToken: fetchToken, skip: skipped }, next);
		const now = performance.now();
		const itemsPerSecond = rate.update(totalItems, now);
		const context = Object.freeze({
			pageIndex,
			itemCount: items.length,
			totalItems,
			attempts,
			requestCount: fetcher.requestCount,
			NextToken: page.NextToken,
			elapsedMs: now - startedAt,
			itemsPerSecond,
			throttleWaitMs: fetcher.throttleWaitMs,
			etaMs: page.NextToken === undefined ? 0 : timeLeftMs(totalItems, plan.maxItems, itemsPerSecond),
		});
		yield { page, context };
		if (last || next === undefined) return;
		position = next;
	}
}

function requestInput(descriptor: AnyOperationDescriptor, plan: ListingPlan, serviceToken: string | null): Record<string, unknown> {
	const input: Record<string, unknown> = { ...plan.input };
	if (plan.pageSize !== undefined && descriptor.limitKey !== undefined) input[descriptor.limitKey] = plan.pageSize;
	if (serviceToken !== null) input[descriptor.inputToken] = serviceToken;
	return input;
}

/**
 * The items and next service token of a response, checked: a missing item list is an empty page (AWS leaves
 * empty lists out), a missing, null or empty token the end of the listing; anything else of the wrong shape
 * is a `MalformedPageError` that resumes at this page.
 */
function readResponse(descriptor: AnyOperationDescriptor, output: unknown, pageIndex: number, position: Position): { items: unknown[]; next: string | null } {
	const malformed = (field: string, problem: string) =>
		new MalformedPageError(descriptor.operationName, field, problem, pageIndex, encodeToken(position));
	if (typeof output !== 'object' || output === null) throw malformed('(response)', `should be an object, got ${output === null ? 'null' : typeof output}`);
	const record = output as Record<string, unknown>;
	const list = record[descriptor.resultKey];
	const token = record[descriptor.outputToken];
	if (list != null && !Array.isArray(list)) throw malformed(descriptor.resultKey, `should be an array, got ${typeof list}`);
	if (token != null && typeof token !== 'string') throw malformed(descriptor.outputToken, `should be a string, got ${typeof token}`);
	const items = (list ?? []) as unknown[];
	const id = descriptor.itemId;
	for (let index = 0; index < items.length; index++) {
		const item = items[index];
		if (typeof item !== 'object' || item === null) throw malformed(`${descriptor.resultKey}[${index}]`, `should be an object, got ${item === null ? 'null' : typeof item}`);
		if (id !== undefined && typeof (item as Record<string, unknown>)[id] !== 'string') {
			throw malformed(`${descriptor.resultKey}[${index}].${id}`, 'is missing (every item has one)');
		}
	}
	return { items, next: typeof token === 'string' && token !== '' ? token : null };
}

/**
 * What a failed page rejects with: for an abort, an `AbortError` of this listing (the signal's reason as its
 * cause), so listings sharing one signal each carry their own token; otherwise the error as it came, with
 * the `NextToken` that fetches this page again (wrapped when it cannot carry one).
 */
function listingError(error: unknown, signal: AbortSignal, position: Position): unknown {
	const nextToken = encodeToken(position);
	if (signal.aborted) return new AbortError(signal.reason, nextToken);
	if (typeof error === 'object' && error !== null && Object.isExtensible(error) && !isOwnedByAnother(error)) {
		(error as { NextToken?: string }).NextToken = nextToken;
		return error;
	}
	return new ListingFailedError(error, nextToken);
}

const annotated = new WeakSet<object>();
/** An error object already annotated by another listing (a test double rejecting with one shared object). */
function isOwnedByAnother(error: object): boolean {
	if (annotated.has(error)) return true;
	annotated.add(error);
	return false;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
	return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
