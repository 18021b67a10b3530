/**
 * A listing's span and metrics. The span starts when the listing does and ends however it ends; each page request
 * is sent in its context, so that the SDK's own client spans nest under it; retries and paced waits are its
 * events. Recorded: the operation, the input's keys (never their values), PageSize, MaxItems, whether a token was
 * given (never the token), and at the end the counts, the waits and whether a token follows.
 */
import type { Context, Span, Tracer } from '@opentelemetry/api';
import { isAbortError } from '../errors/guards.js';
import type { FetchObserver, PageFetcher } from '../retry/types.js';
import type { RetryKind } from '../retry/classify.js';
import type { Api } from './load-api.js';
import { instrumentsOf, type Instruments, type PacedClient } from './instruments.js';
import { ATTR, EVENT, INSTRUMENTATION_NAME, SPAN } from './names.js';
import type { TelemetryOptions } from './types.js';

/** What a listing tells its telemetry at the start. */
export interface ListingFacts {
	readonly operationName: string;
	readonly client: unknown;
	readonly input: Readonly<Record<string, unknown>>;
	readonly pageSize: number | undefined;
	readonly maxItems: number | undefined;
	readonly resumed: boolean;
	readonly pacer: PacedClient | undefined;
}

/** How a listing ended, for the span. */
export interface ListingEnd {
	readonly pages: number;
	readonly items: number;
	readonly hasNextToken: boolean;
}

/** The tracer and instruments of a call: its own providers, else the global ones. */
export function tracerOf(api: Api, options: TelemetryOptions): Tracer {
	return (options.tracerProvider?.getTracer(INSTRUMENTATION_NAME) as Tracer | undefined) ?? api.trace.getTracer(INSTRUMENTATION_NAME);
}

export function instrumentsFor(api: Api, options: TelemetryOptions): Instruments {
	const meter = (options.meterProvider?.getMeter(INSTRUMENTATION_NAME) as ReturnType<Api['metrics']['getMeter']> | undefined) ?? api.metrics.getMeter(INSTRUMENTATION_NAME);
	return instrumentsOf(meter);
}

/** The attributes every span and measurement of an operation carries. */
export function operationAttributes(operationName: string): Record<string, string> {
	return { [ATTR.rpcSystem]: 'aws-api', [ATTR.rpcService]: 'Bedrock', [ATTR.rpcMethod]: operationName };
}

/** Sets `cloud.region` once the client's region resolves (SDK clients resolve it asynchronously). */
export function recordRegion(span: Span, client: unknown): void {
	const region = (client as { config?: { region?: unknown } } | null)?.config?.region;
	const resolved = typeof region === 'function' ? (region as () => unknown)() : region;
	Promise.resolve(resolved).then(
		(value) => {
			if (typeof value === 'string' && value !== '') span.setAttribute(ATTR.cloudRegion, value);
		},
		() => {},
	);
}

/** Marks a span as failed by the error's name (never its message: a service's message may echo input values). */
export function recordFailure(span: Span, api: Api, error: unknown): void {
	const name = typeof (error as { name?: unknown } | null)?.name === 'string' ? (error as { name: string }).name : typeof error;
	span.setAttribute(ATTR.errorType, name);
	span.setStatus({ code: api.SpanStatusCode.ERROR, message: name });
}

export class ListingTelemetry {
	readonly observer: FetchObserver;
	readonly #api: Api;
	readonly #span: Span;
	readonly #context: Context;
	readonly #instruments: Instruments;
	readonly #attributes: Record<string, string>;
	readonly #unwatch: (() => void) | undefined;
	#ended = false;

	constructor(api: Api, options: TelemetryOptions, facts: ListingFacts, parent: Context | undefined) {
		this.#api = api;
		this.#attributes = operationAttributes(facts.operationName);
		this.#instruments = instrumentsFor(api, options);
		const attributes: Record<string, string | number | boolean | string[]> = {
			...this.#attributes,
			[ATTR.filterKeys]: Object.keys(facts.input).sort(),
			[ATTR.resumed]: facts.resumed,
		};
		if (facts.pageSize !== undefined) attributes[ATTR.pageSize] = facts.pageSize;
		if (facts.maxItems !== undefined) attributes[ATTR.maxItems] = facts.maxItems;
		const base = parent ?? api.context.active();
		this.#span = tracerOf(api, options).startSpan(`${SPAN.list} ${facts.operationName}`, { kind: api.SpanKind.INTERNAL, attributes }, base);
		this.#context = api.trace.setSpan(base, this.#span);
		if (this.#span.isRecording()) recordRegion(this.#span, facts.client);
		this.#unwatch = facts.pacer === undefined ? undefined : this.#instruments.watchPacer(facts.pacer);
		this.observer = this.#observer();
	}

	/** Records a page handed out. */
	page(itemCount: number): void {
		this.#instruments.pages.add(1, this.#attributes);
		if (itemCount > 0) this.#instruments.items.add(itemCount, this.#attributes);
	}

	/** Ends the span: `error` when the listing failed (an abort is not a failure), `undefined` otherwise. */
	end(fetcher: PageFetcher<unknown, unknown>, end: ListingEnd, outcome: 'complete' | 'stopped' | 'aborted' | 'failed', error?: unknown): void {
		if (this.#ended) return;
		this.#ended = true;
		this.#unwatch?.();
		const span = this.#span;
		if (outcome === 'failed' && isAbortError(error)) outcome = 'aborted';
		span.setAttributes({
			[ATTR.pages]: end.pages,
			[ATTR.items]: end.items,
			[ATTR.requests]: fetcher.requestCount,
			[ATTR.retries]: fetcher.retryCount,
			[ATTR.throttles]: fetcher.throttleCount,
			[ATTR.waitMs]: Math.round(fetcher.waitMs),
			[ATTR.throttleWaitMs]: Math.round(fetcher.throttleWaitMs),
			[ATTR.hasNextToken]: end.hasNextToken,
			[ATTR.outcome]: outcome,
		});
		if (outcome === 'failed') recordFailure(span, this.#api, error);
		span.end();
	}

	#observer(): FetchObserver {
		const api = this.#api;
		const context = this.#context;
		const span = this.#span;
		const instruments = this.#instruments;
		const attributes = this.#attributes;
		// Without a valid span (no SDK registered) there is no trace context to carry: requests are sent as they are.
		const propagate = api.trace.isSpanContextValid(span.spanContext());
		return {
			send: propagate ? (send) => api.context.with(context, send) : (send) => send(),
			requested: () => instruments.requests.add(1, attributes),
			throttled: () => instruments.throttles.add(1, attributes),
			retrying: ({ pageIndex, attempt, delay, throttled, error }, kind: RetryKind, waitFor) => {
				const errorType = typeof (error as { name?: unknown } | null)?.name === 'string' ? (error as { name: string }).name : 'Error';
				instruments.retries.add(1, { ...attributes, [ATTR.errorType]: errorType });
				instruments.retryWait.record(delay / 1000, { ...attributes, [ATTR.throttled]: throttled });
				if (span.isRecording()) {
					span.addEvent(EVENT.retry, {
						[ATTR.pageIndex]: pageIndex,
						[ATTR.attempt]: attempt,
						[ATTR.delayMs]: delay,
						[ATTR.throttled]: throttled,
						[ATTR.reason]: kind,
						[ATTR.waitFor]: waitFor,
						[ATTR.errorType]: errorType,
					});
				}
			},
			paced: (ms, pace) => {
				if (span.isRecording()) span.addEvent(EVENT.pacerWait, { [ATTR.delayMs]: Math.round(ms), [ATTR.pace]: Math.round(pace * 10) / 10 });
			},
		};
	}
}
