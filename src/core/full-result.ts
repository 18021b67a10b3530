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
	nonAggregateKeys: readonly string[] = [],
): Promise<FullResult<ResultKey, Item>> {
	const all: Item[] = [];
	let nextToken: string | undefined;
	// Taken from the run's first page only, as boto3 does.
	let wholeListing: Record<string, unknown> | undefined;
	try {
		for await (const page of pages) {
			wholeListing ??= nonAggregatePart(page as Record<string, unknown>, nonAggregateKeys);
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
	const result: Record<string, unknown> = { [resultKey]: all, ...wholeListing };
	if (nextToken !== undefined) result['NextToken'] = nextToken;
	return result as FullResult<ResultKey, Item>;
}

/**
 * The non-aggregate members of a run's first page as boto3 records them: each key, `null` where the response
 * lacks it (boto3's `None`, which json prints as `null` and the AWS CLI's text output as `None`).
 */
export function nonAggregatePart(page: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
	const part: Record<string, unknown> = {};
	for (const key of keys) part[key] = page[key] ?? null;
	return part;
}
