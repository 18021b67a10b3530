/**
 * Base64 of UTF-8 text without `Buffer` (absent in browsers and edge runtimes), giving the same bytes as
 * `Buffer.from(text, 'utf8').toString('base64')` and, when reading, the same leniency as `Buffer.from(text,
 * 'base64')`: both alphabets (`+/` and `-_`), characters outside them skipped, decoding stopped at the first `=`.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map<string, number>([...ALPHABET].map((character, value) => [character, value]));
VALUES.set('-', 62).set('_', 63);

export function utf8ToBase64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
		const triple = (a << 16) | (b << 8) | c;
		out += ALPHABET.charAt(triple >>> 18) + ALPHABET.charAt((triple >>> 12) & 63);
		out += i + 1 < bytes.length ? ALPHABET.charAt((triple >>> 6) & 63) : '=';
		out += i + 2 < bytes.length ? ALPHABET.charAt(triple & 63) : '=';
	}
	return out;
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
