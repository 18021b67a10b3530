/**
 * A catalogue kept sorted by (time, id), so that a page's start is found by binary search and a page costs
 * what it returns, not the size of the catalogue. Ties in time are broken by id, so the order is total and
 * a keyset (time, id) names one place in it even after the item there was deleted.
 */

export interface StoredItem {
	/** Unique within its operation: what `deleteItem` takes, and the keyset's tie-breaker. */
	readonly id: string;
	/** Sort time in epoch milliseconds (0 for operations with no time to sort by). */
	readonly time: number;
	/** The item as the wire shows it (Dates are sent as RFC 3339). */
	readonly item: Readonly<Record<string, unknown>>;
	/** What filters and path scopes read beside the wire fields (a custom model's foundation model, a test case's policy). */
	readonly hidden: Readonly<Record<string, string>>;
}

export interface Keyset {
	readonly time: number;
	readonly id: string;
}

function compareKeys(a: Keyset, b: Keyset): number {
	if (a.time !== b.time) return a.time - b.time;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Items made on demand, in sorted order: their times known up front, each item made when first read. */
export interface LazyItems {
	readonly size: number;
	/** Sorted ascending. */
	readonly times: Float64Array;
	make(index: number): StoredItem;
}

export class SortedStore {
	/** Sorted by key; in lazy mode, a sparse array filled as items are read. */
	private items: (StoredItem | undefined)[];
	private lazy: LazyItems | undefined;
	/** Built on first use: a million-item catalogue that is only listed never pays for it. */
	private index: Map<string, StoredItem> | undefined;

	/** `items` need not be sorted; if they are, it costs one pass. Lazy items are sorted by construction. */
	constructor(items: StoredItem[] | LazyItems) {
		if (Array.isArray(items)) {
			let sorted = true;
			for (let i = 1; i < items.length && sorted; i++) sorted = compareKeys(items[i - 1] as StoredItem, items[i] as StoredItem) <= 0;
			this.items = sorted ? items : items.sort(compareKeys);
		} else {
			this.lazy = items;
			this.items = new Array(items.size);
		}
	}

	get size(): number {
		return this.items.length;
	}

	at(index: number): StoredItem | undefined {
		if (index < 0 || index >= this.items.length) return undefined;
		let item = this.items[index];
		if (item === undefined && this.lazy !== undefined) {
			item = this.lazy.make(index);
			this.items[index] = item;
		}
		return item;
	}

	get(id: string): StoredItem | undefined {
		return this.byId.get(id);
	}

	all(): readonly StoredItem[] {
		this.materialize();
		return this.items as StoredItem[];
	}

	/** Index of the first item whose key is greater than `key` (`orEqual`: greater or equal). */
	bound(key: Keyset, orEqual: boolean): number {
		let low = 0;
		let high = this.items.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			const time = this.lazy !== undefined ? (this.lazy.times[middle] as number) : (this.items[middle] as StoredItem).time;
			const order = time !== key.time ? time - key.time : compareKeys(this.at(middle) as StoredItem, key);
			if (order < 0 || (order === 0 && !orEqual)) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	insert(item: StoredItem): void {
		this.materialize();
		const existing = this.byId.get(item.id);
		if (existing !== undefined) this.delete(existing.id);
		this.items.splice(this.bound(item, false), 0, item);
		this.byId.set(item.id, item);
	}

	delete(id: string): StoredItem | undefined {
		this.materialize();
		const item = this.byId.get(id);
		if (item === undefined) return undefined;
		this.items.splice(this.bound(item, true), 1);
		this.byId.delete(id);
		return item;
	}

	private get byId(): Map<string, StoredItem> {
		if (this.index === undefined) {
			this.index = new Map();
			for (const item of this.all()) this.index.set(item.id, item);
		}
		return this.index;
	}

	/** Makes every item (before a change, which would shift the lazy positions). */
	private materialize(): void {
		if (this.lazy === undefined) return;
		for (let index = 0; index < this.items.length; index++) this.at(index);
		this.lazy = undefined;
	}
}
