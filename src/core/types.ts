/**
 * The public contract of a listing: pagination config, options, pages and callback contexts.
 * Mechanics live elsewhere; this file only says what each field means.
 */
import type { PacingOptions, RetryOptions } from '../retry/options.js';
import type { RetryContext } from '../retry/types.js';
import type { TelemetryOptions } from '../telemetry/types.js';

/** boto3's `PaginationConfig`, with the same names and meanings. */
export interface PaginationConfig {
	/**
	 * The most items to return across all pages. When it is reached inside a page, that page is cut and
	 * its `NextToken` resumes right after the last item returned. No request is sent past it.
	 * An integer >= 1. @default no limit
	 */
	MaxItems?: number | undefined;
	/**
	 * Items to ask the service for per request, sent as the operation's limit member (`maxResults`) on every
	 * request. The service may return fewer. An integer from 1 to the operation's maximum (1000 for Bedrock).
	 * Refused for an operation without a limit member. @default the service's own page size
	 */
	PageSize?: number | undefined;
	/**
	 * Where to resume: a `NextToken` from this library, boto3 or the AWS CLI (`--starting-token`), the
	 * legacy `TOKEN___N` form, or a raw service `nextToken`. @default the beginning of the listing
	 */
	StartingToken?: string | undefined;
}

/** What `onPage` receives when a page is handed to the caller. Frozen. */
export interface PageContext {
	/** Zero-based index of the page in this run. */
	readonly pageIndex: number;
	/** Items on this page (after a starting-token skip or a MaxItems cut). */
	readonly itemCount: number;
	/** Items handed out by this run so far, this page included. */
	readonly totalItems: number;
	/** Requests this page took, retries included. */
	readonly attempts: number;
	/** Requests this run has sent so far, retries (and pages read ahead) included. */
	readonly requestCount: number;
	/** Resumes right after this page; absent when nothing follows. */
	readonly NextToken: string | undefined;
	/** Milliseconds since the listing started, when this page came. */
	readonly elapsedMs: number;
	/** Items per second over about the last ten seconds. */
	readonly itemsPerSecond: number;
	/** Milliseconds of waits owed to throttling so far: backoff after throttled responses, and paced slots. */
	readonly throttleWaitMs: number;
	/** Milliseconds left at the current rate, when `MaxItems` says how many items there are to go; else `undefined`. */
	readonly etaMs: number | undefined;
}

/** Behaviour of one listing beyond pagination. */
export interface PaginateOptions {
	/**
	 * Cancels the listing: the pending `next()` rejects at once with an `AbortError` of this listing (its
	 * `cause` is `signal.reason`, its `NextToken` resumes exactly there), also during a backoff wait or a
	 * request in flight, and no request is sent after it. Any number of listings may share one signal.
	 */
	signal?: AbortSignal | undefined;
	/**
	 * Retries of failed page requests, owned by this library: its own page requests are made with the
	 * client's retries turned off (for them alone), so attempts never multiply. `false` leaves retries to
	 * the client's own retry strategy. @default {} (the defaults of {@link RetryOptions})
	 */
	retry?: RetryOptions | false | undefined;
	/** Pacing after throttling, shared by the listings on one client; `false` turns it off. @default true */
	pacing?: PacingOptions | boolean | undefined;
	/**
	 * Pages requested ahead of the caller: while the caller works on page k, pages up to k + readAhead are
	 * fetched. Never a request past `MaxItems`; a `NextToken` never points past what the caller has taken;
	 * ending the loop early aborts the request in flight. An error on a page read ahead surfaces when the
	 * caller reaches that page. An integer from 0 to 16. @default 1
	 */
	readAhead?: number | undefined;
	/**
	 * Called when each page is handed to the caller, with a frozen {@link PageContext}. May return a promise,
	 * which the listing awaits; an error it throws or rejects with ends the listing with that error.
	 */
	onPage?: ((context: PageContext) => unknown) | undefined;
	/**
	 * Called before each retry, with a frozen {@link RetryContext}. May return a promise, which is awaited
	 * before the wait starts; an error it throws or rejects with ends the listing with that error.
	 */
	onRetry?: ((context: RetryContext) => unknown) | undefined;
	/**
	 * OpenTelemetry traces and metrics of this listing, when `@opentelemetry/api` is installed: a span per listing
	 * (each page request sent in its context), retries and paced waits as span events, counters of pages, items,
	 * requests, retries and throttles. `false` turns them off; `{ tracerProvider, meterProvider }` sends them to
	 * providers of your own. Without the package, or with no SDK registered, nothing is recorded (see the README's
	 * "Observability" for what is, and what never is). @default {} (the global providers)
	 */
	telemetry?: TelemetryOptions | false | undefined;
}

/** Extra members every page carries (`tokenAfter` is not enumerable, so pages print and serialise cleanly). */
export interface PageExtras {
	/** Resumes right after this page; absent when nothing follows it. */
	NextToken?: string;
	/**
	 * A token that resumes right after the item at `index` of this page, for jobs that checkpoint item by
	 * item. For the last item it equals `NextToken`. Throws `RangeError` for an index outside the page.
	 */
	tokenAfter(index: number): string | undefined;
}

/** One service response as a page: its items under the operation's result key, plus a resume token. */
export type Page<ResultKey extends string, Item> = { [Key in ResultKey]: Item[] } & PageExtras;

/** boto3's `build_full_result()`: every item of the run and the token that resumes after them. */
export type FullResult<ResultKey extends string, Item> = { [Key in ResultKey]: Item[] } & { NextToken?: string };

/** An item iterator that also tells where to resume. */
export interface ItemIterator<Item> extends AsyncGenerator<Item, void, undefined> {
	/**
	 * Resumes right after the last item yielded so far (the `StartingToken` given, before any item);
	 * absent once nothing follows.
	 */
	readonly NextToken: string | undefined;
}
