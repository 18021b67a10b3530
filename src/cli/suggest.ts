/**
 * "Maybe you meant": the AWS CLI picks its suggestions with Python's `difflib.get_close_matches`, so this
 * scores words the same way (Ratcliff/Obershelp: twice the matched characters over the total), keeps those
 * at or above the cutoff, and returns the best three, best first, as the AWS CLI lists them.
 */

/** Characters `a` and `b` share in matching blocks, found as difflib finds them (the longest block, then either side). */
function matchedCharacters(a: string, b: string): number {
	let matched = 0;
	const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
	while (queue.length > 0) {
		const [aLow, aHigh, bLow, bHigh] = queue.pop() as [number, number, number, number];
		const [i, j, size] = longestMatch(a, b, aLow, aHigh, bLow, bHigh);
		if (size === 0) continue;
		matched += size;
		if (aLow < i && bLow < j) queue.push([aLow, i, bLow, j]);
		if (i + size < aHigh && j + size < bHigh) queue.push([i + size, aHigh, j + size, bHigh]);
	}
	return matched;
}

/** The longest common block of `a[aLow:aHigh]` and `b[bLow:bHigh]`; on ties, the one that starts first in `a`, then in `b`. */
function longestMatch(a: string, b: string, aLow: number, aHigh: number, bLow: number, bHigh: number): [number, number, number] {
	let best: [number, number, number] = [aLow, bLow, 0];
	let lengths = new Map<number, number>();
	for (let i = aLow; i < aHigh; i++) {
		const next = new Map<number, number>();
		for (let j = bLow; j < bHigh; j++) {
			if (a[i] !== b[j]) continue;
			const size = (lengths.get(j - 1) ?? 0) + 1;
			next.set(j, size);
			if (size > best[2]) best = [i - size + 1, j - size + 1, size];
		}
		lengths = next;
	}
	return best;
}

/** difflib's `ratio()`, with `candidate` as its first sequence and `word` as its second, as `get_close_matches` sets them. */
export function similarity(word: string, candidate: string): number {
	const total = word.length + candidate.length;
	return total === 0 ? 1 : (2 * matchedCharacters(candidate, word)) / total;
}

/**
 * The candidates close to `word`: at most `limit`, best first (ties in reverse alphabetical order, as Python's
 * `heapq.nlargest` leaves them). The AWS CLI uses a cutoff of 0.8 for commands.
 */
export function closeMatches(word: string, candidates: Iterable<string>, cutoff = 0.8, limit = 3): string[] {
	const scored: [number, string][] = [];
	for (const candidate of candidates) {
		const score = similarity(word, candidate);
		if (score >= cutoff) scored.push([score, candidate]);
	}
	scored.sort(([scoreA, a], [scoreB, b]) => scoreB - scoreA || (a < b ? 1 : a > b ? -1 : 0));
	return scored.slice(0, limit).map(([, candidate]) => candidate);
}

/**
 * argparse's message for an unknown command, as the AWS CLI words it: every choice, two to a line, then the
 * close ones.
 */
export function invalidCommand(command: string, choices: readonly string[], argument = 'command'): string {
	const lines: string[] = [];
	for (let i = 0; i < choices.length; i += 2) lines.push(choices.slice(i, i + 2).map((choice) => choice.padEnd(40)).join(' | '));
	const close = closeMatches(command, choices);
	const maybe = close.length === 0 ? '' : `\n\n\nInvalid choice: ${pythonRepr(command)}, maybe you meant:\n\n${close.map((word) => `  * ${word}`).join('\n')}`;
	return `argument ${argument}: Invalid choice, valid choices are:\n\n${lines.join('\n')}${maybe}`;
}

/** Python's `repr` of a string, as `%r` prints it in the AWS CLI's messages. */
function pythonRepr(text: string): string {
	const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
	return `${quote}${text.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;
}
