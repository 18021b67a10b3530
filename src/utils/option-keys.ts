/** The one check of an options object's keys, so that every misspelt option reads the same. */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';

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
