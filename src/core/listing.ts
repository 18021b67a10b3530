/**
 * The listing as the caller drives it: an async generator written out by hand, so that a page costs one
 * promise chain from the request to the caller rather than a hop through a generator per stage. It behaves
 * as an async generator does: calls wait for the one before, `return()` and `throw()` end it (aborting what
 * was read ahead and waiting for it to settle), and once ended every `next()` is done.
 */
import { AbortError } from '../errors/abort-error.js';
import { linkedController } from '../retry/abort.js';
import { createPageFetcher } from '../retry/fetch-page.js';
import { pacerFor } from '../retry/pacer.js';
import { telemetryApi, type Api } from '../telemetry/load-api.js';
import { ListingTelemetry } from '../telemetry/listing-telemetry.js';
import type { AnyOperationDescriptor } from './descriptor.js';
import { PageSource, type FetchedListingPage, type ListingFetcher } from './page-source.js';
import type { ListingPlan } from './plan.js';
import { ReadAhead } from './read-ahead.js';
import { encodeToken } from './token.js';
import type { Page, PageContext } from './types.js';

type ListingPage = Page<string, unknown>;
type Outcome = 'complete' | 'stopped' | 'failed';

/** Why the listing's own controller was aborted when it ended; never reaches the caller. */
const ENDED = Symbol('listing ended');
const DONE: IteratorReturnResult<void> = Object.freeze({ value: undefined, done: true });

/** What a listing makes at its first `next()`, and holds until it ends. */
interface OpenListing {
	readonly controller: AbortController;
	readonly release: () => void;
	readonly fetcher: ListingFetcher;
	readonly source: PageSource;
	readonly readAhead: ReadAhead<FetchedListingPage>;
	readonly telemetry: ListingTelemetry | undefined;
	/**
	 * What `onPage` was told of the last page handed out; not the page itself, which would then outlive the
	 * caller's use of it and survive the collections made while the next page is read.
	 */
	delivered: PageContext | undefined;
	pagesDelivered: number;
}

export class Listing implements AsyncGenerator<ListingPage, void, undefined> {
	#state: 'new' | 'open' | 'ended' = 'new';
	#open: OpenListing | undefined;
	/** The call in progress; the next one waits for it to settle. */
	#busy: Promise<unknown> | undefined;

	constructor(
		private readonly descriptor: AnyOperationDescriptor,
		private readonly plan: ListingPlan,
	) {}

	next(): Promise<IteratorResult<ListingPage, void>> {
		return this.#inTurn(() => this.#next());
	}

	return(): Promise<IteratorResult<ListingPage, void>> {
		return this.#inTurn(async () => {
			await this.#end('stopped', undefined);
			return DONE;
		});
	}

	throw(error: unknown): Promise<IteratorResult<ListingPage, void>> {
		return this.#inTurn(async () => {
			await this.#end('failed', error);
			throw error;
		});
	}

	[Symbol.asyncIterator](): this {
		return this;
	}

	#inTurn<T>(call: () => Promise<T>): Promise<T> {
		const busy = this.#busy;
		const result = busy === undefined ? call() : busy.then(call, call);
		this.#busy = result;
		const settled = () => {
			if (this.#busy === result) this.#busy = undefined;
		};
		result.then(settled, settled);
		return result;
	}

	async #next(): Promise<IteratorResult<ListingPage, void>> {
		if (this.#state === 'ended') return DONE;
		const open = this.#open ?? (await this.#start());
		let fetched: FetchedListingPage | undefined;
		try {
			// After an abort no page is handed out, not even one already read ahead.
			if (open.controller.signal.aborted && (open.readAhead.holding || !open.source.ended)) throw this.#abortError(open);
			fetched = await open.readAhead.take();
			if (fetched !== undefined) {
				if (open.controller.signal.aborted) throw this.#abortError(open);
				if (!open.source.ended) open.readAhead.fillAfter(fetched, () => !open.source.ended);
				if (this.plan.onPage !== undefined) {
					const pending = this.plan.onPage(fetched.context);
					if (isThenable(pending)) await pending;
					if (open.controller.signal.aborted) throw this.#abortError(open);
				}
			}
		} catch (error) {
			await this.#end('failed', error);
			throw error;
		}
		if (fetched === undefined) {
			await this.#end('complete', undefined);
			return DONE;
		}
		open.delivered = fetched.context;
		open.pagesDelivered++;
		open.telemetry?.page(fetched.context.itemCount);
		return { value: fetched.page, done: false };
	}

	/** Resumes right after the last page handed out. */
	#abortError(open: OpenListing): AbortError {
		const token = open.delivered === undefined ? encodeToken(this.plan.start) : open.delivered.NextToken;
		return new AbortError(open.controller.signal.reason, token);
	}

	async #start(): Promise<OpenListing> {
		this.#state = 'open';
		const { descriptor, plan } = this;
		// The API is awaited only while it loads (the first listing of a process); then it is at hand, or known absent.
		let api = plan.telemetry === false ? undefined : telemetryApi();
		if (api instanceof Promise) api = await api;
		const { controller, release } = linkedController(plan.signal);
		const pacer = plan.pacing && plan.retry !== undefined ? pacerFor(plan.client) : undefined;
		const telemetry = api === undefined ? undefined : startTelemetry(api, descriptor, plan, pacer);
		const fetcher: ListingFetcher = createPageFetcher({
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
		const source = new PageSource(descriptor, plan, fetcher, controller.signal);
		const mayReadAhead = plan.mayReadAhead;
		const readAhead = new ReadAhead(
			() => source.next(),
			plan.readAhead,
			mayReadAhead === undefined ? undefined : (fetched: FetchedListingPage) => mayReadAhead(fetched.page),
		);
		const open: OpenListing = { controller, release, fetcher, source, readAhead, telemetry, delivered: undefined, pagesDelivered: 0 };
		this.#open = open;
		return open;
	}

	/** Ends the listing however it ends: aborts what is in flight, waits for it to settle, closes the span. */
	async #end(outcome: Outcome, failure: unknown): Promise<void> {
		const open = this.#open;
		this.#state = 'ended';
		this.#open = undefined;
		if (open === undefined) return;
		open.controller.abort(ENDED);
		open.release();
		await open.readAhead.clear();
		if (open.telemetry !== undefined) {
			const last = open.delivered;
			const hasNextToken = last === undefined ? outcome !== 'complete' : last.NextToken !== undefined;
			open.telemetry.end(open.fetcher, { pages: open.pagesDelivered, items: last?.totalItems ?? 0, hasNextToken }, outcome, failure);
		}
	}
}

function startTelemetry(api: Api, descriptor: AnyOperationDescriptor, plan: ListingPlan, pacer: ReturnType<typeof pacerFor> | undefined): ListingTelemetry | undefined {
	if (plan.telemetry === false) return undefined;
	const facts = {
		operationName: descriptor.operationName,
		client: plan.client,
		input: plan.input,
		pageSize: plan.pageSize,
		maxItems: plan.maxItems,
		resumed: plan.startingToken !== undefined,
		pacer,
	};
	return new ListingTelemetry(api, plan.telemetry, facts, plan.telemetryParent as Parameters<typeof api.trace.setSpan>[0] | undefined);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
	return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
