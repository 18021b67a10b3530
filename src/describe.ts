/** A value as an error message shows it: `0` (number), `'3'` (string), an object. */
export function describe(value: unknown): string {
	if (typeof value === 'string') return `\`'${value}'\` (string)`;
	if (value === null) return '`null`';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'function') return 'a function';
	return `\`${String(value)}\` (${typeof value})`;
}
