/** Small statistics for benchmark rounds: medians and ranges, and a Markdown table. */
export const median = (values: readonly number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const range = (values: readonly number[], digits = 2): string =>
	`${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)}`;

export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	const cells = rows.map((row) => row.map(String));
	return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...cells.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
