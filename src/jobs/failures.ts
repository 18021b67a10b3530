/**
 * Failure records: what a failed item leaves behind so that a later run (a redrive) can handle it again
 * exactly as it was listed. Dates do not survive JSON, so their paths travel beside the item.
 */
import type { FailureRecord } from './checkpoint-store.js';

/** A `failed` record of `item`, tried `attempts` times. */
export function failedRecord(id: string, item: unknown, error: unknown, attempts: number): FailureRecord {
	const dates: string[] = [];
	const json = toJson(item, '', dates);
	return {
		kind: 'failed',
		id,
		attempts,
		at: new Date().toISOString(),
		item: json,
		...(dates.length > 0 ? { dates } : {}),
		error: describeError(error),
	};
}

export function resolvedRecord(id: string, attempts: number): FailureRecord {
	return { kind: 'resolved', id, attempts, at: new Date().toISOString() };
}

/** The item a record holds, its Dates back as Dates. */
export function reviveItem(record: FailureRecord): unknown {
	const item = structuredClone(record.item);
	for (const path of record.dates ?? []) {
		const keys = path.split('.');
		const last = keys.pop() as string;
		let parent = item as Record<string, unknown> | undefined;
		for (const key of keys) parent = parent?.[key] as Record<string, unknown> | undefined;
		const value = parent?.[last];
		if (parent !== undefined && typeof value === 'string') parent[last] = new Date(value);
	}
	return item;
}

/** The items whose last record is a failure, in the order they first failed: what a redrive handles. */
export function openFailures(records: readonly FailureRecord[]): FailureRecord[] {
	const open = new Map<string, FailureRecord>();
	for (const record of records) {
		if (record.kind === 'resolved') open.delete(record.id);
		else open.set(record.id, record);
	}
	return [...open.values()];
}

export function describeError(error: unknown): { name: string; message: string } {
	if (error instanceof Error) return { name: error.name, message: error.message };
	if (typeof error === 'object' && error !== null) {
		const { name, message } = error as { name?: unknown; message?: unknown };
		return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : safeString(error) };
	}
	return { name: 'Error', message: String(error) };
}

/** A JSON copy of `value`, noting where its Dates were. */
function toJson(value: unknown, path: string, dates: string[]): unknown {
	if (value instanceof Date) {
		dates.push(path);
		return Number.isNaN(value.getTime()) ? null : value.toISOString();
	}
	if (Array.isArray(value)) return value.map((entry, index) => toJson(entry, join(path, String(index)), dates));
	if (typeof value !== 'object' || value === null) return typeof value === 'bigint' ? String(value) : value;
	const copy: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value)) {
		if (entry !== undefined && typeof entry !== 'function') copy[key] = toJson(entry, join(path, key), dates);
	}
	return copy;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function safeString(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
