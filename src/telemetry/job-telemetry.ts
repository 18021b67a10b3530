/**
 * A job run's span, its handlers' spans and its metrics. The run's listing is a child of the job's span; each
 * handler runs inside a child span of its own (`bedrock-paginators.handle`), so that the handler's own spans and SDK
 * calls nest under it. Recorded: what a listing records, the concurrency and mode, each handler's item id, index and
 * attempt, and at the end the summary's counts.
 */
import type { Context, Span, Tracer } from '@opentelemetry/api';
import { isAbortError } from '../errors/guards.js';
import type { Api } from './load-api.js';
import type { Instruments } from './instruments.js';
import { instrumentsFor, operationAttributes, recordFailure, recordRegion, tracerOf } from './listing-telemetry.js';
import { ATTR, SPAN } from './names.js';
import type { TelemetryOptions } from './types.js';

/** What a job tells its telemetry at the start. */
export interface JobFacts {
	readonly operationName: string;
	readonly client: unknown;
	readonly input: Readonly<Record<string, unknown>>;
	readonly pageSize: number | undefined;
	readonly maxItems: number | undefined;
	readonly concurrency: number;
	readonly mode: 'list' | 'redrive';
}

/** The summary's fields the span records at the end. */
export interface JobEnd {
	readonly handled: number;
	readonly failed: number;
	readonly skipped: number;
	readonly pages: number;
	readonly requests: number;
	readonly retries: number;
	readonly resumed: boolean;
	readonly complete: boolean;
	readonly stoppedBy: string;
	readonly NextToken: string | undefined;
}

/** One handler's span: `run` calls the handler in its context; `end` ends it, failed when given an error. */
export interface HandlerTrace {
	run<T>(handler: () => T): T;
	end(failure?: { error: unknown }): void;
}

export class JobTelemetry {
	/** The job's context, for its listing's span to be a child of. */
	readonly context: Context;
	/** Options passed on to the job's listings. */
	readonly options: TelemetryOptions;
	readonly #api: Api;
	readonly #tracer: Tracer;
	readonly #span: Span;
	readonly #instruments: Instruments;
	readonly #attributes: Record<string, string>;
	readonly #propagate: boolean;
	#ended = false;

	constructor(api: Api, options: TelemetryOptions, facts: JobFacts) {
		this.#api = api;
		this.options = options;
		this.#tracer = tracerOf(api, options);
		this.#instruments = instrumentsFor(api, options);
		this.#attributes = operationAttributes(facts.operationName);
		const attributes: Record<string, string | number | boolean | string[]> = {
			...this.#attributes,
			[ATTR.filterKeys]: Object.keys(facts.input).sort(),
			[ATTR.concurrency]: facts.concurrency,
			[ATTR.mode]: facts.mode,
		};
		if (facts.pageSize !== undefined) attributes[ATTR.pageSize] = facts.pageSize;
		if (facts.maxItems !== undefined) attributes[ATTR.maxItems] = facts.maxItems;
		const parent = api.context.active();
		this.#span = this.#tracer.startSpan(`${SPAN.job} ${facts.operationName}`, { kind: api.SpanKind.INTERNAL, attributes }, parent);
		this.context = api.trace.setSpan(parent, this.#span);
		this.#propagate = api.trace.isSpanContextValid(this.#span.spanContext());
		if (this.#span.isRecording()) recordRegion(this.#span, facts.client);
	}

	/** Whether the run continued from a checkpoint (known once it is loaded). */
	resumed(resumed: boolean): void {
		this.#span.setAttribute(ATTR.resumed, resumed);
	}

	/** A handler starts, for the item `id` at `index` of the run. */
	handler(id: string, index: number, attempt: number): HandlerTrace {
		const api = this.#api;
		const instruments = this.#instruments;
		const attributes = this.#attributes;
		instruments.handlersActive.add(1, attributes);
		let ended = false;
		// No tracer behind the job's span (no SDK registered): no span to make, only the count of handlers running.
		if (!this.#propagate) {
			return {
				run: (handler) => handler(),
				end: () => {
					if (ended) return;
					ended = true;
					instruments.handlersActive.add(-1, attributes);
				},
			};
		}
		const span = this.#tracer.startSpan(
			SPAN.handle,
			{ kind: api.SpanKind.INTERNAL, attributes: { ...attributes, [ATTR.itemId]: id, [ATTR.itemIndex]: index, [ATTR.attempt]: attempt } },
			this.context,
		);
		const context = api.trace.setSpan(this.context, span);
		return {
			run: (handler) => api.context.with(context, handler),
			end: (failure) => {
				if (ended) return;
				ended = true;
				instruments.handlersActive.add(-1, attributes);
				if (failure !== undefined) recordFailure(span, api, failure.error);
				span.end();
			},
		};
	}

	/** An item was recorded: handled, or its failure recorded. */
	recorded(failed: boolean): void {
		this.#instruments.handled.add(1, this.#attributes);
		if (failed) this.#instruments.failed.add(1, this.#attributes);
	}

	/** A checkpoint save took `ms` (its failure-log append and retries included). */
	saved(ms: number): void {
		this.#instruments.checkpointSave.record(ms / 1000, this.#attributes);
	}

	/** Ends the job's span with its summary, or failed with the error it rejects with (an abort is not a failure). */
	end(result: { summary: JobEnd } | { error: unknown }): void {
		if (this.#ended) return;
		this.#ended = true;
		const span = this.#span;
		if ('summary' in result) {
			const summary = result.summary;
			span.setAttributes({
				[ATTR.handled]: summary.handled,
				[ATTR.failed]: summary.failed,
				[ATTR.skipped]: summary.skipped,
				[ATTR.pages]: summary.pages,
				[ATTR.requests]: summary.requests,
				[ATTR.retries]: summary.retries,
				[ATTR.resumed]: summary.resumed,
				[ATTR.complete]: summary.complete,
				[ATTR.stoppedBy]: summary.stoppedBy,
				[ATTR.hasNextToken]: summary.NextToken !== undefined,
				[ATTR.outcome]: 'complete',
			});
		} else if (isAbortError(result.error)) {
			span.setAttributes({ [ATTR.outcome]: 'aborted', [ATTR.hasNextToken]: (result.error as { NextToken?: unknown }).NextToken !== undefined });
		} else {
			span.setAttribute(ATTR.outcome, 'failed');
			recordFailure(span, this.#api, result.error);
		}
		span.end();
	}
}
