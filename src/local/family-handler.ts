/**
 * The handler of every family operation: checks the request against the operation's wire table, the path
 * scope (an unknown parent is a ResourceNotFoundException, as the services answer), and cuts a page from the
 * sorted store after the keyset its token carries, as the control plane's handler does.
 */
import type { FamilyCollection, FamilyCollections } from './family-stores.js';
import { parseFamilyRequest, type FamilyRequest } from './family-request.js';
import { requestVerdicts } from './family-verdicts.js';
import { INVALID_TOKEN, invalidRequest, unknownResource, type ListOutcome } from './list-handler.js';
import type { PageTokens } from './page-token.js';
import type { ListQuery } from './query.js';
import type { StoredItem } from './sorted-store.js';

const UNREADABLE_TIME = '2024-01-01 00:00:00';

export class FamilyHandler {
	constructor(
		private readonly collections: FamilyCollections,
		private readonly tokens: PageTokens,
	) {}

	handles(key: string): boolean {
		return this.collections.has(key);
	}

	list(key: string, request: FamilyRequest): ListOutcome {
		const collection = this.collections.get(key);
		const parsed = parseFamilyRequest(key, collection.wire, request);
		if (!parsed.ok) return invalidRequest(parsed.message);
		const missing = Object.entries(parsed.query.scope).find(([name, value]) => collection.scope[name] !== value);
		if (missing !== undefined) return unknownResource(`${missing[1]} (${missing[0]})`);
		const outcome = this.page(collection, parsed.query);
		if (outcome === undefined) return INVALID_TOKEN;
		Object.assign(outcome.body, requestVerdicts(key, request.body));
		return outcome;
	}

	/** A one-item page the SDKs cannot read: its time is no timestamp they parse, or its list is no list. */
	unreadablePage(key: string): Record<string, unknown> {
		const { spec, store } = this.collections.get(key);
		const first = store.at(0)?.item;
		if (spec.time === undefined || first === undefined) return { [spec.resultKey]: 'unreadable' };
		return { [spec.resultKey]: [{ ...first, [spec.time]: UNREADABLE_TIME }] };
	}

	/**
	 * Oldest first by (time, id); newest first where the operation takes `sortOrder` and it is not Ascending, or
	 * where its sort structure asks for the time key DESCENDING.
	 */
	private page({ key, wire, spec, store }: FamilyCollection, query: ListQuery): Extract<ListOutcome, { ok: true }> | undefined {
		const newestByDefault = 'sortOrder' in wire.params;
		const descending = query.sortOrder === 'Descending' || (newestByDefault && query.sortOrder === undefined);
		let index = descending ? store.size - 1 : 0;
		if (query.nextToken !== undefined) {
			const after = this.tokens.read(key, query, query.nextToken);
			if (after === undefined) return undefined;
			index = descending ? store.bound(after, true) - 1 : store.bound(after, false);
		}
		const step = descending ? -1 : 1;
		const found: StoredItem[] = [];
		for (let item = store.at(index); item !== undefined && found.length < query.maxResults; index += step, item = store.at(index)) found.push(item);
		const body: Record<string, unknown> = { [spec.resultKey]: found.map((stored) => stored.item) };
		const last = found.at(-1);
		if (store.at(index) !== undefined && last !== undefined) body['nextToken'] = this.tokens.issue(key, query, last);
		return { ok: true, body, itemCount: found.length };
	}
}
