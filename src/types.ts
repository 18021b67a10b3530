/**
 * The public contract: pagination config, options, pages and callback contexts.
 * Mechanics live elsewhere; this file only says what each field means.
 */

/**
 * boto3's `PaginationConfig`, with the same names and meanings.
 */
export interface PaginationConfig {
	/**
	 * The most items to return across all pages. When it is reached inside a page, that page is cut and
	 * its `NextToken` resumes right after the last item returned.
	 * An integer >= 1. @default no limit
	 */
	MaxItems?: number | undefined;
	/**
	 * Items to ask the service for per request, sent as `maxResults` on every request. The service may
	 * return fewer. An integer from 1 to 1000. @default the service's own page size
	 */
	PageSize?: number | undefined;
	/**
	 * Where to resume: a `NextToken` from this library, boto3 or the AWS CLI (`--starting-token`), the
	 * legacy `TOKEN___N` form, or a raw service `nextToken`. @default the beginning of the listing
	 */
	StartingToken?: string | undefined;
}

/**
 * How failed page requests are retried. Numbers are in milliseconds, as in p-retry.
 * Only throttling, 500/502/503/504 and network errors are retried; a service error the caller must fix
 * (ValidationException, AccessDeniedException), a response that cannot be read, and an abort never are.
 */
export interface RetryOptions {
	/** Retries of one page after its first attempt; a page costs at most `retries + 1` requests. @default 8 */
	retries?: number | undefined;
	/** The backoff ceiling of the first retry. @default 500 */
	minTimeout?: number | undefined;
	/** The most one backoff can grow to. A longer `Retry-After` from the service still wins. @default 20000 */
	maxTimeout?: number | undefined;
	/** How much the ceiling grows with each retry of the same page. @default 2 */
	factor?: number | undefined;
	/**
	 * `true`: full jitter, a delay drawn uniformly from 0 to the ceiling (unlike p-retry's 1x-2x multiplier,
	 * which keeps many clients in step). `false`: exactly the ceiling. @default true
	 */
	randomize?: boolean | undefined;
	/**
	 * The longest one page may spend retrying, waits included. A wait that would end past it is not started:
	 * the error is thrown at once, with its `NextToken`. @default Infinity
	 */
	maxRetryTime?: number | undefined;
}

/** Per-listing pacing after throttling. */
export interface PacingOptions {
	/**
	 * After a ThrottlingException, space requests to the rate the service was seen to sustain, and speed up
	 * again while no throttling comes. Until the first throttle, requests are not delayed at all. Once a rate
	 * is known, the first four retries of a throttled page wait for their paced slot instead of a backoff.
	 * Needs the paginator's own retries (`retry` not `false`).
	 * @default true
	 */
	enabled?: boolean | undefined;
}

/** What `onPage` receives after each page, before the page is yielded. Frozen. */
export interface PageContext {
	/** Zero-based index of the page in this run. */
	readonly pageIndex: number;
	/** Items on this page (after a starting-token skip or a MaxItems cut). */
	readonly itemCount: number;
	/** Items yielded by this run so far, this page included. */
	readonly totalItems: number;
	/** Requests this page took, retries included. */
	readonly attempts: number;
	/** Requests this run has sent so far, retries included. */
	readonly requestCount: number;
	/** Resumes right after this page; absent when nothing follows. */
	readonly NextToken: string | undefined;
}

/** What `onRetry` receives before a failed page request is retried. Frozen. */
export interface RetryContext {
	/** Zero-based index of the page being fetched. */
	readonly pageIndex: number;
	/** The attempt that failed, from 1. */
	readonly attempt: number;
	/** Retries left for this page after this one. */
	readonly retriesLeft: number;
	/** Milliseconds the paginator waits before the next attempt (backoff, `Retry-After` or pacing). */
	readonly delay: number;
	/** The error of the failed attempt, as the SDK threw it. */
	readonly error: unknown;
	/** Whether the error was throttling (as opposed to a server or network error). */
	readonly throttled: boolean;
	/** Items yielded by this run so far. */
	readonly totalItems: number;
	/** Resumes at the page being retried, should the caller give up now. */
	readonly NextToken: string;
}

/** Behaviour of one listing beyond pagination. */
export interface PaginateOptions {
	/**
	 * Cancels the listing: the pending `next()` rejects at once with `signal.reason`, also during a backoff
	 * wait or a request in flight, and no request is sent after it.
	 */
	signal?: AbortSignal | undefined;
	/**
	 * Retries of failed page requests, owned by this library: its own page requests are made with the
	 * client's retries turned off (for them alone), so attempts never multiply. `false` leaves retries to
	 * the client's own retry strategy. @default {} (the defaults of {@link RetryOptions})
	 */
	retry?: RetryOptions | false | undefined;
	/** Pacing after throttling; `false` turns it off. @default true */
	pacing?: PacingOptions | boolean | undefined;
	/** Called after each page is received, with a frozen {@link PageContext}. */
	onPage?: ((context: PageContext) => void) | undefined;
	/** Called before each retry, with a frozen {@link RetryContext}. */
	onRetry?: ((context: RetryContext) => void) | undefined;
}

/**
 * Anything with the SDK's `send()`: a `BedrockClient`, one from another installed copy of the SDK, or a test double.
 */
export interface SendClient {
	// biome-ignore lint: `any` accepts every SDK copy's overloaded send().
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	send(command: any, options?: any): Promise<unknown>;
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
