/** A value as an error message shows it: `0` (number), `'3'` (string), an object. */
export function describe(value: unknown): string {
	if (typeof value === 'string') return `\`'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'\` (string${value.length > 60 ? ` of ${value.length} characters` : ''})`;
	if (value === null) return '`null`';
	if (Array.isArray(value)) return 'an array';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `a Date (${value.toISOString()})`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'function') return 'a function';
	if (typeof value === 'bigint') return `\`${String(value)}n\` (bigint)`;
	return `\`${String(value)}\` (${typeof value})`;
}

/** The closest of `candidates` to `word` (case-insensitive edit distance), if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const lower = word.toLowerCase();
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
		}
		previous = current;
	}
	return previous[b.length] as number;
}

/** `a`, `a or b`, `a, b or c`, each in backticks. */
export function listChoices(values: readonly string[]): string {
	const quoted = values.map((value) => `\`${value}\``);
	return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
