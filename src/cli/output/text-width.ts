/** Columns a text takes in a terminal, as the AWS CLI counts them: East Asian wide, full-width and ambiguous characters count two. */
import { WIDE_RANGES } from './east-asian-width.js';

/** Columns the text takes, as the AWS CLI counts them. */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
	return width;
}

function isWide(codePoint: number): boolean {
	// Binary search over the start of each range.
	let low = 0;
	let high = WIDE_RANGES.length / 2 - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const start = WIDE_RANGES[2 * middle] ?? 0;
		const end = WIDE_RANGES[2 * middle + 1] ?? 0;
		if (codePoint < start) high = middle - 1;
		else if (codePoint > end) low = middle + 1;
		else return true;
	}
	return false;
}
