/**
 * The resumable job: handles every item of a listing in order, records where to resume as items are
 * handled, and on the next run continues right after the last item handled, anchored on that item's place
 * in the listing's time order (not on a count into a page), so items created or deleted between runs are
 * neither skipped nor repeated. Delivery is at least once: a crash repeats at most the items the save policy
 * had not saved yet (see `save-policy.ts`).
 *
 * This file takes the checkpoint (lock, load, checks of query and service) and hands over to a listing run
 * or a redrive; those live in their own files.
 */
import type { AnyOperationDescriptor, ListingOrder } from '../core/descriptor.js';
import { readInput } from '../core/validate-input.js';
import { AbortError } from '../errors/abort-error.js';
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import type { SendClient } from '../retry/types.js';
import { describe } from '../utils/describe.js';
import { recordQuery, type CheckpointState } from './checkpoint-state.js';
import { sampleAccount, type ProbeSetup } from './account-probe.js';
import { readJobOptions, type ResolvedJobOptions } from './job-options.js';
import type { JobRun } from './job-run.js';
import { ListingRun } from './listing-run.js';
import { readState } from './read-state.js';
import { RedriveRun } from './redrive-run.js';
import { withStoreRetries } from './store-retry.js';
import { compareArns, compareServices, resolveClientService, serviceMismatch } from './service-identity.js';
import type { JobHandler, JobSummary } from './types.js';
import { JobTelemetry } from '../telemetry/job-telemetry.js';
import { anchorOrder, withOrder } from './listing-order.js';
import { telemetryApi } from '../telemetry/load-api.js';

export async function runJob(descriptor: AnyOperationDescriptor, client: SendClient, input: unknown, handler: unknown, options: unknown): Promise<JobSummary> {
	const startedAt = performance.now();
	const job = readJobOptions(descriptor, handler, options);
	if (typeof (client as SendClient | null)?.send !== 'function') {
		throw new InvalidPaginationConfigError('client', `Expected \`client\` to be an SDK client with a \`send()\` method, got ${describe(client)}.`);
	}
	const filters = readInput(descriptor, input);
	const order = anchorOrder(descriptor, filters);
	const jobInput = withOrder(filters, order);
	const query = recordQuery(jobInput, job.pageSize);
	if (job.signal?.aborted) throw new AbortError(job.signal.reason, undefined);
	const telemetry = await startTelemetry(descriptor, client, jobInput, job);
	if (telemetry === undefined) return runChecked({ descriptor, client, handler, job, order, jobInput, query, startedAt, telemetry });
	try {
		const summary = await runChecked({ descriptor, client, handler, job, order, jobInput, query, startedAt, telemetry });
		telemetry.end({ summary });
		return summary;
	} catch (error) {
		telemetry.end({ error });
		throw error;
	}
}

/** What a run is made of, once its arguments are checked. */
interface CheckedJob {
	readonly descriptor: AnyOperationDescriptor;
	readonly client: SendClient;
	readonly handler: unknown;
	readonly job: ResolvedJobOptions;
	readonly order: ListingOrder | undefined;
	readonly jobInput: Readonly<Record<string, unknown>>;
	readonly query: CheckpointState['query'];
	readonly startedAt: number;
	readonly telemetry: JobTelemetry | undefined;
}

/** The job's telemetry, unless it is turned off or `@opentelemetry/api` is not installed. */
async function startTelemetry(descriptor: AnyOperationDescriptor, client: SendClient, input: Readonly<Record<string, unknown>>, job: ResolvedJobOptions): Promise<JobTelemetry | undefined> {
	if (job.telemetry === false) return undefined;
	const loaded = telemetryApi();
	const api = loaded instanceof Promise ? await loaded : loaded;
	if (api === undefined) return undefined;
	return new JobTelemetry(api, job.telemetry, {
		operationName: descriptor.operationName,
		client,
		input,
		pageSize: job.pageSize,
		maxItems: job.maxItems,
		concurrency: job.concurrency,
		mode: job.redrive ? 'redrive' : 'list',
	});
}

async function runChecked({ descriptor, client, handler, job, order, jobInput, query, startedAt, telemetry }: CheckedJob): Promise<JobSummary> {
	const service = await resolveClientService(client);

	// A lock lost before the run is set up is kept for it.
	const lock: LockWatch = { lost: undefined, onLost: undefined };
	const take = job.checkpoint.lock?.bind(job.checkpoint);
	const lease =
		take === undefined
			? undefined
			: await withStoreRetries(
					() =>
						take((error) => {
							lock.lost ??= error;
							lock.onLost?.(error);
						}),
					job.storeRetry,
				);
	try {
		const loaded = await withStoreRetries(() => job.checkpoint.load(), job.storeRetry);
		const previous = readState(job.checkpoint.location, loaded, descriptor.operationName, query);
		const changes = previous === undefined ? [] : compareServices(previous.service, service);
		if (changes.length > 0) throw serviceMismatch(job.checkpoint.location, changes);
		telemetry?.resumed(previous !== undefined);
		const setup = { job, handler: handler as JobHandler<unknown>, previous, jobId: jobIdOf(previous), startedAt, lease, service, telemetry };
		const sample = { descriptor, client, input: jobInput, job, telemetryParent: telemetry?.context };
		if (previous?.complete === true && !job.redrive) return alreadyComplete(startedAt, previous, await checkCompleteAccount(sample, previous, startedAt));
		if (job.redrive) {
			if (previous === undefined) return nothingToRedrive(startedAt);
			return await drive(new RedriveRun({ ...setup, previous }), (run) => run.redriveAll(), { previous, lock, sample });
		}
		const run = new ListingRun({ ...setup, descriptor, client, input: jobInput, query, order });
		return await drive(run, (listing) => listing.list(), { previous, lock, sample });
	} finally {
		// The run's outcome stands: a lock that cannot be removed is taken over by the next run.
		await lease?.release().catch(() => {});
	}
}

interface LockWatch {
	lost: Error | undefined;
	onLost: ((error: Error) => void) | undefined;
}

interface DriveContext {
	readonly previous: CheckpointState | undefined;
	readonly lock: LockWatch;
	/** What the account check lists: the job's operation and input. */
	readonly sample: Omit<ProbeSetup, 'signal' | 'deadline'>;
}

/**
 * Runs `work` and ends the run. First, before any handler: the failure log is read (which cuts away what a
 * crashed run appended beyond its checkpoint); a resumed checkpoint's account is checked against the oldest
 * items; a checkpoint new to this run (or written by an older version) is saved, so that the job id the
 * idempotency keys are made of is stored.
 */
async function drive<Run extends JobRun>(run: Run, work: (run: Run) => Promise<void>, { previous, lock, sample }: DriveContext): Promise<JobSummary> {
	lock.onLost = (error) => run.stop.stop({ kind: 'lockLost', error });
	if (lock.lost !== undefined) lock.onLost(lock.lost);
	run.begin();
	try {
		await run.failures.prepare(run.setup.job.storeRetry);
	} catch (error) {
		run.stop.stop({ kind: 'refused', error });
	}
	if (!run.stop.stopped && previous !== undefined) {
		await run.check(async () => {
			const found = await sampleAccount({ ...sample, signal: run.stop.listingSignal, deadline: run.deadlineAt, onRequest: () => void run.counts.requests++ });
			const changes = compareArns(previous.service, found.majority());
			if (changes.length > 0) throw serviceMismatch(sample.job.checkpoint.location, changes);
			return found;
		});
	}
	if (!run.stop.stopped && (previous === undefined || previous.jobId === '')) await run.writer.save().catch(() => {});
	if (!run.stop.stopped) await work(run);
	return run.end();
}

/**
 * A complete checkpoint lists nothing, so one request for the oldest items tells whether it is this account's
 * (within the run's deadline and signal). A check that cannot be made (the service unreachable, the deadline)
 * proves nothing and is let be.
 */
async function checkCompleteAccount(sample: DriveContext['sample'], previous: CheckpointState, startedAt: number): Promise<number> {
	const { job } = sample;
	if (previous.service.account === null && previous.service.arnRegion === null) return 0;
	let requests = 0;
	const deadline = job.maxDuration === undefined ? undefined : startedAt + job.maxDuration;
	const timeout = new AbortController();
	const timer = deadline === undefined ? undefined : setTimeout(() => timeout.abort(), Math.max(0, deadline - performance.now()));
	const signal = job.signal === undefined ? timeout.signal : AbortSignal.any([job.signal, timeout.signal]);
	try {
		const found = await sampleAccount({ ...sample, signal, deadline, onRequest: () => void requests++ }).catch((error: unknown) => {
			if (job.signal?.aborted === true) throw error;
			return undefined;
		});
		const changes = found === undefined ? [] : compareArns(previous.service, found.majority());
		if (changes.length > 0) throw serviceMismatch(job.checkpoint.location, changes);
		return requests;
	} finally {
		clearTimeout(timer);
	}
}

function jobIdOf(previous: CheckpointState | undefined): string {
	return previous !== undefined && previous.jobId !== '' ? previous.jobId : randomHex(12);
}

function alreadyComplete(startedAt: number, previous: CheckpointState, requests: number): JobSummary {
	return emptySummary(startedAt, { mode: 'list', resumed: true, complete: true, stoppedBy: 'alreadyComplete', openFailures: previous.failures.open, requests });
}

function nothingToRedrive(startedAt: number): JobSummary {
	return emptySummary(startedAt, { mode: 'redrive', resumed: false, complete: false, stoppedBy: 'complete', openFailures: 0, requests: 0 });
}

function emptySummary(startedAt: number, fields: Pick<JobSummary, 'mode' | 'resumed' | 'complete' | 'stoppedBy' | 'openFailures' | 'requests'>): JobSummary {
	return Object.freeze({
		...fields,
		handled: 0,
		failed: 0,
		skipped: 0,
		abandoned: 0,
		pages: 0,
		retries: 0,
		failures: [],
		elapsedMs: performance.now() - startedAt,
		NextToken: undefined,
	});
}

export type { ResolvedJobOptions };

/** `bytes` random bytes as hex, from Web Crypto (global in Node 20 and in browsers). */
function randomHex(bytes: number): string {
	return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
