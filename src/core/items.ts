/** Item-level iteration over any page iterator of the engine. */
import type { ItemIterator, Page } from './types.js';

/**
 * Yields the items of `pages` one by one, with no allocation per item. `iterator.NextToken` always resumes
 * right after the last item yielded (encoded only when read), so a job can checkpoint after each item.
 */
export function iterateItems<ResultKey extends string, Item>(
	pages: AsyncGenerator<Page<ResultKey, Item>, void, undefined>,
	resultKey: ResultKey,
	startingToken: string | undefined,
): ItemIterator<Item> {
	let afterPages = startingToken;
	let current: Page<ResultKey, Item> | undefined;
	let index = -1;
	async function* items(): AsyncGenerator<Item, void, undefined> {
		try {
			for await (const page of pages) {
				const list = page[resultKey];
				if (list.length === 0) {
					afterPages = page.NextToken;
					continue;
				}
				current = page;
				for (let i = 0; i < list.length; i++) {
					index = i;
					yield list[i] as Item;
				}
				current = undefined;
				afterPages = page.NextToken;
			}
		} finally {
			await pages.return();
		}
	}
	const iterator = items();
	Object.defineProperty(iterator, 'NextToken', {
		get: () => (current !== undefined && index >= 0 ? current.tokenAfter(index) : afterPages),
		enumerable: true,
	});
	return iterator as ItemIterator<Item>;
}
