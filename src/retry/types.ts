/**
 * The retry layer's contracts: what callers pass in (`SendClient`), what `onRetry` is told (`RetryContext`), and
 * what the page fetcher takes and gives (its setup, observer, deadline, request and result). The mechanics live
 * in fetch-page.ts; these are apart so that a reader of the public surface never has to open them.
 */
import type { RetryKind } from './classify.js';
import type { ResolvedRetry } from './options.js';
import type { Pacer } from './pacer.js';

/** Anything with the SDK's `send()`: a `BedrockClient`, one from another installed copy of the SDK, or a test double. */
export interface SendClient {
	// biome-ignore lint: `any` accepts every SDK copy's overloaded send().
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	send(command: any, options?: any): Promise<unknown>;
}

/** What `onRetry` receives before a failed page request is retried. Frozen. */
export interface RetryContext {
	/** Zero-based index of the page being fetched. */
	readonly pageIndex: number;
	/** The attempt that failed, from 1. */
	readonly attempt: number;
	/** Retries left for this page after this one, for errors that are not throttling (throttling has a time budget). */
	readonly retriesLeft: number;
	/** Milliseconds of backoff (or `Retry-After`) before the next attempt; when pacing, a paced slot comes on top. */
	readonly delay: number;
	/** The error of the failed attempt, as the SDK threw it. */
	readonly error: unknown;
	/** Whether the error was throttling (as opposed to a server, network or unreadable-response error). */
	readonly throttled: boolean;
	/** Items handed out by this run before this page. */
	readonly totalItems: number;
	/** Resumes at the page being retried, should the caller give up now. */
	readonly NextToken: string;
}

export interface FetcherSetup<Input> {
	readonly client: SendClient;
	readonly createCommand: (input: Input) => unknown;
	/** The listing's own signal (never the caller's): passed to every `send()` and every wait. */
	readonly signal: AbortSignal;
	/** `undefined`: the client owns retries. */
	readonly retry: ResolvedRetry | undefined;
	/** `undefined`: no pacing. */
	readonly pacer: Pacer | undefined;
	readonly onRetry: ((context: RetryContext) => unknown) | undefined;
	/** No wait (backoff, `Retry-After`, pacing) that would end past `deadline.at` is started. */
	readonly deadline?: Deadline | undefined;
	/** Told of every request sent, retries included (a job counts them even when no page comes). */
	readonly onRequest?: (() => void) | undefined;
	/** Told of every wait decided (a retry's backoff or a paced slot), and whether throttling caused it. */
	readonly onWait?: ((ms: number, throttled: boolean) => void) | undefined;
	/** Telemetry; `undefined` costs nothing. */
	readonly observer?: FetchObserver | undefined;
}

/** Told what a listing's requests do, for telemetry. Each method is called only when an observer is set. */
export interface FetchObserver {
	/** Runs one request's `send()` (in the listing's trace context, so that the SDK's own spans nest under it). */
	send<T>(send: () => T): T;
	/** A request is being sent. */
	requested(): void;
	/** A response was throttling. */
	throttled(): void;
	/** A retry was decided: what `onRetry` is told, the kind of failure, and whether the wait is backoff or the service's `Retry-After`. */
	retrying(context: RetryContext, kind: RetryKind, waitFor: 'backoff' | 'Retry-After'): void;
	/** A wait of `ms` for a paced slot, at `pace` requests per second. */
	paced(ms: number, pace: number): void;
}

/** A point in time (`performance.now()`) past which a listing starts no wait. */
export interface Deadline {
	readonly at: number;
	/** Called instead of a wait that would end past `at`; it must abort the listing's signal. */
	onReached(): void;
}

export interface PageRequest<Input> {
	readonly input: Input;
	readonly pageIndex: number;
	readonly totalItems: number;
	/** The token that fetches this page again, encoded only when asked for. */
	resumeToken(): string;
}

export interface FetchedPage<Output> {
	readonly output: Output;
	/** Requests this page took, retries included. */
	readonly attempts: number;
}

export interface PageFetcher<Input, Output> {
	fetch(request: PageRequest<Input>): Promise<FetchedPage<Output>>;
	/** Requests sent so far, retries included. */
	readonly requestCount: number;
	/** Retries so far. */
	readonly retryCount: number;
	/** Throttled responses so far. */
	readonly throttleCount: number;
	/** Milliseconds of waits decided so far: backoff, `Retry-After` and paced slots. */
	readonly waitMs: number;
	/** The part of `waitMs` owed to throttling: waits after a throttled response, and paced slots. */
	readonly throttleWaitMs: number;
}
