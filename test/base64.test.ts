/** Tokens are base64 of UTF-8 JSON: without Buffer, the same bytes out, and the same reading of what comes in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToUtf8, utf8ToBase64 } from '../src/utils/base64.js';

describe('base64 without Buffer', () => {
	it('encodes any text, lone surrogates included, as Buffer does', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8ToBase64(text) === Buffer.from(text, 'utf8').toString('base64')), { numRuns: 5_000 });
	});

	it('decodes anything, malformed and url-safe input included, as Buffer does', () => {
		const noisy = fc.string({ unit: fc.constantFrom(...'ABCxyz019+/-_= \n!é'), maxLength: 40 });
		fc.assert(fc.property(noisy, (text) => base64ToUtf8(text) === Buffer.from(text, 'base64').toString('utf8')), { numRuns: 10_000 });
		fc.assert(fc.property(fc.uint8Array(), (bytes) => {
			const text = Buffer.from(bytes).toString('base64');
			return base64ToUtf8(text) === Buffer.from(text, 'base64').toString('utf8');
		}), { numRuns: 5_000 });
	});

	it('refuses bytes that are not UTF-8 when asked to', () => {
		expect(() => base64ToUtf8(Buffer.from([0xff, 0xfe]).toString('base64'), true)).toThrow(TypeError);
		expect(base64ToUtf8('eyJuZXh0VG9rZW4iOiAidG9rLTMifQ==', true)).toBe('{"nextToken": "tok-3"}');
	});
});
