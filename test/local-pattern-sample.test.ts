/** The sampler that makes generated items' constrained strings: each value must match its pattern. */
import { describe, expect, it } from 'vitest';
import { FAMILY_ITEMS } from '../src/local/family-items.js';
import type { ShapeNode } from '../src/local/family-types.js';
import { FAMILY_WIRE } from '../src/local/family-wire.js';
import { compilePattern } from '../src/local/family-values.js';
import { samplePattern } from '../src/local/pattern-sample.js';
import { seededRandom } from '../src/local/random.js';

function patternsOf(node: ShapeNode, into: Set<string>): Set<string> {
	if (node.pattern !== undefined) into.add(node.pattern);
	for (const member of Object.values(node.m ?? {})) patternsOf(member, into);
	if (node.e !== undefined) patternsOf(node.e, into);
	return into;
}

describe('samplePattern', () => {
	it('makes strings that match every pattern of the family tables, many times over', () => {
		const patterns = new Set<string>();
		for (const spec of Object.values(FAMILY_ITEMS)) patternsOf(spec.shape, patterns);
		for (const wire of Object.values(FAMILY_WIRE)) for (const param of Object.values(wire.params)) if (param.pattern !== undefined) patterns.add(param.pattern);
		expect(patterns.size).toBeGreaterThan(50);
		const random = seededRandom(11);
		const misses: string[] = [];
		for (const pattern of patterns) {
			const regex = compilePattern(pattern);
			for (let attempt = 0; attempt < 20; attempt++) {
				const value = samplePattern(pattern, random);
				if (value === undefined || regex?.test(value) !== true) misses.push(`${pattern} -> ${String(value)}`);
			}
		}
		expect(misses).toEqual([]);
	});

	it('reads groups, alternation, negated classes, escapes and counted repeats', () => {
		const random = seededRandom(3);
		const pattern = '^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:(agent|flow)/[A-Z0-9]{10}\\.v\\d+$';
		for (let attempt = 0; attempt < 50; attempt++) expect(samplePattern(pattern, random)).toMatch(new RegExp(pattern));
	});

	it('says it cannot, rather than guess, for syntax it does not read', () => {
		expect(samplePattern('(unclosed', seededRandom(1))).toBeUndefined();
	});
});
