/** Whether a stored item belongs in a listing: its path scope and every filter, with the API's meaning. */
import type { CollectionSpec, Filter } from './collections.js';
import { valueAt } from './item-path.js';
import type { ListQuery } from './query.js';
import type { StoredItem } from './sorted-store.js';

/** `accountId` is the caller's: `isOwned` compares an item's owner with it (no owner: the caller's own). */
export function matchesQuery(stored: StoredItem, spec: CollectionSpec, query: ListQuery, accountId: string): boolean {
	const read = (field: string) => stored.hidden[field] ?? valueAt(stored.item, field);
	for (const [name, value] of Object.entries(query.scope)) {
		const field = spec.scope?.[name];
		if (field !== undefined && read(field) !== value) return false;
	}
	for (const [name, value] of Object.entries(query.filters)) {
		const filter = spec.filters[name];
		if (filter !== undefined && !passes(filter, value, stored.time, read, accountId)) return false;
	}
	return true;
}

function passes(filter: Filter, value: string | boolean | Date, time: number, read: (field: string) => unknown, accountId: string): boolean {
	switch (filter.kind) {
		case 'before':
			return time < (value as Date).getTime();
		case 'after':
			return time > (value as Date).getTime();
		case 'contains':
			return String(read(filter.field) ?? '').includes(value as string);
		case 'equals':
			return filter.fields.some((field) => read(field) === value);
		case 'owned':
			return (((read('ownerAccountId') as string | undefined) ?? accountId) === accountId) === value;
	}
}
