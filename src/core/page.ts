/** A page as the caller sees it: items under the result key, `NextToken`, and a lazy `tokenAfter(index)`. */
import { encodeWithJson, pythonJsonValue, type Position } from './token.js';
import type { Page } from './types.js';

/**
 * `tokenAfter` is not enumerable, so the page prints, compares and serialises as `{ [resultKey], NextToken }`.
 * Per-item tokens are encoded only when asked for, reusing the page's rendering of its service token.
 */
export function createPage<ResultKey extends string, Item>(
	resultKey: ResultKey,
	items: Item[],
	origin: Position,
	next: Position | undefined,
): Page<ResultKey, Item> {
	const nextToken = next === undefined ? undefined : encodeWithJson(pythonJsonValue(next.serviceToken), next);
	const page: Record<string, unknown> = { [resultKey]: items };
	if (nextToken !== undefined) page['NextToken'] = nextToken;
	let originJson: string | undefined;
	Object.defineProperty(page, 'tokenAfter', {
		value: (index: number): string | undefined => {
			if (!Number.isInteger(index) || index < 0 || index >= items.length) {
				throw new RangeError(`Expected an item index from 0 to ${items.length - 1} for tokenAfter(), got ${String(index)}.`);
			}
			if (index === items.length - 1) return nextToken;
			originJson ??= pythonJsonValue(origin.serviceToken);
			return encodeWithJson(originJson, { serviceToken: origin.serviceToken, skip: origin.skip + index + 1 });
		},
	});
	return page as Page<ResultKey, Item>;
}
