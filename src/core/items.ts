/** Item-level iteration over any page iterator of the engine. */
import type { ItemIterator, Page } from './types.js';

/**
 * Yields the items of `pages` one by one. Within a page, `next()` costs one resolved promise and nothing
 * else (no async generator machinery per item, no token encoded): `iterator.NextToken` is computed only when
 * read, and always resumes right after the last item yielded, so a job can checkpoint after each item.
 */
export function iterateItems<ResultKey extends string, Item>(
	pages: AsyncGenerator<Page<ResultKey, Item>, void, undefined>,
	resultKey: ResultKey,
	startingToken: string | undefined,
): ItemIterator<Item> {
	return new PageItems<ResultKey, Item>(pages, resultKey, startingToken);
}

const DONE: IteratorReturnResult<void> = Object.freeze({ value: undefined, done: true });

class PageItems<ResultKey extends string, Item> implements ItemIterator<Item> {
	private page: Page<ResultKey, Item> | undefined;
	private list: Item[] = [];
	private index = -1;
	/** The token after everything yielded, when no page is being read. */
	private afterPages: string | undefined;
	private finished = false;
	/** A page being fetched; `next()` calls made meanwhile wait their turn. */
	private pulling: Promise<IteratorResult<Item, void>> | undefined;

	constructor(
		private readonly pages: AsyncGenerator<Page<ResultKey, Item>, void, undefined>,
		private readonly resultKey: ResultKey,
		startingToken: string | undefined,
	) {
		this.afterPages = startingToken;
	}

	get NextToken(): string | undefined {
		return this.page !== undefined && this.index >= 0 ? this.page.tokenAfter(this.index) : this.afterPages;
	}

	next(): Promise<IteratorResult<Item, void>> {
		if (this.pulling !== undefined) return this.pulling.then(() => this.next());
		if (this.index + 1 < this.list.length) {
			this.index++;
			return Promise.resolve({ value: this.list[this.index] as Item, done: false });
		}
		if (this.finished) return Promise.resolve(DONE);
		const pulling = this.pull();
		this.pulling = pulling;
		const clear = () => {
			if (this.pulling === pulling) this.pulling = undefined;
		};
		pulling.then(clear, clear);
		return pulling;
	}

	private async pull(): Promise<IteratorResult<Item, void>> {
		if (this.page !== undefined) this.afterPages = this.page.NextToken;
		this.page = undefined;
		this.list = [];
		this.index = -1;
		try {
			for (;;) {
				const result = await this.pages.next();
				if (result.done === true) {
					this.finished = true;
					return DONE;
				}
				const page = result.value;
				const list = page[this.resultKey];
				if (list.length === 0) {
					this.afterPages = page.NextToken;
					continue;
				}
				this.page = page;
				this.list = list;
				this.index = 0;
				return { value: list[0] as Item, done: false };
			}
		} catch (error) {
			this.finished = true;
			throw error;
		}
	}

	async return(): Promise<IteratorResult<Item, void>> {
		if (this.pulling !== undefined) await this.pulling.catch(() => {});
		this.finished = true;
		this.list = [];
		await this.pages.return();
		return DONE;
	}

	async throw(error: unknown): Promise<IteratorResult<Item, void>> {
		await this.return();
		throw error;
	}

	[Symbol.asyncIterator](): this {
		return this;
	}
}
