/** A small seeded generator (mulberry32): the same seed gives the same catalogue and the same faults. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function pick<T>(random: Random, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)] as T;
}

/** A picker for `weights`, made once: for generating many items. */
export function weightedPicker<K extends string>(weights: Readonly<Record<K, number>>): (random: Random) => K {
	const entries = Object.entries(weights) as [K, number][];
	const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
	return (random) => {
		let roll = random() * total;
		for (const [key, weight] of entries) {
			roll -= weight;
			if (roll < 0) return key;
		}
		return (entries.at(-1) as [K, number])[0];
	};
}
