/**
 * The local endpoint's tables of the other Bedrock clients: the same as botocore's service models say (when
 * botocore is on the machine), and routable on one port by method and path alone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAMILY_ITEMS } from '../src/local/family-items.js';
import { FAMILY_WIRE } from '../src/local/family-wire.js';
import { createRouter } from '../src/local/router.js';
import { WIRE_OPERATIONS } from '../src/local/wire-spec.js';
import { botoMissing } from './support/python.js';

const GENERATOR = fileURLToPath(new URL('../scripts/generate-local-family.py', import.meta.url));

describe.skipIf(botoMissing !== undefined)('the family tables against botocore', () => {
	if (botoMissing !== undefined) it.skip(botoMissing, () => {});

	it("equal what the generator reads from this machine's botocore now", () => {
		const run = spawnSync('python3', [GENERATOR, '--print'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		expect(run.status, run.stderr).toBe(0);
		const fresh = JSON.parse(run.stdout) as { wire: unknown; items: unknown };
		expect(FAMILY_WIRE).toEqual(fresh.wire);
		expect(FAMILY_ITEMS).toEqual(fresh.items);
	});
});

describe('the family tables', () => {
	it('cover 69 operations of six clients, each with its items', () => {
		const services = new Set(Object.values(FAMILY_WIRE).map((wire) => wire.service));
		expect([...services].sort()).toEqual(['bedrock-agent', 'bedrock-agent-runtime', 'bedrock-agentcore', 'bedrock-agentcore-control', 'bedrock-data-automation', 'bedrock-runtime']);
		expect(Object.keys(FAMILY_WIRE)).toHaveLength(69);
		expect(Object.keys(FAMILY_ITEMS).sort()).toEqual(Object.keys(FAMILY_WIRE).sort());
	});
});

/** Two templates can match one path when they have as many segments and each pair is equal or has a parameter. */
function overlap(a: string, b: string): boolean {
	const [first, second] = [a.split('/'), b.split('/')];
	return first.length === second.length && first.every((segment, index) => segment === second[index] || segment.startsWith('{') || second[index]?.startsWith('{'));
}

describe('routing the seven clients on one port', () => {
	const routes = [
		...Object.entries(WIRE_OPERATIONS).map(([operation, { path }]) => ({ operation, method: 'GET', path })),
		...Object.entries(FAMILY_WIRE).map(([operation, { method, path }]) => ({ operation, method, path })),
	];

	it('needs nothing but method and path: no two of the 88 templates with one method match a common path', () => {
		expect(routes).toHaveLength(88);
		const clashes = routes.flatMap((route, index) =>
			routes.slice(index + 1).filter((other) => other.method === route.method && overlap(other.path, route.path)).map((other) => `${route.operation} ~ ${other.operation}`),
		);
		expect(clashes).toEqual([]);
	});

	it('routes each operation by its method and its path with percent-encoded parameters, and no other method', () => {
		const route = createRouter({ ...WIRE_OPERATIONS, ...FAMILY_WIRE });
		const arn = 'arn:aws:bedrock:us-east-1:123456789012:data-automation-library/lib-1';
		for (const [operation, { method, path }] of Object.entries(FAMILY_WIRE)) {
			const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
			const concrete = path.replace(/\{(\w+)\}/g, () => encodeURIComponent(arn));
			expect(route(method, concrete), operation).toEqual({ kind: 'found', operation, pathParams: Object.fromEntries(names.map((name) => [name, arn])) });
			expect(route(method === 'GET' ? 'POST' : 'GET', concrete), operation).toEqual({ kind: 'none' });
		}
	});
});
