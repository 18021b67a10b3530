/** The endpoint's record of requests: the last few kept whole (query values cut short), and counts of all. */

/** One request the endpoint answered, in order. */
export interface RequestRecord {
	readonly method: string;
	readonly path: string;
	/** The operation served, when the path named one. */
	readonly operation?: string;
	/** The query parameters as sent (values longer than 256 characters are cut). */
	readonly query: Readonly<Record<string, string>>;
	/** The HTTP status sent; 0 while unanswered, or when the connection was dropped. */
	readonly status: number;
	/** The error type sent, for error responses; `reset` for a dropped connection. */
	readonly errorType?: string;
	/** Items in the page, for successful responses. */
	readonly itemCount?: number;
	/** `performance.now()` when the request arrived. */
	readonly at: number;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Query values cut to what a log needs: a request with 8 KB values does not keep 8 KB. */
export function shortened(query: Record<string, string>): Record<string, string> {
	for (const [key, value] of Object.entries(query)) {
		if (value.length > MAX_VALUE_LENGTH) query[key] = `${value.slice(0, MAX_VALUE_LENGTH)}...(${value.length} characters)`;
	}
	return query;
}

const MAX_VALUE_LENGTH = 256;

export class RequestLog {
	private readonly entries: Mutable<RequestRecord>[] = [];
	private next = 0;
	private total = 0;
	private readonly byStatus = new Map<number, number>();

	constructor(private readonly capacity: number) {}

	/** Logs a request on arrival; the caller fills in the status when it answers. */
	add(entry: Mutable<RequestRecord>): Mutable<RequestRecord> {
		this.total++;
		if (this.capacity === 0) return entry;
		if (this.entries.length < this.capacity) this.entries.push(entry);
		else this.entries[this.next] = entry;
		this.next = (this.next + 1) % this.capacity;
		return entry;
	}

	/** Counts a status once it is known. */
	answered(status: number): void {
		this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
	}

	/** The retained requests, oldest first. */
	list(): RequestRecord[] {
		return this.entries.length < this.capacity ? [...this.entries] : [...this.entries.slice(this.next), ...this.entries.slice(0, this.next)];
	}

	counts(): { readonly total: number; readonly byStatus: Readonly<Record<number, number>> } {
		return { total: this.total, byStatus: Object.fromEntries(this.byStatus) };
	}
}
