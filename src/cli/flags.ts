/** Strict readers for flag values: a wrong value is a UsageError naming the flag. */
import { UsageError } from './usage-error.js';

export function readWholeNumber(flag: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
	if (value === undefined) return undefined;
	const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(number) || number < min || number > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `a whole number >= ${min}` : `a whole number from ${min} to ${max}`;
		throw new UsageError(`${flag} expects ${range}, got '${value}'.`);
	}
	return number;
}

export function readNumber(flag: string, value: string | undefined, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	const number = value.trim() === '' ? Number.NaN : Number(value);
	if (!(number >= min && number <= max)) throw new UsageError(`${flag} expects a number from ${min} to ${max}, got '${value}'.`);
	return number;
}

export function readChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (!(choices as readonly string[]).includes(value)) {
		throw new UsageError(`${flag} expects one of ${choices.join(', ')}, got '${value}'.`);
	}
	return value as T;
}

/** An ISO 8601 time (`2024-01-31`, `2024-01-31T12:00:00Z`) or seconds since the epoch, as the AWS CLI takes. */
export function readTime(flag: string, value: string | undefined): Date | undefined {
	if (value === undefined) return undefined;
	const date = /^\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
	if (Number.isNaN(date.getTime())) {
		throw new UsageError(`${flag} expects an ISO 8601 time such as 2024-01-31T12:00:00Z, got '${value}'.`);
	}
	return date;
}
