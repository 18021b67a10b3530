/** Checks a job's arguments before anything is locked, loaded or sent, and fills in the defaults. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { readCallback, readInteger, readSignal } from '../core/plan.js';
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { describe } from '../utils/describe.js';
import { readRetry, type ResolvedRetry } from '../retry/options.js';
import { checkOptionKeys } from '../utils/option-keys.js';
import { readTelemetry } from '../telemetry/options.js';
import type { TelemetryOptions } from '../telemetry/types.js';
import type { SaveEvery } from './save-policy.js';
import type { CheckpointStore, JobHandler, JobOptions, JobProgress } from './types.js';

export interface ResolvedJobOptions {
	readonly checkpoint: CheckpointStore;
	readonly pageSize: number | undefined;
	readonly maxItems: number | undefined;
	readonly concurrency: number;
	readonly onError: 'stop' | 'continue';
	readonly saveEvery: SaveEvery;
	readonly maxDuration: number | undefined;
	readonly shutdownGraceMs: number;
	readonly signal: AbortSignal | undefined;
	readonly redrive: boolean;
	readonly readAhead: 0 | 1;
	readonly onProgress: ((progress: JobProgress) => unknown) | undefined;
	/** The checkpoint store's requests are retried with the listing's policy; `undefined` with `retry: false`. */
	readonly storeRetry: ResolvedRetry | undefined;
	/** `false`: no telemetry for this run. */
	readonly telemetry: TelemetryOptions | false;
	/** What is passed on to the paginator as it is (and checked there). */
	readonly listing: Pick<JobOptions, 'retry' | 'pacing' | 'onPage' | 'onRetry'>;
}

const OPTION_KEYS = [
	'checkpoint',
	'pagination',
	'concurrency',
	'onError',
	'checkpointEvery',
	'maxDuration',
	'shutdownGraceMs',
	'signal',
	'redrive',
	'retry',
	'pacing',
	'onPage',
	'onRetry',
	'onProgress',
	'readAhead',
	'telemetry',
];
const MAX_CONCURRENCY = 256;
const MAX_TIMER_MS = 2 ** 31 - 1;
const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

export function readJobOptions(descriptor: AnyOperationDescriptor, handler: unknown, options: unknown): ResolvedJobOptions {
	if (typeof handler !== 'function') {
		throw new InvalidPaginationConfigError('handler', `Expected the handler (the third argument) to be a function called with each item, got ${describe(handler)}.`);
	}
	if (typeof options !== 'object' || options === null || Array.isArray(options)) {
		throw new InvalidPaginationConfigError('options', `Expected job options with a \`checkpoint\` (such as \`{ checkpoint: fileCheckpoint('.state/job.json') }\`), got ${describe(options)}.`);
	}
	checkOptionKeys('options', 'job', options, OPTION_KEYS);
	const opts = options as JobOptions;
	const checkpoint = opts.checkpoint as Partial<CheckpointStore> | undefined;
	if (typeof checkpoint !== 'object' || checkpoint === null || typeof checkpoint.load !== 'function' || typeof checkpoint.save !== 'function') {
		throw new InvalidPaginationConfigError(
			'checkpoint',
			`Expected \`checkpoint\` to be a checkpoint store with load() and save(), such as fileCheckpoint('.state/job.json'), got ${describe(checkpoint)}.`,
		);
	}
	const pagination = (opts.pagination ?? {}) as Record<string, unknown>;
	if (typeof pagination !== 'object' || Array.isArray(pagination)) {
		throw new InvalidPaginationConfigError('pagination', `Expected \`pagination\` to be { PageSize?, MaxItems? }, got ${describe(pagination)}.`);
	}
	for (const key of Object.keys(pagination)) {
		if (key === 'StartingToken') {
			throw new InvalidPaginationConfigError('pagination.StartingToken', 'A job starts where its checkpoint says; it takes no `StartingToken`. Use another checkpoint to start elsewhere.');
		}
		if (key !== 'PageSize' && key !== 'MaxItems') {
			throw new InvalidPaginationConfigError(`pagination.${key}`, `Unknown pagination option \`${key}\`; a job takes \`PageSize\` and \`MaxItems\`.`);
		}
	}
	if (descriptor.limitKey === undefined && pagination['PageSize'] !== undefined) {
		throw new InvalidPaginationConfigError('PageSize', `${descriptor.operationName} has no page size to set (no limit member); leave \`PageSize\` out.`);
	}
	const onError = opts.onError ?? 'stop';
	if (onError !== 'stop' && onError !== 'continue') {
		throw new InvalidPaginationConfigError('onError', `Expected \`onError\` to be 'stop' or 'continue', got ${describe(onError)}.`);
	}
	const maxDuration = readMilliseconds('maxDuration', opts.maxDuration, 1);
	const redrive = opts.redrive ?? false;
	if (typeof redrive !== 'boolean') throw new InvalidPaginationConfigError('redrive', `Expected \`redrive\` to be a boolean, got ${describe(redrive)}.`);
	const readAhead = readInteger('readAhead', opts.readAhead, 0, 1) ?? 1;
	return {
		checkpoint: checkpoint as CheckpointStore,
		pageSize: readInteger('PageSize', pagination['PageSize'], 1, descriptor.limitMax),
		maxItems: readInteger('MaxItems', pagination['MaxItems'], 1, Number.MAX_SAFE_INTEGER),
		concurrency: readInteger('concurrency', opts.concurrency, 1, MAX_CONCURRENCY) ?? 1,
		onError,
		saveEvery: readCheckpointEvery(opts.checkpointEvery),
		maxDuration,
		shutdownGraceMs: readMilliseconds('shutdownGraceMs', opts.shutdownGraceMs, 0) ?? DEFAULT_SHUTDOWN_GRACE_MS,
		signal: readSignal(opts.signal),
		redrive,
		readAhead: readAhead as 0 | 1,
		onProgress: readCallback('onProgress', opts.onProgress),
		storeRetry: readRetry(opts.retry),
		telemetry: readTelemetry(opts.telemetry),
		listing: { retry: opts.retry, pacing: opts.pacing, onPage: opts.onPage, onRetry: opts.onRetry },
	};
}

function readMilliseconds(name: string, value: unknown, min: number): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > MAX_TIMER_MS) {
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be a number of milliseconds from ${min} to ${MAX_TIMER_MS}, got ${describe(value)}.`);
	}
	return value;
}

function readCheckpointEvery(value: unknown): SaveEvery {
	if (value === undefined || value === 'auto') return { kind: 'auto' };
	if (typeof value === 'number') return { kind: 'fixed', items: readInteger('checkpointEvery', value, 1, Number.MAX_SAFE_INTEGER) ?? 1, milliseconds: Number.POSITIVE_INFINITY };
	if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).some((key) => key !== 'items' && key !== 'milliseconds')) {
		throw new InvalidPaginationConfigError('checkpointEvery', `Expected \`checkpointEvery\` to be 'auto', a number of items or { items?, milliseconds? }, got ${describe(value)}.`);
	}
	const { items, milliseconds } = value as { items?: unknown; milliseconds?: unknown };
	if (items === undefined && milliseconds === undefined) {
		throw new InvalidPaginationConfigError('checkpointEvery', 'Expected `checkpointEvery` to set `items`, `milliseconds` or both.');
	}
	const ms = milliseconds === undefined ? Number.POSITIVE_INFINITY : milliseconds;
	if (typeof ms !== 'number' || !(ms > 0)) {
		throw new InvalidPaginationConfigError('checkpointEvery.milliseconds', `Expected \`checkpointEvery.milliseconds\` to be a number > 0, got ${describe(milliseconds)}.`);
	}
	return { kind: 'fixed', items: readInteger('checkpointEvery.items', items, 1, Number.MAX_SAFE_INTEGER) ?? Number.POSITIVE_INFINITY, milliseconds: ms };
}
