/**
 * Base64 of UTF-8 text without `Buffer` (absent in browsers and edge runtimes), giving the same bytes as
 * `Buffer.from(text, 'utf8').toString('base64')` and, when reading, the same leniency as `Buffer.from(text,
 * 'base64')`: both alphabets (`+/` and `-_`), characters outside them skipped, decoding stopped at the first `=`.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map<string, number>([...ALPHABET].map((character, value) => [character, value]));
VALUES.set('-', 62).set('_', 63);

const ASCII = /^[\x00-\x7f]*$/;
/** Bytes spread into one `String.fromCharCode` call: well below any engine's limit on arguments. */
const CHUNK = 8_192;

export function utf8ToBase64(text: string): string {
	// `btoa` (in every runtime the SDK runs in) takes one byte a character: ASCII text, which tokens always are
	// (their JSON escapes the rest as Python's json.dumps does), as it is, and anything else as its UTF-8 bytes.
	if (ASCII.test(text)) return btoa(text);
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
	return btoa(binary);
}

/** The bytes `text` encodes; `fatal` refuses bytes that are not UTF-8 (else they read as U+FFFD, as Buffer does). */
export function base64ToUtf8(text: string, fatal = false): string {
	const bytes: number[] = [];
	let bits = 0;
	let held = 0;
	for (const character of text) {
		if (character === '=') break;
		const value = VALUES.get(character);
		if (value === undefined) continue;
		held = ((held << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((held >>> bits) & 0xff);
		}
	}
	return new TextDecoder('utf-8', { fatal }).decode(new Uint8Array(bytes));
}
