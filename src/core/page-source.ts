/**
 * A listing's pages fetched in order, one call per page: each request carries the token of the page before,
 * each page the token that resumes right after it. botocore's semantics, with its known traps fixed (see the
 * README's "Differences from botocore"). Calls must not overlap: read-ahead chains them.
 */
import { DuplicateTokenError } from '../errors/duplicate-token-error.js';
import type { PageFetcher } from '../retry/types.js';
import { RateWindow, timeLeftMs } from '../utils/rate-window.js';
import { cutPage } from './cut-page.js';
import type { AnyOperationDescriptor } from './descriptor.js';
import { listingError } from './listing-error.js';
import { createPage } from './page.js';
import type { ListingPlan } from './plan.js';
import { readResponse } from './read-response.js';
import { SeenTokens } from './seen-tokens.js';
import { encodeToken, type Position } from './token.js';
import type { Page, PageContext } from './types.js';

export interface FetchedListingPage {
	readonly page: Page<string, unknown>;
	/** What `onPage` is told when the page is handed out. */
	readonly context: PageContext;
}

export type ListingFetcher = PageFetcher<Record<string, unknown>, unknown>;

export class PageSource {
	readonly #startedAt = performance.now();
	readonly #rate = new RateWindow(this.#startedAt);
	readonly #seen = new SeenTokens();
	#position: Position;
	#pageIndex = 0;
	#totalItems = 0;
	/** No page follows: the last one was fetched, or a fetch failed. */
	#ended = false;

	constructor(
		private readonly descriptor: AnyOperationDescriptor,
		private readonly plan: ListingPlan,
		private readonly fetcher: ListingFetcher,
		/** The listing's own signal: once aborted, no request is sent. */
		private readonly signal: AbortSignal,
	) {
		this.#position = plan.start;
	}

	get ended(): boolean {
		return this.#ended;
	}

	/** The next page, or `undefined` once the listing has ended (after its last page, or a failure). */
	async next(): Promise<FetchedListingPage | undefined> {
		if (this.#ended) return undefined;
		try {
			return await this.#fetchPage();
		} catch (error) {
			this.#ended = true;
			throw error;
		}
	}

	async #fetchPage(): Promise<FetchedListingPage> {
		const at = this.#position;
		const { output, attempts } = await this.#request(at);
		const { items: received, next: serviceNext, whole } = readResponse(this.descriptor, output, this.#pageIndex, at, this.plan.itemIds);
		const room = this.plan.maxItems === undefined ? Number.POSITIVE_INFINITY : this.plan.maxItems - this.#totalItems;
		const cut = cutPage(received, serviceNext, at, room);
		this.#totalItems += cut.items.length;
		const page = createPage(this.descriptor.resultKey, cut.items, cut.origin, cut.next);
		if (whole !== undefined) Object.assign(page, whole);
		const context = this.#context(page, cut.items.length, attempts);
		this.#pageIndex++;
		if (cut.last || cut.next === undefined) this.#ended = true;
		else this.#position = cut.next;
		return { page, context };
	}

	/** Sends the request for the page at `at`; its failure carries the token that fetches this page again. */
	async #request(at: Position): Promise<{ output: unknown; attempts: number }> {
		const { signal } = this;
		if (signal.aborted) throw listingError(signal.reason, signal, encodeToken(at));
		const serviceToken = at.serviceToken;
		if (serviceToken !== null && !this.#seen.add(serviceToken)) throw new DuplicateTokenError(serviceToken, this.#pageIndex, encodeToken(at));
		try {
			return await this.fetcher.fetch({
				input: this.#input(serviceToken),
				pageIndex: this.#pageIndex,
				totalItems: this.#totalItems,
				resumeToken: () => encodeToken(at),
			});
		} catch (error) {
			throw listingError(error, signal, encodeToken(at));
		}
	}

	#input(serviceToken: string | null): Record<string, unknown> {
		const { descriptor, plan } = this;
		const input: Record<string, unknown> = { ...plan.input };
		if (plan.pageSize !== undefined && descriptor.limitKey !== undefined) input[descriptor.limitKey] = plan.pageSize;
		if (serviceToken !== null) input[descriptor.inputToken] = serviceToken;
		return input;
	}

	#context(page: Page<string, unknown>, itemCount: number, attempts: number): PageContext {
		const now = performance.now();
		const totalItems = this.#totalItems;
		const itemsPerSecond = this.#rate.update(totalItems, now);
		return Object.freeze({
			pageIndex: this.#pageIndex,
			itemCount,
			totalItems,
			attempts,
			requestCount: this.fetcher.requestCount,
			NextToken: page.NextToken,
			elapsedMs: now - this.#startedAt,
			itemsPerSecond,
			throttleWaitMs: this.fetcher.throttleWaitMs,
			etaMs: page.NextToken === undefined ? 0 : timeLeftMs(totalItems, this.plan.maxItems, itemsPerSecond),
		});
	}
}
