/**
 * Reads the arguments after the input in either form: `(options)`, one object holding pagination and
 * behaviour, or `(pagination, options)`. Nothing is checked here: the listing's plan checks both parts, so a
 * bad argument still rejects the first `next()` with the usual message.
 */
import type { PaginationConfig } from './types.js';

const PAGINATION_KEYS: ReadonlySet<string> = new Set<keyof PaginationConfig>(['MaxItems', 'PageSize', 'StartingToken']);

export interface SplitOptions {
	readonly pagination: unknown;
	readonly options: unknown;
}

/**
 * `rest` is what follows the input. With options given apart (the four-argument form), both are taken as
 * they are. One object alone is split by key: pagination keys (and misspellings of them, so that `maxItems` is told "did you
 * mean `MaxItems`") to the pagination, every other key to the options.
 */
export function splitListingOptions(rest: readonly unknown[]): SplitOptions {
	const [first, second] = rest;
	if (second !== undefined || first === null || typeof first !== 'object' || Array.isArray(first)) return { pagination: first, options: second };
	const keys = Object.keys(first);
	if (keys.every(isPaginationKey)) return { pagination: first, options: undefined };
	const pagination: Record<string, unknown> = {};
	const options: Record<string, unknown> = {};
	for (const key of keys) (isPaginationKey(key) ? pagination : options)[key] = (first as Record<string, unknown>)[key];
	return { pagination, options };
}

/** The starting token of either form, for the item iterator and the full result (which report it back). */
export function startingTokenOf(split: SplitOptions): string | undefined {
	const token = (split.pagination as { StartingToken?: unknown } | null | undefined)?.StartingToken;
	return typeof token === 'string' ? token : undefined;
}

function isPaginationKey(key: string): boolean {
	return PAGINATION_KEYS.has(key) || [...PAGINATION_KEYS].some((known) => known.toLowerCase() === key.toLowerCase());
}
