/** The one sentence every rejected option is told with, so that all of them read alike. */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { describe } from '../utils/describe.js';

/** ``Expected `PageSize` to be an integer from 1 to 1000, got `0` (number).`` */
export function invalidOption(name: string, expected: string, value: unknown): InvalidPaginationConfigError {
	return new InvalidPaginationConfigError(name, `Expected \`${name}\` to be ${expected}, got ${describe(value)}.`);
}
