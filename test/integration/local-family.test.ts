/**
 * The local endpoint's 69 operations of the six other Bedrock clients, through the real SDK clients over real
 * HTTP (the runtime clients over HTTP/2): for each, a first page, the next page through its token, a request
 * the service refuses as invalid, and an unknown parent's 404 where the path names one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_ITEMS } from '../../src/local/family-items.js';
import type { ShapeNode } from '../../src/local/family-types.js';
import { FAMILY_WIRE } from '../../src/local/family-wire.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { familyClient, familyCommand, REQUIRED_INPUTS } from '../support/family.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ seed: 5 });
});
afterAll(async () => {
	await local.close();
});

const PAGE = 3;
/** The page size of the operations without a limit key, as the service pages them. */
const IMPLICIT_PAGE = { 'bedrock-agent-runtime:Retrieve': 5, 'bedrock-agent-runtime:Rerank': 10 } as Record<string, number>;

/**
 * An item with every time as epoch milliseconds, read through its shape: the SDK turns times into Dates, the
 * endpoint stores them as the wire has them (RFC 3339 or epoch seconds).
 */
function normalized(node: ShapeNode | undefined, value: unknown): unknown {
	if (node?.t === 'timestamp') return value instanceof Date ? value.getTime() : typeof value === 'number' ? Math.round(value * 1000) : Date.parse(String(value));
	if (Array.isArray(value)) return value.map((entry) => normalized(node?.e, entry));
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value).map(([name, member]) => [name, normalized(node?.m?.[name], member)] as const);
		return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
	}
	return value;
}
const asSeen = (key: string, item: Record<string, unknown>) => JSON.stringify(normalized(FAMILY_ITEMS[key]?.shape, item));

/** Another value of the same characters' kinds: still valid, but no parent the endpoint has. */
function another(value: string): string {
	const last = value.at(-1) ?? 'a';
	const next = /\d/.test(last) ? String((Number(last) + 1) % 10) : /[a-z]/.test(last) ? (last === 'z' ? 'a' : String.fromCharCode(last.charCodeAt(0) + 1)) : /[A-Z]/.test(last) ? (last === 'Z' ? 'A' : String.fromCharCode(last.charCodeAt(0) + 1)) : 'x';
	return `${value.slice(0, -1)}${next}`;
}

describe('local endpoint: every operation of the other Bedrock clients, through their SDKs', () => {
	it.each(Object.keys(FAMILY_WIRE))('%s: first page, next page, a validation error, an unknown parent', async (key) => {
		const wire = FAMILY_WIRE[key];
		if (wire === undefined) throw new Error(key);
		const client = familyClient(local, wire.service);
		const send = (input: Record<string, unknown>) => client.send(familyCommand(wire.service, wire.operation, input));
		try {
			const scope = local.pathParameters(key);
			const base = { ...scope, ...REQUIRED_INPUTS[key] };
			const size = wire.limitKey === null ? (IMPLICIT_PAGE[key] as number) : PAGE;
			const request = wire.limitKey === null ? base : { ...base, [wire.limitKey]: PAGE };
			const stored = local.items(key);
			// 20 items of each operation by default, as the README says.
			expect(stored).toHaveLength(20);
			const ordered = 'sortOrder' in wire.params ? [...stored].reverse() : stored;
			const expected = ordered.map((item) => asSeen(key, item));

			const first = await send(request);
			const firstItems = first[wire.resultKey] as Record<string, unknown>[];
			expect(firstItems.map((item) => asSeen(key, item))).toEqual(expected.slice(0, size));
			expect(first['nextToken']).toEqual(expect.any(String));

			const second = await send({ ...request, nextToken: first['nextToken'] });
			const secondItems = second[wire.resultKey] as Record<string, unknown>[];
			expect(secondItems.map((item) => asSeen(key, item))).toEqual(expected.slice(size, 2 * size));

			const limitMax = wire.limitKey === null ? undefined : wire.params[wire.limitKey]?.max;
			const invalid = limitMax !== undefined && wire.limitKey !== null ? { ...request, [wire.limitKey]: limitMax + 1 } : { ...request, nextToken: 'not a token' };
			const refused = await send(invalid).then(() => undefined, (error: Error) => error);
			expect(refused?.name).toBe('ValidationException');
			expect(refused?.message).toMatch(
				limitMax !== undefined
					? `1 validation error detected: Value '${limitMax + 1}' at '${wire.limitKey}' failed to satisfy constraint: Member must have value less than or equal to ${limitMax}`
					: /^1 validation error detected: Value 'not a token' at 'nextToken' failed to satisfy constraint: Member must satisfy regular expression pattern/,
			);

			const [parent, value] = Object.entries(scope)[0] ?? [];
			if (parent !== undefined && value !== undefined) {
				const missing = await send({ ...request, [parent]: another(value) }).then(() => undefined, (error: Error) => error);
				expect(missing?.name).toBe('ResourceNotFoundException');
				expect(missing?.message).toContain(another(value));
			}
		} finally {
			client.destroy();
		}
	});
});
