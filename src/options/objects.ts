/** Options objects: their shape and their keys, checked the same way wherever one is taken. */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { invalidOption } from './invalid.js';

/** A plain object, not `null` nor an array. */
export function isOptionsObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Throws for the first key of `value` that is not in `allowed`, naming it as `${path}.${key}` and suggesting
 * the allowed key it differs from only in case, or else listing them all.
 */
export function checkOptionKeys(path: string, label: string, value: object, allowed: readonly string[]): void {
	for (const key of Object.keys(value)) {
		if (allowed.includes(key)) continue;
		const hint = allowed.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
		throw new InvalidPaginationConfigError(
			`${path}.${key}`,
			`Unknown ${label} option \`${key}\`${hint ? `; did you mean \`${hint}\`?` : `; expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}.`}`,
		);
	}
}

/**
 * An optional options object (`undefined` and `null` read as `{}`) whose keys are all in `allowed`.
 * `expected` says what the object holds when something else came.
 */
export function readOptionsObject<T extends object>(name: string, value: unknown, allowed: readonly string[], expected = 'an object'): Partial<T> {
	if (value == null) return {};
	if (!isOptionsObject(value)) throw invalidOption(name, expected, value);
	checkOptionKeys(name, name, value, allowed);
	return value as Partial<T>;
}
