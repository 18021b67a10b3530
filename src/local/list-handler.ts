/**
 * The one handler of every list operation, driven by its entries in the wire and collections tables: it
 * checks the request, the scope its path names, and cuts a page from the sorted store by binary search on
 * the keyset its token carries. It answers with data; the response writer puts it on the wire.
 */
import type { Collection, Collections } from './collection-stores.js';
import type { CollectionSpec } from './collections.js';
import { matchesQuery } from './filters.js';
import { valueAt } from './item-path.js';
import type { PageTokens } from './page-token.js';
import { DEFAULT_SORT_ORDER, parseQuery, type ListQuery } from './query.js';
import type { StoredItem } from './sorted-store.js';
import { VALIDATION_ERROR_TYPE } from './wire-spec.js';

export type ListOutcome =
	| { readonly ok: true; readonly body: Record<string, unknown>; readonly itemCount: number }
	| { readonly ok: false; readonly status: 400 | 404; readonly type: string; readonly message: string };

/** Bedrock's answers to a request it refuses, shared by the control plane's handler and the other clients'. */
export const invalidRequest = (message: string): ListOutcome => ({ ok: false, status: 400, type: VALIDATION_ERROR_TYPE, message });
export const unknownResource = (what: string): ListOutcome => ({ ok: false, status: 404, type: 'ResourceNotFoundException', message: `The resource ${what} does not exist.` });
export const INVALID_TOKEN: ListOutcome = invalidRequest('The provided pagination token is invalid or does not belong to this request.');

/** A time no SDK reads as RFC 3339, for the scripted unreadable page. */
const UNREADABLE_TIME = '2024-01-01 00:00:00';

export class ListHandler {
	constructor(
		private readonly collections: Collections,
		private readonly tokens: PageTokens,
		/** The caller's account, for `isOwned`. */
		private readonly accountId: string,
	) {}

	/** The answer to one list request: a page, or the error Bedrock gives for it. */
	list(operation: string, pathParams: Readonly<Record<string, string>>, params: URLSearchParams): ListOutcome {
		const collection = this.collections.get(operation);
		const parsed = parseQuery(collection.wire, { ...pathParams }, params);
		if (!parsed.ok) return invalidRequest(parsed.message);
		const missing = this.missingScope(collection.spec, parsed.query.scope);
		if (missing !== undefined) return unknownResource(missing);
		return this.page(collection, parsed.query) ?? INVALID_TOKEN;
	}

	/** A one-item page whose item's time no SDK can read (the first stored item, or a stand-in). */
	unreadablePage(operation: string): Record<string, unknown> {
		const { spec, store } = this.collections.get(operation);
		const first = store.at(0);
		const item = first === undefined ? { [spec.id]: 'malformed' } : wireView(spec, first);
		return { [spec.resultKey]: [{ ...item, [spec.time ?? 'createdAt']: UNREADABLE_TIME }] };
	}

	/** The path value whose owner does not exist (a policy or build workflow), if any. */
	private missingScope(spec: CollectionSpec, scope: Readonly<Record<string, string>>): string | undefined {
		if (spec.scopeOwner === undefined) return undefined;
		const { operation, field } = spec.scopeOwner;
		const wanted = scope[field];
		const exists = this.collections.get(operation).store.all().some((stored) => valueAt(stored.item, field) === wanted);
		return exists ? undefined : String(wanted);
	}

	/** One page; `undefined` for a token that is forged or was made for another request. */
	private page({ operation, spec, store }: Collection, query: ListQuery): Extract<ListOutcome, { ok: true }> | undefined {
		const descending = spec.sortable && (query.sortOrder ?? DEFAULT_SORT_ORDER) === 'Descending';
		let index = descending ? store.size - 1 : 0;
		if (query.nextToken !== undefined) {
			const after = this.tokens.read(operation, query, query.nextToken);
			if (after === undefined) return undefined;
			// The first item past the keyset in this order; the keyset item itself may have been deleted since.
			index = descending ? store.bound(after, true) - 1 : store.bound(after, false);
		}
		const step = descending ? -1 : 1;
		const found: StoredItem[] = [];
		let more = false;
		for (let item = store.at(index); item !== undefined; index += step, item = store.at(index)) {
			if (!matchesQuery(item, spec, query, this.accountId)) continue;
			if (found.length === query.maxResults) {
				more = true;
				break;
			}
			found.push(item);
		}
		const body: Record<string, unknown> = { [spec.resultKey]: found.map((stored) => wireView(spec, stored)) };
		const last = found.at(-1);
		if (more && last !== undefined) body['nextToken'] = this.tokens.issue(operation, query, last);
		return { ok: true, body, itemCount: found.length };
	}
}

/** An item as the wire shows it: the table's wire fields when it names them, otherwise the item as stored. */
export function wireView(spec: CollectionSpec, stored: StoredItem): Readonly<Record<string, unknown>> {
	if (spec.wireFields === undefined) return stored.item;
	const shown: Record<string, unknown> = {};
	for (const field of spec.wireFields) {
		if (stored.item[field] !== undefined) shown[field] = stored.item[field];
	}
	return shown;
}
