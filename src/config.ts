/**
 * Checks every argument up front, before any request, and turns them into one normalised listing plan.
 * Messages say what was expected, what came, and how to fix it.
 */
import { describe } from './describe.js';
import { InvalidPaginationConfigError } from './errors.js';
import type { OperationDescriptor } from './operations/descriptor.js';
import { decodeToken, type Position } from './token.js';
import type {
	PacingOptions,
	PageContext,
	PaginateOptions,
	PaginationConfig,
	RetryContext,
	RetryOptions,
	SendClient,
} from './types.js';

/** Retry settings with every default filled in; `undefined` when the client owns retries. */
export interface ResolvedRetry {
	readonly retries: number;
	readonly minTimeout: number;
	readonly maxTimeout: number;
	readonly factor: number;
	readonly randomize: boolean;
	readonly maxRetryTime: number;
}

export interface ListingPlan<Input> {
	readonly client: SendClient;
	/** The caller's filters, copied; never sent with a token or limit of the caller's. */
	readonly filters: Readonly<Input>;
	readonly maxItems: number | undefined;
	readonly pageSize: number | undefined;
	readonly start: Position;
	readonly signal: AbortSignal | undefined;
	readonly retry: ResolvedRetry | undefined;
	readonly pacing: boolean;
	readonly onPage: ((context: PageContext) => void) | undefined;
	readonly onRetry: ((context: RetryContext) => void) | undefined;
}

export const DEFAULT_RETRY: ResolvedRetry = Object.freeze({
	retries: 8,
	minTimeout: 500,
	maxTimeout: 20_000,
	factor: 2,
	randomize: true,
	maxRetryTime: Number.POSITIVE_INFINITY,
});

const PAGINATION_KEYS: readonly (keyof PaginationConfig)[] = ['MaxItems', 'PageSize', 'StartingToken'];
const OPTION_KEYS: readonly (keyof PaginateOptions)[] = ['signal', 'retry', 'pacing', 'onPage', 'onRetry'];
const RETRY_KEYS: readonly (keyof RetryOptions)[] = [
	'retries',
	'minTimeout',
	'maxTimeout',
	'factor',
	'randomize',
	'maxRetryTime',
];

export function planListing<Input extends object, Output extends object>(
	descriptor: OperationDescriptor<Input, Output, string>,
	client: unknown,
	filters: unknown,
	pagination: unknown,
	options: unknown,
): ListingPlan<Input> {
	if (typeof (client as SendClient | null)?.send !== 'function') {
		throw new InvalidPaginationConfigError(
			'client',
			`Expected \`client\` to be an SDK client with a \`send()\` method (such as a BedrockClient), got ${describe(client)}.`,
		);
	}
	const config = readObject<PaginationConfig>('pagination', pagination, PAGINATION_KEYS);
	const opts = readObject<PaginateOptions>('options', options, OPTION_KEYS);
	return {
		client: client as SendClient,
		filters: readFilters(descriptor, filters),
		maxItems: readInteger('MaxItems', config.MaxItems, 1, Number.MAX_SAFE_INTEGER),
		pageSize: readInteger('PageSize', config.PageSize, 1, descriptor.limitMax),
		start: config.StartingToken == null ? { serviceToken: null, skip: 0 } : decodeToken(config.StartingToken),
		signal: readSignal(opts.signal),
		retry: readRetry(opts.retry),
		pacing: readPacing(opts.pacing),
		onPage: readCallback('onPage', opts.onPage),
		onRetry: readCallback('onRetry', opts.onRetry),
	};
}

function readFilters<Input extends object, Output extends object>(
	descriptor: OperationDescriptor<Input, Output, string>,
	filters: unknown,
): Readonly<Input> {
	if (filters == null) return Object.freeze({}) as Input;
	if (typeof filters !== 'object' || Array.isArray(filters)) {
		throw new InvalidPaginationConfigError(
			'filters',
			`Expected \`filters\` to be an object of ${descriptor.operationName} request members, got ${describe(filters)}.`,
		);
	}
	const pointers: Record<string, string> = {
		[descriptor.limitKey]: 'PageSize',
		[descriptor.inputToken]: 'StartingToken',
	};
	for (const [member, option] of Object.entries(pointers)) {
		if ((filters as Record<string, unknown>)[member] !== undefined) {
			throw new InvalidPaginationConfigError(
				`filters.${member}`,
				`\`filters.${member}\` is set by the paginator; pass it as \`${option}\` in the pagination config instead.`,
			);
		}
	}
	return Object.freeze({ ...filters }) as Input;
}

function readObject<T extends object>(name: string, value: unknown, allowed: readonly string[]): Partial<T> {
	if (value == null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be an object, got ${describe(value)}.`);
	}
	for (const key of Object.keys(value)) {
		if (allowed.includes(key)) continue;
		const hint = allowed.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
		throw new InvalidPaginationConfigError(
			`${name}.${key}`,
			`Unknown ${name} option \`${key}\`${hint ? `; did you mean \`${hint}\`?` : `; expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}.`}`,
		);
	}
	return value as Partial<T>;
}

function readInteger(name: string, value: unknown, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be ${range}, got ${describe(value)}.`);
	}
	return value;
}

function readNumber(name: string, value: unknown, fallback: number, allowInfinity: boolean): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (!allowInfinity && !Number.isFinite(value))) {
		const expected = allowInfinity ? 'a number >= 0 or Infinity' : 'a finite number >= 0';
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be ${expected}, got ${describe(value)}.`);
	}
	return value;
}

function readRetry(value: unknown): ResolvedRetry | undefined {
	if (value === false) return undefined;
	const retry = readObject<RetryOptions>('retry', value, RETRY_KEYS);
	const retries = readNumber('retry.retries', retry.retries, DEFAULT_RETRY.retries, true);
	if (Number.isFinite(retries) && !Number.isInteger(retries)) {
		throw new InvalidPaginationConfigError(
			'retry.retries',
			`Expected \`retry.retries\` to be a whole number or Infinity, got ${describe(retries)}.`,
		);
	}
	const randomize = retry.randomize ?? DEFAULT_RETRY.randomize;
	if (typeof randomize !== 'boolean') {
		throw new InvalidPaginationConfigError(
			'retry.randomize',
			`Expected \`retry.randomize\` to be a boolean, got ${describe(randomize)}.`,
		);
	}
	const resolved: ResolvedRetry = {
		retries,
		minTimeout: readNumber('retry.minTimeout', retry.minTimeout, DEFAULT_RETRY.minTimeout, false),
		maxTimeout: readNumber('retry.maxTimeout', retry.maxTimeout, DEFAULT_RETRY.maxTimeout, true),
		factor: readNumber('retry.factor', retry.factor, DEFAULT_RETRY.factor, false),
		randomize,
		maxRetryTime: readNumber('retry.maxRetryTime', retry.maxRetryTime, DEFAULT_RETRY.maxRetryTime, true),
	};
	if (resolved.minTimeout > resolved.maxTimeout) {
		throw new InvalidPaginationConfigError(
			'retry.minTimeout',
			`Expected \`retry.minTimeout\` (${resolved.minTimeout}) to be at most \`retry.maxTimeout\` (${resolved.maxTimeout}).`,
		);
	}
	return Object.freeze(resolved);
}

function readPacing(value: unknown): boolean {
	if (value === undefined) return true;
	if (typeof value === 'boolean') return value;
	const enabled = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as PacingOptions).enabled : value;
	const onlyEnabled = typeof value === 'object' && value !== null && Object.keys(value).every((key) => key === 'enabled');
	if (!onlyEnabled || (enabled !== undefined && typeof enabled !== 'boolean')) {
		throw new InvalidPaginationConfigError(
			'pacing',
			`Expected \`pacing\` to be a boolean or \`{ enabled: boolean }\`, got ${describe(value)}.`,
		);
	}
	return enabled ?? true;
}

function readSignal(value: unknown): AbortSignal | undefined {
	if (value === undefined) return undefined;
	const signal = value as AbortSignal;
	if (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
		throw new InvalidPaginationConfigError('signal', `Expected \`signal\` to be an AbortSignal, got ${describe(value)}.`);
	}
	return signal;
}

function readCallback<T>(name: string, value: T | undefined): T | undefined {
	if (value !== undefined && typeof value !== 'function') {
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be a function, got ${describe(value)}.`);
	}
	return value;
}
