/** Item-level iteration and boto3's `build_full_result()`, both over any page iterator of the engine. */
import { encodeToken } from './token.js';
import type { FullResult, ItemIterator, Page } from './types.js';

/**
 * Yields the items of `pages` one by one. `iterator.NextToken` always resumes right after the last item
 * yielded, so a job can checkpoint after each item it handles.
 */
export function iterateItems<ResultKey extends string, Item>(
	pages: AsyncGenerator<Page<ResultKey, Item>, void, undefined>,
	resultKey: ResultKey,
	startingToken: string | undefined,
): ItemIterator<Item> {
	let resumeToken = startingToken;
	async function* items(): AsyncGenerator<Item, void, undefined> {
		try {
			for await (const page of pages) {
				const pageItems = page[resultKey];
				for (let index = 0; index < pageItems.length; index++) {
					resumeToken = page.tokenAfter(index);
					yield pageItems[index] as Item;
				}
				resumeToken = page.NextToken;
			}
		} finally {
			await pages.return();
		}
	}
	const iterator = items();
	Object.defineProperty(iterator, 'NextToken', { get: () => resumeToken, enumerable: true });
	return iterator as ItemIterator<Item>;
}

/**
 * Every item of `pages` in one array, and the token that resumes after them (absent when none follow).
 * A failure returns none of the items, so its `NextToken` is set back to where this run started: calling
 * again with it loses and repeats nothing.
 */
export async function collectFullResult<ResultKey extends string, Item>(
	pages: AsyncGenerator<Page<ResultKey, Item>, void, undefined>,
	resultKey: ResultKey,
	startingToken: string | undefined,
): Promise<FullResult<ResultKey, Item>> {
	const all: Item[] = [];
	let nextToken: string | undefined;
	try {
		for await (const page of pages) {
			for (const item of page[resultKey]) all.push(item);
			nextToken = page.NextToken;
		}
	} catch (error) {
		if (typeof error === 'object' && error !== null && 'NextToken' in error) {
			(error as { NextToken?: string }).NextToken = startingToken ?? encodeToken({ serviceToken: null, skip: 0 });
		}
		throw error;
	}
	const result: Record<string, unknown> = { [resultKey]: all };
	if (nextToken !== undefined) result['NextToken'] = nextToken;
	return result as FullResult<ResultKey, Item>;
}
