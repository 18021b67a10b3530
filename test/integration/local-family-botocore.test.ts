/**
 * The local endpoint's 69 operations of the other Bedrock clients through boto3 (botocore's own request
 * serialisation and response parsing, HTTP/1.1): for each, the first page, the next through its token, a
 * ValidationException and, where the path names a parent, the 404 for an unknown one.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_ITEMS } from '../../src/local/family-items.js';
import type { ShapeNode } from '../../src/local/family-types.js';
import { FAMILY_WIRE } from '../../src/local/family-wire.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { REQUIRED_INPUTS } from '../support/family.js';
import { botoMissing } from '../support/python.js';

const SCRIPT = fileURLToPath(new URL('../support/family_boto.py', import.meta.url));
const PAGE = 3;
const IMPLICIT_PAGE: Readonly<Record<string, number>> = { 'bedrock-agent-runtime:Retrieve': 5, 'bedrock-agent-runtime:Rerank': 10 };

type Answer = { page: Record<string, unknown> } | { error: { code: string; message: string } };
interface BotoRequest {
	endpoint: string;
	service: string;
	operation: string;
	params: Record<string, unknown>;
}

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ seed: 9 });
});
afterAll(async () => {
	await local.close();
});

/** Asks boto3 in a child process; the endpoint answers from this one, so the call must not block it. */
async function boto(requests: BotoRequest[]): Promise<Answer[]> {
	return new Promise((resolve, reject) => {
		const child = spawn('python3', [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
		child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Answer[]) : reject(new Error(`boto3 failed (${code}): ${err}`))));
		child.stdin.end(JSON.stringify(requests));
	});
}

/** Times as epoch milliseconds, read through the item's shape (boto3 gives RFC 3339 here, the store its wire form). */
function normalized(node: ShapeNode | undefined, value: unknown): unknown {
	if (node?.t === 'timestamp') return typeof value === 'number' ? Math.round(value * 1000) : Date.parse(String(value));
	if (Array.isArray(value)) return value.map((entry) => normalized(node?.e, entry));
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, normalized(node?.m?.[name], member)] as const).sort(([a], [b]) => a.localeCompare(b)));
	}
	return value;
}

function another(value: string): string {
	const last = value.at(-1) ?? 'a';
	const next = /\d/.test(last) ? String((Number(last) + 1) % 10) : /[a-y]/i.test(last) ? String.fromCharCode(last.charCodeAt(0) + 1) : /z/i.test(last) ? 'a' : 'x';
	return `${value.slice(0, -1)}${next}`;
}

const keys = Object.keys(FAMILY_WIRE);

describe.skipIf(botoMissing !== undefined)('local endpoint: every operation of the other Bedrock clients, through boto3', () => {
	if (botoMissing !== undefined) it.skip(botoMissing, () => {});

	it(`answers boto3 for all ${keys.length} operations: first page, next page, a validation error, an unknown parent`, async () => {
		const plan = keys.map((key) => {
			const wire = FAMILY_WIRE[key] as (typeof FAMILY_WIRE)[string];
			const base = { ...local.pathParameters(key), ...REQUIRED_INPUTS[key] };
			const request = wire.limitKey === null ? base : { ...base, [wire.limitKey]: PAGE };
			return { key, wire, request, size: wire.limitKey === null ? (IMPLICIT_PAGE[key] as number) : PAGE };
		});
		const ask = (wire: (typeof FAMILY_WIRE)[string], params: Record<string, unknown>): BotoRequest => ({ endpoint: local.endpoint, service: wire.service, operation: wire.operation, params });
		const firsts = await boto(plan.map(({ wire, request }) => ask(wire, request)));

		const followUps: BotoRequest[] = [];
		plan.forEach(({ key, wire, request, size }, index) => {
			const answer = firsts[index] as Answer;
			if (!('page' in answer)) throw new Error(`${key}: ${JSON.stringify(answer)}`);
			const stored = local.items(key);
			const ordered = ('sortOrder' in wire.params ? [...stored].reverse() : stored).map((item) => normalized(FAMILY_ITEMS[key]?.shape, item));
			const items = (answer.page[wire.resultKey] as unknown[]).map((item) => normalized(FAMILY_ITEMS[key]?.shape, item));
			expect(items, key).toEqual(ordered.slice(0, size));
			expect(answer.page['nextToken'], key).toEqual(expect.any(String));
			const limitMax = wire.limitKey === null ? undefined : wire.params[wire.limitKey]?.max;
			const [parent, value] = Object.entries(local.pathParameters(key))[0] ?? [];
			followUps.push(
				ask(wire, { ...request, nextToken: answer.page['nextToken'] }),
				ask(wire, limitMax !== undefined && wire.limitKey !== null ? { ...request, [wire.limitKey]: limitMax + 1 } : { ...request, nextToken: 'not a token' }),
				ask(wire, parent === undefined ? request : { ...request, [parent]: another(value as string) }),
			);
		});
		const answers = await boto(followUps);

		plan.forEach(({ key, wire, size }, index) => {
			const [next, invalid, orphan] = answers.slice(3 * index, 3 * index + 3) as [Answer, Answer, Answer];
			const stored = local.items(key);
			const ordered = ('sortOrder' in wire.params ? [...stored].reverse() : stored).map((item) => normalized(FAMILY_ITEMS[key]?.shape, item));
			if (!('page' in next)) throw new Error(`${key}: ${JSON.stringify(next)}`);
			expect((next.page[wire.resultKey] as unknown[]).map((item) => normalized(FAMILY_ITEMS[key]?.shape, item)), key).toEqual(ordered.slice(size, 2 * size));
			expect(invalid, key).toEqual({ error: { code: 'ValidationException', message: expect.stringMatching(/^1 validation error detected: Value '.+' at '(maxResults|maxItems|nextToken)' failed to satisfy constraint: /) } });
			if (Object.keys(local.pathParameters(key)).length > 0) {
				expect(orphan, key).toEqual({ error: { code: 'ResourceNotFoundException', message: expect.stringMatching(/^The resource .+ does not exist\.$/) } });
			} else expect(orphan, key).toHaveProperty('page');
		});
	});
});
