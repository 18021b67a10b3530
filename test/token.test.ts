import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken, InvalidStartingTokenError } from '../src/index.js';

// Produced by botocore itself (the reference's table, plus escapes checked against Python's json.dumps).
const GOLDEN: [string, string | null, number, string][] = [
	['mid-page cut', 'tok-3', 1, 'eyJuZXh0VG9rZW4iOiAidG9rLTMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=='],
	['cut on the first page', null, 1, 'eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=='],
	['whole page', 'tok-3', 0, 'eyJuZXh0VG9rZW4iOiAidG9rLTMifQ=='],
	['the very start', null, 0, 'eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAwfQ=='],
	['a large amount', 'x', 999, 'eyJuZXh0VG9rZW4iOiAieCIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDk5OX0='],
	[
		'escapes like Python: quotes, backslash, controls, DEL, non-ASCII and astral',
		'a/b+c="q"\\ \n\t\r\b\f\x01\x1f\x7f~ é€😀',
		0,
		'eyJuZXh0VG9rZW4iOiAiYS9iK2M9XCJxXCJcXCBcblx0XHJcYlxmXHUwMDAxXHUwMDFmXHUwMDdmfiBcdTAwZTlcdTIwYWNcdWQ4M2RcdWRlMDAifQ==',
	],
	['a service token that is itself base64', 'AAEAAWc2V0LXRva2Vu+/==', 0, 'eyJuZXh0VG9rZW4iOiAiQUFFQUFXYzJWMExYUnZhMlZ1Ky89PSJ9'],
];

const b64 = (json: string) => Buffer.from(json, 'utf8').toString('base64');

describe('encodeToken', () => {
	it.each(GOLDEN)('is byte-identical to botocore for %s', (_title, serviceToken, skip, token) => {
		expect(encodeToken({ serviceToken, skip })).toBe(token);
	});
});

describe('decodeToken', () => {
	it.each(GOLDEN)('reads back botocore tokens: %s', (_title, serviceToken, skip, token) => {
		expect(decodeToken(token)).toEqual({ serviceToken, skip });
	});

	it('reads a raw service token as a token to send unchanged', () => {
		expect(decodeToken('AAEAAdGhpcyBpcyBvcGFxdWU')).toEqual({ serviceToken: 'AAEAAdGhpcyBpcyBvcGFxdWU', skip: 0 });
	});

	it('reads a raw service token that is itself base64 JSON as raw (botocore misreads it, boto3#1984)', () => {
		const raw = b64('{"lastKey": "m5", "v": 1}');
		expect(decodeToken(raw)).toEqual({ serviceToken: raw, skip: 0 });
		const rawWithExtraKey = b64('{"nextToken": "abc", "cursor": 2}');
		expect(decodeToken(rawWithExtraKey)).toEqual({ serviceToken: rawWithExtraKey, skip: 0 });
		const rawArray = b64('[1, 2]');
		expect(decodeToken(rawArray)).toEqual({ serviceToken: rawArray, skip: 0 });
	});

	it('reads the legacy TOKEN___N form', () => {
		expect(decodeToken('tok-6___2')).toEqual({ serviceToken: 'tok-6', skip: 2 });
		expect(decodeToken('None___3')).toEqual({ serviceToken: null, skip: 3 });
	});

	it('keeps a token with ___ but no number after it as a raw token', () => {
		expect(decodeToken('abc___def')).toEqual({ serviceToken: 'abc___def', skip: 0 });
		expect(decodeToken('a___b___1')).toEqual({ serviceToken: 'a___b___1', skip: 0 });
	});

	it('reads a token pasted with a trailing newline as Python does', () => {
		expect(decodeToken(`${GOLDEN[0]?.[3]}\n`)).toEqual({ serviceToken: 'tok-3', skip: 1 });
	});

	it("reads botocore's 'None' and boto_encoded_keys forms", () => {
		expect(decodeToken(b64('{"nextToken": "None", "boto_truncate_amount": 2}'))).toEqual({ serviceToken: null, skip: 2 });
		const encoded = b64(`{"nextToken": "${Buffer.from('bytes-token').toString('base64')}", "boto_encoded_keys": [["nextToken"]]}`);
		expect(decodeToken(encoded)).toEqual({ serviceToken: 'bytes-token', skip: 0 });
	});

	it.each([
		['an empty string', ''],
		['a number', 5],
		['a wrapper with a numeric nextToken', b64('{"nextToken": 5}')],
		['a wrapper with an empty nextToken', b64('{"nextToken": ""}')],
		['a negative truncate amount', b64('{"nextToken": "t", "boto_truncate_amount": -1}')],
		['a fractional truncate amount', b64('{"nextToken": "t", "boto_truncate_amount": 1.5}')],
		['a string truncate amount', b64('{"nextToken": "t", "boto_truncate_amount": "2"}')],
		['a boolean truncate amount', b64('{"nextToken": "t", "boto_truncate_amount": true}')],
		['encoded keys naming another member', b64('{"nextToken": "dA==", "boto_encoded_keys": [["other"]]}')],
		['a negative legacy amount', 'tok___-2'],
	])('rejects %s with InvalidStartingTokenError', (_title, token) => {
		expect(() => decodeToken(token)).toThrow(InvalidStartingTokenError);
	});

	it('explains how to fix a malformed token', () => {
		expect(() => decodeToken(b64('{"nextToken": "t", "boto_truncate_amount": -1}'))).toThrow(
			/boto_truncate_amount` must be a whole number >= 0, got `-1` \(number\)/,
		);
	});
});
