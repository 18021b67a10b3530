/** Numeric options: counts, sizes and durations, each with its range in the message. */
import { invalidOption } from './invalid.js';

/** The longest delay `setTimeout` honours; longer ones fire after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** An integer in [min, max], or `undefined` when not given. */
export function readInteger(name: string, value: unknown, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
		throw invalidOption(name, range, value);
	}
	return value;
}

/**
 * A number in [min, max] (fractions allowed; `Infinity` too when `max` is), or `undefined` when not given.
 * Durations pass `MAX_TIMER_MS` as `max`, and the message then says why that is the limit.
 */
export function readNumber(name: string, value: unknown, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
		throw invalidOption(name, numberRange(min, max), value);
	}
	return value;
}

function numberRange(min: number, max: number): string {
	if (max === Number.POSITIVE_INFINITY) return `a number >= ${min} or Infinity`;
	if (max === MAX_TIMER_MS) return `a number from ${min} to ${MAX_TIMER_MS} (2^31-1, the longest a timer can wait)`;
	return `a number from ${min} to ${max}`;
}
