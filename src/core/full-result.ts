/** boto3's `build_full_result()` over any page iterator of the engine. */
import { encodeToken } from './token.js';
import type { FullResult, Page } from './types.js';

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
			const list = page[resultKey];
			for (let i = 0; i < list.length; i++) all.push(list[i] as Item);
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
