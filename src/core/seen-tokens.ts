/**
 * The service tokens a listing has already used, to catch a service that repeats one (which would loop for
 * ever). Memory stays flat however long the listing: each token is kept only as a 64-bit hash in an
 * open-addressing table (8 bytes a slot). Two different tokens share a hash with a chance of about
 * n^2 / 2^65: one in 3 billion after 100,000 pages.
 */

const INITIAL_SLOTS = 64;
const MAX_LOAD = 0.8;

export class SeenTokens {
	/** Pairs of 32-bit halves; (0, 0) marks an empty slot. */
	private table = new Uint32Array(INITIAL_SLOTS * 2);
	private size = 0;

	/** Records `token`; `false` if it was seen before (then nothing changes). */
	add(token: string): boolean {
		const [high, low] = hash64(token);
		if (this.contains(high, low)) return false;
		if ((this.size + 1) / (this.table.length / 2) > MAX_LOAD) this.grow();
		if (this.insert(this.table, high, low)) this.size++;
		return true;
	}

	private contains(high: number, low: number): boolean {
		const mask = this.table.length / 2 - 1;
		for (let slot = (low ^ high) & mask; ; slot = (slot + 1) & mask) {
			const h = this.table[slot * 2] as number;
			const l = this.table[slot * 2 + 1] as number;
			if (h === 0 && l === 0) return false;
			if (h === high && l === low) return true;
		}
	}

	private insert(table: Uint32Array, high: number, low: number): boolean {
		const mask = table.length / 2 - 1;
		for (let slot = (low ^ high) & mask; ; slot = (slot + 1) & mask) {
			const h = table[slot * 2] as number;
			const l = table[slot * 2 + 1] as number;
			if (h === high && l === low) return false;
			if (h === 0 && l === 0) {
				table[slot * 2] = high;
				table[slot * 2 + 1] = low;
				return true;
			}
		}
	}

	private grow(): void {
		const old = this.table;
		this.table = new Uint32Array(old.length * 2);
		for (let slot = 0; slot < old.length; slot += 2) {
			const high = old[slot] as number;
			const low = old[slot + 1] as number;
			if (high !== 0 || low !== 0) this.insert(this.table, high, low);
		}
	}
}

/** Two independent 32-bit multiplicative hashes of the UTF-16 units (never both zero). */
function hash64(text: string): [number, number] {
	let a = 0x811c9dc5;
	let b = 0x27d4eb2f ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		a = Math.imul(a ^ unit, 0x01000193);
		b = Math.imul(b ^ unit, 0x5bd1e995);
		b ^= b >>> 15;
	}
	a ^= a >>> 16;
	a = Math.imul(a, 0x85ebca6b);
	a ^= a >>> 13;
	b ^= b >>> 13;
	b = Math.imul(b, 0xc2b2ae35);
	b ^= b >>> 16;
	const high = a >>> 0;
	const low = b >>> 0;
	return high === 0 && low === 0 ? [0, 1] : [high, low];
}
