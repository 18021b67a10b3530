/**
 * Checks every argument up front, before any request, and turns them into one normalised listing plan.
 * Messages say what was expected, what came, and how to fix it.
 */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import type { Deadline, RetryContext, SendClient } from '../retry/types.js';
import { readPacing, readRetry, type ResolvedRetry } from '../retry/options.js';
import { readTelemetry } from '../telemetry/options.js';
import type { TelemetryOptions } from '../telemetry/types.js';
import { describe } from '../utils/describe.js';
import { checkOptionKeys } from '../utils/option-keys.js';
import type { AnyOperationDescriptor } from './descriptor.js';
import { decodeToken, type Position } from './token.js';
import type { Page, PageContext, PaginateOptions, PaginationConfig } from './types.js';
import { readInput } from './validate-input.js';

export interface ListingPlan {
	readonly client: SendClient;
	/** The caller's input, checked and copied; never sent with a token or limit of the caller's. */
	readonly input: Readonly<Record<string, unknown>>;
	readonly maxItems: number | undefined;
	readonly pageSize: number | undefined;
	readonly start: Position;
	/** The `StartingToken` as given, for item iterators and full results that have yielded nothing yet. */
	readonly startingToken: string | undefined;
	readonly signal: AbortSignal | undefined;
	readonly retry: ResolvedRetry | undefined;
	readonly pacing: boolean;
	readonly readAhead: number;
	readonly onPage: ((context: PageContext) => unknown) | undefined;
	readonly onRetry: ((context: RetryContext) => unknown) | undefined;
	/** `false`: no telemetry for this listing. */
	readonly telemetry: TelemetryOptions | false;
	/** Internal (jobs): the trace context the listing's span is a child of (an OpenTelemetry `Context`), else the active one. */
	readonly telemetryParent?: unknown;
	/** Internal (jobs): told of every wait decided, and whether throttling caused it. */
	readonly onWait?: ((ms: number, throttled: boolean) => void) | undefined;
	/** Internal (jobs): a page read ahead only while this says the caller may still need it. */
	readonly mayReadAhead?: ((page: Page<string, unknown>) => boolean) | undefined;
	/** Internal (jobs): no wait that would end past `at` is started; `onReached()` is called instead. */
	readonly deadline?: Deadline | undefined;
	/** Internal (jobs): told of every request sent, retries included. */
	readonly onRequest?: (() => void) | undefined;
}

export const DEFAULT_READ_AHEAD = 1;
const MAX_READ_AHEAD = 16;
const PAGINATION_KEYS: readonly (keyof PaginationConfig)[] = ['MaxItems', 'PageSize', 'StartingToken'];
const OPTION_KEYS: readonly (keyof PaginateOptions)[] = ['signal', 'retry', 'pacing', 'readAhead', 'onPage', 'onRetry', 'telemetry'];

export function planListing(
	descriptor: AnyOperationDescriptor,
	client: unknown,
	input: unknown,
	pagination: unknown,
	options: unknown,
): ListingPlan {
	if (typeof (client as SendClient | null)?.send !== 'function') {
		throw new InvalidPaginationConfigError(
			'client',
			`Expected \`client\` to be an SDK client with a \`send()\` method (such as a BedrockClient), got ${describe(client)}.`,
		);
	}
	if (typeof descriptor.command !== 'function') {
		throw new InvalidPaginationConfigError(
			'client',
			`The installed @aws-sdk/client-bedrock has no ${descriptor.operationName}Command; ${descriptor.operationName} needs ${descriptor.sinceSdkVersion === undefined ? 'a newer version' : `version ${descriptor.sinceSdkVersion} or later`}.`,
		);
	}
	const config = readObject<PaginationConfig>('pagination', pagination, PAGINATION_KEYS);
	const opts = readObject<PaginateOptions>('options', options, OPTION_KEYS);
	if (descriptor.limitKey === undefined && config.PageSize !== undefined) {
		throw new InvalidPaginationConfigError(
			'PageSize',
			`${descriptor.operationName} has no page size to set (no limit member); leave \`PageSize\` out. \`MaxItems\` still caps the items.`,
		);
	}
	const startingToken = config.StartingToken ?? undefined;
	return {
		client: client as SendClient,
		input: readInput(descriptor, input),
		maxItems: readInteger('MaxItems', config.MaxItems, 1, Number.MAX_SAFE_INTEGER),
		pageSize: readInteger('PageSize', config.PageSize, 1, descriptor.limitMax),
		start: startingToken === undefined ? { serviceToken: null, skip: 0 } : decodeToken(startingToken, { maxLength: descriptor.tokenMaxLength }),
		startingToken,
		signal: readSignal(opts.signal),
		retry: readRetry(opts.retry),
		pacing: readPacing(opts.pacing),
		readAhead: readInteger('readAhead', opts.readAhead, 0, MAX_READ_AHEAD) ?? DEFAULT_READ_AHEAD,
		onPage: readCallback('onPage', opts.onPage),
		onRetry: readCallback('onRetry', opts.onRetry),
		telemetry: readTelemetry(opts.telemetry),
	};
}

function readObject<T extends object>(name: string, value: unknown, allowed: readonly string[]): Partial<T> {
	if (value == null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be an object, got ${describe(value)}.`);
	}
	checkOptionKeys(name, name, value, allowed);
	return value as Partial<T>;
}

export function readInteger(name: string, value: unknown, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be ${range}, got ${describe(value)}.`);
	}
	return value;
}

export function readSignal(value: unknown): AbortSignal | undefined {
	if (value === undefined) return undefined;
	const signal = value as AbortSignal;
	if (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
		throw new InvalidPaginationConfigError('signal', `Expected \`signal\` to be an AbortSignal, got ${describe(value)}.`);
	}
	return signal;
}

export function readCallback<T>(name: string, value: T | undefined): T | undefined {
	if (value !== undefined && typeof value !== 'function') {
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be a function, got ${describe(value)}.`);
	}
	return value;
}
