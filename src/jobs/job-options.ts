/** Checks a job's arguments before anything is locked, loaded or sent, and fills in the defaults. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { invalidOption } from '../options/invalid.js';
import { MAX_TIMER_MS, readInteger, readNumber } from '../options/numbers.js';
import { checkOptionKeys, isOptionsObject, readOptionsObject } from '../options/objects.js';
import { checkPageSizeSettable, readMaxItems, readPageSize } from '../options/pagination.js';
import { readBoolean, readCallback, readChoice, readSignal } from '../options/values.js';
import { readRetry, type ResolvedRetry } from '../retry/options.js';
import { readTelemetry } from '../telemetry/options.js';
import { describe } from '../utils/describe.js';
import type { TelemetryOptions } from '../telemetry/types.js';
import type { SaveEvery } from './save-policy.js';
import type { JobHandler, JobOptions, JobProgress } from './types.js';
import type { CheckpointStore } from './checkpoint-store.js';

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
const PAGINATION_KEYS = ['PageSize', 'MaxItems'];
const MAX_CONCURRENCY = 256;
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
	const checkpoint = readCheckpointStore(opts.checkpoint);
	const pagination = readJobPagination(opts.pagination);
	checkPageSizeSettable(descriptor, pagination.PageSize);
	const onError = readChoice('onError', opts.onError, ['stop', 'continue']) ?? 'stop';
	const maxDuration = readNumber('maxDuration', opts.maxDuration, 1, MAX_TIMER_MS);
	const redrive = readBoolean('redrive', opts.redrive) ?? false;
	const readAhead = readInteger('readAhead', opts.readAhead, 0, 1) ?? 1;
	return {
		checkpoint,
		pageSize: readPageSize(descriptor, pagination.PageSize),
		maxItems: readMaxItems(pagination.MaxItems),
		concurrency: readInteger('concurrency', opts.concurrency, 1, MAX_CONCURRENCY) ?? 1,
		onError,
		saveEvery: readCheckpointEvery(opts.checkpointEvery),
		maxDuration,
		shutdownGraceMs: readNumber('shutdownGraceMs', opts.shutdownGraceMs, 0, MAX_TIMER_MS) ?? DEFAULT_SHUTDOWN_GRACE_MS,
		signal: readSignal(opts.signal),
		redrive,
		readAhead: readAhead as 0 | 1,
		onProgress: readCallback('onProgress', opts.onProgress),
		storeRetry: readRetry(opts.retry),
		telemetry: readTelemetry(opts.telemetry),
		listing: { retry: opts.retry, pacing: opts.pacing, onPage: opts.onPage, onRetry: opts.onRetry },
	};
}

/**
 * Under a deadline, throttling and server errors are retried until it (unless the caller set `retries`):
 * the run then resolves with `stoppedBy: 'maxDuration'` instead of failing when a count runs out.
 */
export function retryUntil(retry: ResolvedRetry | undefined, job: ResolvedJobOptions): ResolvedRetry | undefined {
	const asked = job.listing.retry === false ? undefined : job.listing.retry?.retries;
	return retry === undefined || job.maxDuration === undefined || asked !== undefined ? retry : { ...retry, retries: Number.POSITIVE_INFINITY };
}

function readCheckpointStore(value: unknown): CheckpointStore {
	const store = value as Partial<CheckpointStore> | undefined;
	if (typeof store !== 'object' || store === null || typeof store.load !== 'function' || typeof store.save !== 'function') {
		throw invalidOption('checkpoint', "a checkpoint store with load() and save(), such as fileCheckpoint('.state/job.json')", value);
	}
	return store as CheckpointStore;
}

/** `PageSize` and `MaxItems`; a `StartingToken` is refused with the reason, as a job starts where its checkpoint says. */
function readJobPagination(value: unknown): { PageSize?: unknown; MaxItems?: unknown } {
	if (isOptionsObject(value) && Object.hasOwn(value, 'StartingToken')) {
		throw new InvalidPaginationConfigError('pagination.StartingToken', 'A job starts where its checkpoint says; it takes no `StartingToken`. Use another checkpoint to start elsewhere.');
	}
	return readOptionsObject('pagination', value, PAGINATION_KEYS, '{ PageSize?, MaxItems? }');
}

function readCheckpointEvery(value: unknown): SaveEvery {
	if (value === undefined || value === 'auto') return { kind: 'auto' };
	if (typeof value === 'number') return { kind: 'fixed', items: readInteger('checkpointEvery', value, 1, Number.MAX_SAFE_INTEGER) ?? 1, milliseconds: Number.POSITIVE_INFINITY };
	if (!isOptionsObject(value) || Object.keys(value).some((key) => key !== 'items' && key !== 'milliseconds')) {
		throw invalidOption('checkpointEvery', "'auto', a number of items or { items?, milliseconds? }", value);
	}
	const { items, milliseconds } = value as { items?: unknown; milliseconds?: unknown };
	if (items === undefined && milliseconds === undefined) {
		throw new InvalidPaginationConfigError('checkpointEvery', 'Expected `checkpointEvery` to set `items`, `milliseconds` or both.');
	}
	const ms = milliseconds === undefined ? Number.POSITIVE_INFINITY : milliseconds;
	if (typeof ms !== 'number' || !(ms > 0)) throw invalidOption('checkpointEvery.milliseconds', 'a number > 0', milliseconds);
	return { kind: 'fixed', items: readInteger('checkpointEvery.items', items, 1, Number.MAX_SAFE_INTEGER) ?? Number.POSITIVE_INFINITY, milliseconds: ms };
}
