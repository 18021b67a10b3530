/**
 * Flag values typed as the API expects them: counts, seconds, times, JSON members, and `--cli-input-json`.
 * Errors carry the AWS CLI's wording.
 */
import { kebab } from './command-flags.js';
import type { CliMemberSpec, CommandSpec } from './command-spec.js';
import { ArgumentError, CliFailure } from './exit.js';

/** An integer flag, as argparse's `int` reads it (sign and surrounding spaces allowed). */
export function readCount(flag: string, value: unknown): number | undefined {
	if (value === undefined) return undefined;
	const text = String(value).trim();
	if (!/^[+-]?\d+$/.test(text)) throw new ArgumentError(`argument ${flag}: invalid int value: '${String(value)}'`);
	return Number(text);
}

/** A timeout in seconds: any non-negative number. */
export function readSeconds(flag: string, value: unknown): number | undefined {
	if (value === undefined) return undefined;
	const seconds = Number(value);
	if (String(value).trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new ArgumentError(`argument ${flag}: invalid int value: '${String(value)}'`);
	return seconds;
}

/** A member's value from the command line, typed as the API expects; what the API checks beyond type is left to it. */
export function readMember(flag: string, spec: CliMemberSpec, raw: string): unknown {
	if (spec.type === 'timestamp') return readTime(flag, raw);
	if (spec.type === 'integer') return readCount(`--${flag}`, raw);
	if (spec.type === 'json') return readJsonValue(flag, raw);
	return raw;
}

/** A structure or list member: JSON on the command line (the AWS CLI's shorthand syntax is not read). */
function readJsonValue(flag: string, raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch (error) {
		throw new CliFailure(`\nError parsing parameter '--${flag}': Invalid JSON: ${(error as Error).message}\nJSON received: ${raw}\n`);
	}
}

/** An ISO 8601 time (`2024-01-31`, `2024-01-31T12:00:00Z`) or seconds since the epoch, as the AWS CLI takes. */
function readTime(flag: string, value: string): Date {
	const date = /^\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
	if (Number.isNaN(date.getTime())) {
		throw new CliFailure(`\nParameter validation failed:\nInvalid type for parameter --${flag}, value: ${value}: expected an ISO 8601 time such as 2024-01-31T12:00:00Z, or seconds since the epoch\n`);
	}
	return date;
}

/** `--cli-input-json`: a JSON object, inline or from `file://PATH`. */
export function readInputJson(value: string, readFile: (path: string) => string): Record<string, unknown> {
	let text = value;
	if (value.startsWith('file://')) {
		try {
			text = readFile(value.slice('file://'.length));
		} catch (error) {
			throw new CliFailure(`\nError parsing parameter 'cli-input-json': Unable to load paramfile ${value}: ${(error as Error).message}\n`);
		}
	}
	try {
		const parsed = JSON.parse(text) as unknown;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
		return parsed as Record<string, unknown>;
	} catch (error) {
		throw new CliFailure(`\nError parsing parameter 'cli-input-json': Invalid JSON received: ${(error as Error).message}\n`);
	}
}

/** A member from `--cli-input-json`: its times read as the flag would read them, the rest as given. */
export function reviveJsonMember(command: CommandSpec, member: string, value: unknown): unknown {
	const spec = command.members[member];
	if (spec?.type === 'timestamp' && (typeof value === 'string' || typeof value === 'number')) return readTime(kebab(member), String(value));
	return value;
}
