/**
 * Pages requested ahead of the caller: while the caller works on page k, pages up to k + depth are fetched.
 * Fetches run one after another, each chained on the one before (each needs the token of the page before).
 * A failure stays in its slot of the queue and surfaces when the caller reaches that page.
 */

const ignore = () => {};

export class ReadAhead<Page> {
	/** Fetches started ahead of the caller, oldest first. */
	readonly #queue: Promise<Page | undefined>[] = [];
	/** The fetch started last, taken or not: the next one starts after it settles. */
	#last: Promise<unknown> | undefined;

	constructor(
		/** Fetches the page after the one fetched before; `undefined` once there are no more. */
		private readonly fetchNext: () => Promise<Page | undefined>,
		private readonly depth: number,
		/** Asked as each page is handed out: `false` holds the reading ahead back. */
		private readonly mayPrefetch: ((page: Page) => boolean) | undefined,
	) {}

	/** The next page: the oldest one fetched ahead, else one fetched now. */
	take(): Promise<Page | undefined> {
		return this.#queue.shift() ?? this.#start();
	}

	/** Called as `page` is handed out: starts fetches until `depth` pages are ahead of it. */
	fillAfter(page: Page, more: () => boolean): void {
		if (this.depth === 0 || (this.mayPrefetch !== undefined && !this.mayPrefetch(page))) return;
		while (this.#queue.length < this.depth && more()) {
			const fetching = this.#start();
			fetching.catch(ignore); // surfaces when taken; unhandled only if never taken, and then it does not matter
			this.#queue.push(fetching);
		}
	}

	/** Drops what is held or in flight, and resolves once all of it has settled. */
	async clear(): Promise<void> {
		const pending = this.#last;
		this.#queue.length = 0;
		this.#last = undefined;
		if (pending !== undefined) await pending.then(ignore, ignore);
	}

	get holding(): boolean {
		return this.#queue.length > 0;
	}

	#start(): Promise<Page | undefined> {
		const fetch = this.fetchNext;
		const started = this.#last === undefined ? fetch() : this.#last.then(fetch, fetch);
		this.#last = started;
		return started;
	}
}
