import { describe, expect, it } from 'vitest';
import { SeenTokens } from '../src/core/seen-tokens.js';

describe('SeenTokens', () => {
	it('accepts 100,000 distinct tokens and refuses each of them again, the oldest as well as the latest', () => {
		const seen = new SeenTokens();
		const token = (n: number) => `AAAA${'x'.repeat(200)}${n}`;
		let refused = 0;
		for (let n = 0; n < 100_000; n++) if (!seen.add(token(n))) refused++;
		expect(refused).toBe(0);
		for (const n of [0, 1, 50_000, 99_998, 99_999]) expect(seen.add(token(n))).toBe(false);
		expect(seen.add(token(100_000))).toBe(true);
	});
});
