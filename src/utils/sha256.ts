/**
 * SHA-256 of a UTF-8 string, as lowercase hex: the same bytes as `createHash('sha256')`, in plain code, so that
 * the jobs' idempotency keys need neither `node:crypto` (the root entry loads no Node built-in) nor Web
 * Crypto's `subtle.digest`, which only answers asynchronously where the key is read synchronously.
 */

const ROUND_CONSTANTS = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

export function sha256Hex(text: string): string {
	const state = Uint32Array.from(INITIAL_STATE);
	const words = new Uint32Array(64);
	const blocks = padded(new TextEncoder().encode(text));
	for (let offset = 0; offset < blocks.byteLength; offset += 64) compress(state, words, blocks, offset);
	return Array.from(state, (word) => word.toString(16).padStart(8, '0')).join('');
}

/** The message, a 1 bit, zeros, and its length in bits as a 64-bit big-endian number: a whole number of 64-byte blocks. */
function padded(message: Uint8Array): DataView {
	const length = Math.ceil((message.length + 9) / 64) * 64;
	const bytes = new Uint8Array(length);
	bytes.set(message);
	bytes[message.length] = 0x80;
	const view = new DataView(bytes.buffer);
	const bits = message.length * 8;
	view.setUint32(length - 8, Math.floor(bits / 0x1_0000_0000));
	view.setUint32(length - 4, bits >>> 0);
	return view;
}

function compress(state: Uint32Array, words: Uint32Array, blocks: DataView, offset: number): void {
	for (let i = 0; i < 16; i++) words[i] = blocks.getUint32(offset + i * 4);
	for (let i = 16; i < 64; i++) {
		const w15 = words[i - 15] as number;
		const w2 = words[i - 2] as number;
		const s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >>> 3);
		const s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >>> 10);
		words[i] = ((words[i - 16] as number) + s0 + (words[i - 7] as number) + s1) >>> 0;
	}
	let [a, b, c, d, e, f, g, h] = state as unknown as [number, number, number, number, number, number, number, number];
	for (let i = 0; i < 64; i++) {
		const t1 = (h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + (ROUND_CONSTANTS[i] as number) + (words[i] as number)) >>> 0;
		const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
		[h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
	}
	const next = [a, b, c, d, e, f, g, h];
	for (let i = 0; i < 8; i++) state[i] = ((state[i] as number) + (next[i] as number)) >>> 0;
}

function rotate(word: number, bits: number): number {
	return (word >>> bits) | (word << (32 - bits));
}
