/**
 * The resumable job: handles every item of a listing in order, records after each one where to resume, and
 * on the next run continues right after the last item handled, anchored on that item's place in the
 * listing's time order (not on a count into a page), so items created or deleted between runs are neither
 * skipped nor repeated. Delivery is at least once: a crash repeats at most the items in flight.
 */
import type { AnyOperationDescriptor, ListingOrder } from '../core/descriptor.js';
import { paginate } from '../core/paginate.js';
import { decodeToken, encodeToken } from '../core/token.js';
import type { Page, PageContext } from '../core/types.js';
import { readInput } from '../core/validate-input.js';
import { AbortError } from '../errors/abort-error.js';
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { linkedController } from '../retry/abort.js';
import type { RetryContext, SendClient } from '../retry/fetch-page.js';
import { describe } from '../utils/describe.js';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, MAX_RECORDED_FAILURES, readState, recordQuery, type CheckpointState } from './checkpoint-state.js';
import { CompletionOrder, type StartedItem } from './completion-order.js';
import { readJobOptions, type ResolvedJobOptions } from './job-options.js';
import { createResumeFilter, timeOf, type ResumeFilter } from './resume-filter.js';
import { Slots } from './slots.js';
import type { JobFailure, JobHandler, JobSummary } from './types.js';

/** Why the listing's own controller was aborted when the job stopped early; never reaches the caller. */
const STOPPED = Symbol('job stopped');

export async function runJob(
	descriptor: AnyOperationDescriptor,
	client: SendClient,
	input: unknown,
	handler: unknown,
	options: unknown,
): Promise<JobSummary> {
	const startedAt = performance.now();
	const job = readJobOptions(descriptor, handler, options);
	if (typeof (client as SendClient | null)?.send !== 'function') {
		throw new InvalidPaginationConfigError('client', `Expected \`client\` to be an SDK client with a \`send()\` method, got ${describe(client)}.`);
	}
	const order = descriptor.order !== undefined && descriptor.itemId !== undefined ? descriptor.order : undefined;
	const jobInput = withOrder(readInput(descriptor, input), order);
	const query = recordQuery(jobInput, job.pageSize);
	if (job.signal?.aborted) throw new AbortError(job.signal.reason, undefined);

	// The handlers' signal: aborted by the caller's signal, or when the checkpoint's lock is lost.
	const { controller: stopHandlers, release: unlinkSignal } = linkedController(job.signal);
	let lockLost: Error | undefined;
	const lease = await job.checkpoint.lock?.((error) => {
		lockLost = error;
		stopHandlers.abort(error);
	});
	try {
		const state = readState(job.checkpoint.location, await job.checkpoint.load(), descriptor.operationName, query);
		if (state?.complete === true) return alreadyComplete(startedAt);
		const run = new JobRun(descriptor, client, jobInput, handler as JobHandler<unknown>, job, order, query, state, stopHandlers.signal, startedAt);
		return await run.run(() => lockLost);
	} finally {
		unlinkSignal();
		await lease?.release();
	}
}

/** The job sends the order it relies on: sorted by time, ascending unless the caller chose descending. */
function withOrder(input: Readonly<Record<string, unknown>>, order: ListingOrder | undefined): Readonly<Record<string, unknown>> {
	if (order === undefined) return input;
	const sorted: Record<string, unknown> = { ...input };
	if (order.sortBy !== undefined) sorted[order.sortBy.member] ??= order.sortBy.value;
	sorted[order.sortOrder.member] ??= order.sortOrder.ascending;
	return Object.freeze(sorted);
}

function alreadyComplete(startedAt: number): JobSummary {
	return Object.freeze({
		handled: 0,
		failed: 0,
		skipped: 0,
		pages: 0,
		requests: 0,
		retries: 0,
		resumed: true,
		complete: true,
		stoppedBy: 'alreadyComplete',
		failures: [],
		elapsedMs: performance.now() - startedAt,
		NextToken: undefined,
	});
}

type StopReason = 'MaxItems' | 'maxDuration' | 'failed' | 'aborted';

class JobRun {
	private readonly completion: CompletionOrder;
	private readonly filter: ResumeFilter;
	private readonly slots: Slots;
	private readonly running = new Set<Promise<void>>();
	private readonly failures: JobFailure[] = [];
	private recordedFailures: { id: string; message: string; at: string }[];
	private readonly descending: boolean;
	private started = 0;
	private handled = 0;
	private failed = 0;
	private skipped = 0;
	private pages = 0;
	private requests = 0;
	private retries = 0;
	private stopReason: StopReason | undefined;
	private firstFailure: { error: unknown } | undefined;
	private fatal: { error: unknown } | undefined;
	private exhausted = false;
	private resumeBy: 'anchor' | 'count';
	private lastTime: number | undefined;
	private savesSinceWrite = 0;
	private lastWriteAt = performance.now();
	private writing: Promise<void> | undefined;
	private queuedWrite: Promise<void> | undefined;

	constructor(
		private readonly descriptor: AnyOperationDescriptor,
		private readonly client: SendClient,
		private readonly input: Readonly<Record<string, unknown>>,
		private readonly handler: JobHandler<unknown>,
		private readonly job: ResolvedJobOptions,
		private readonly order: ListingOrder | undefined,
		private readonly query: CheckpointState['query'],
		private readonly previous: CheckpointState | undefined,
		private readonly handlerSignal: AbortSignal,
		private readonly startedAt: number,
	) {
		this.resumeBy = order !== undefined && previous?.resumeBy !== 'count' ? 'anchor' : 'count';
		this.descending = order !== undefined && input[order.sortOrder.member] === order.sortOrder.descending;
		const anchor = this.resumeBy === 'anchor' ? (previous?.anchor ?? null) : null;
		this.completion = new CompletionOrder(anchor, this.resumeBy === 'anchor');
		this.filter = createResumeFilter(anchor, this.descending, previous?.doneAhead ?? []);
		this.slots = new Slots(job.concurrency);
		this.recordedFailures = [...(previous?.failures ?? [])];
	}

	async run(lockLost: () => Error | undefined): Promise<JobSummary> {
		let listingError: { error: unknown } | undefined;
		try {
			await this.listAndHandle();
		} catch (error) {
			listingError = { error };
		}
		await Promise.allSettled([...this.running]);
		const complete = this.isComplete(listingError === undefined);
		const lost = lockLost();
		if (lost === undefined) {
			try {
				await this.write(complete);
			} catch (error) {
				this.fatal ??= { error };
			}
		}
		const summary = this.summary(complete);
		if (lost !== undefined) throw lost;
		if (this.fatal !== undefined) throw this.fatal.error;
		if (this.handlerSignal.aborted || this.stopReason === 'aborted') {
			throw new AbortError(this.job.signal?.reason ?? this.handlerSignal.reason, summary.NextToken);
		}
		if (this.firstFailure !== undefined) throw this.firstFailure.error;
		if (listingError !== undefined) throw listingError.error;
		return summary;
	}

	/** Lists from where the checkpoint says, once more from the beginning if that place cannot be trusted. */
	private async listAndHandle(): Promise<void> {
		const { startingToken, midPage } = this.startingPoint();
		let checkFirstPage = midPage && this.resumeBy === 'anchor';
		for (let start = startingToken; ; start = undefined) {
			const outcome = await this.consume(start, checkFirstPage);
			if (outcome !== 'rescan') return;
			checkFirstPage = false;
		}
	}

	private startingPoint(): { startingToken: string | undefined; midPage: boolean } {
		const token = this.previous?.NextToken ?? null;
		if (token === null) return { startingToken: undefined, midPage: false };
		if (this.resumeBy === 'count') return { startingToken: token, midPage: false };
		// Anchored: fetch the anchor's page from its start and pass over what was handled, not a count.
		const position = decodeToken(token);
		if (position.skip === 0) return { startingToken: token, midPage: false };
		if (position.serviceToken === null) return { startingToken: undefined, midPage: true };
		return { startingToken: encodeToken({ serviceToken: position.serviceToken, skip: 0 }), midPage: true };
	}

	/**
	 * One listing. Returns `'rescan'` when the resumed page does not show where the anchor stood (the
	 * service's tokens may count positions, so items before it may have shifted) or its token was refused.
	 */
	private async consume(startingToken: string | undefined, checkFirstPage: boolean): Promise<'done' | 'rescan'> {
		const { controller, release } = linkedController(this.handlerSignal);
		this.lastTime = undefined;
		const pages = paginate(this.descriptor, this.client, this.input as never, { PageSize: this.job.pageSize, StartingToken: startingToken } as never, {
			signal: controller.signal,
			readAhead: 0,
			retry: this.job.listing.retry,
			pacing: this.job.listing.pacing,
			onPage: (context: PageContext) => {
				this.requests = context.requestCount;
				return this.job.listing.onPage?.(context);
			},
			onRetry: (context: RetryContext) => {
				this.retries++;
				return this.job.listing.onRetry?.(context);
			},
		});
		let pending: Promise<IteratorResult<Page<string, unknown>, void>> | undefined;
		const fetchNext = () => {
			pending = pages.next();
			pending.catch(() => {});
		};
		try {
			fetchNext();
			for (let firstPage = true; ; firstPage = false) {
				let result: IteratorResult<Page<string, unknown>, void>;
				try {
					result = await (pending as Promise<IteratorResult<Page<string, unknown>, void>>);
				} catch (error) {
					if (firstPage && startingToken !== undefined && (error as { name?: unknown }).name === 'ValidationException' && this.resumeBy === 'anchor') {
						return 'rescan';
					}
					throw error;
				} finally {
					pending = undefined;
				}
				if (result.done === true) {
					this.exhausted = true;
					return 'done';
				}
				const page = result.value;
				this.pages++;
				const items = page[this.descriptor.resultKey] as unknown[];
				if (checkFirstPage && firstPage && !this.showsAnchor(items)) return 'rescan';
				if (this.job.readAhead === 1 && page.NextToken !== undefined && this.quotaLeft() > items.length) fetchNext();
				if (!(await this.startItems(page, items))) return 'done';
				if (page.NextToken === undefined) {
					this.exhausted = true;
					return 'done';
				}
				if (pending === undefined) {
					if (this.stopBeforeStarting()) return 'done';
					fetchNext();
				}
			}
		} finally {
			controller.abort(STOPPED);
			release();
			if (pending !== undefined) await (pending as Promise<unknown>).catch(() => {});
			await pages.return().catch(() => {});
		}
	}

	/** Starts the page's items in order; `false` once the job stops starting items. */
	private async startItems(page: Page<string, unknown>, items: unknown[]): Promise<boolean> {
		for (let index = 0; index < items.length; index++) {
			const item = items[index] as Record<string, unknown>;
			const id = this.idOf(item);
			const time = this.order === undefined ? undefined : timeOf(item[this.order.timeField]);
			this.checkOrder(time);
			if (this.filter.handled(id, time)) {
				this.skipped++;
				continue;
			}
			if (this.stopBeforeStarting()) return false;
			await this.slots.acquire();
			if (this.stopBeforeStarting()) {
				this.slots.release();
				return false;
			}
			this.start({ sequence: this.started++, id, time, tokenAfter: () => page.tokenAfter(index) }, item);
		}
		return true;
	}

	private start(started: StartedItem, item: unknown): void {
		const context = Object.freeze({ signal: this.handlerSignal, index: started.sequence });
		const task = (async () => {
			let failure: { error: unknown } | undefined;
			try {
				await this.handler(item, context);
			} catch (error) {
				failure = { error };
			}
			try {
				if (failure === undefined) {
					this.handled++;
					await this.record(started);
				} else {
					await this.fail(started, failure.error);
				}
			} catch (error) {
				// Recording failed (a checkpoint write, onProgress): the job stops; the item is not marked handled.
				this.fatal ??= { error: error instanceof RecordingError ? error.cause : error };
				this.stopReason ??= 'failed';
			} finally {
				this.slots.release();
			}
		})();
		this.running.add(task);
		void task.then(() => this.running.delete(task));
	}

	private async fail(started: StartedItem, error: unknown): Promise<void> {
		if (this.fatal !== undefined || this.handlerSignal.aborted || this.job.onError === 'stop') {
			this.firstFailure ??= { error };
			this.stopReason ??= this.handlerSignal.aborted ? 'aborted' : 'failed';
			return;
		}
		this.handled++;
		this.failed++;
		const failure = { id: started.id ?? `#${started.sequence}`, message: error instanceof Error ? error.message : String(error) };
		this.failures.push(failure);
		this.recordedFailures.push({ ...failure, at: new Date().toISOString() });
		if (this.recordedFailures.length > MAX_RECORDED_FAILURES) this.recordedFailures.shift();
		await this.record(started);
	}

	/** Marks the item handled, writes the checkpoint when due (and waits for it), reports progress. */
	private async record(started: StartedItem): Promise<void> {
		this.completion.finish(started);
		this.savesSinceWrite++;
		const due = this.savesSinceWrite >= this.job.saveEveryItems || performance.now() - this.lastWriteAt >= this.job.saveEveryMs;
		try {
			if (due) await this.write(false);
			const progress = this.job.onProgress?.(
				Object.freeze({ handled: this.handled, failed: this.failed, inFlight: this.running.size - 1, pages: this.pages, elapsedMs: performance.now() - this.startedAt }),
			);
			if (typeof (progress as PromiseLike<unknown> | undefined)?.then === 'function') await progress;
		} catch (error) {
			throw new RecordingError(error);
		}
	}

	/** Writes the checkpoint; concurrent requests share the next write, which sees everything recorded before it starts. */
	private write(complete: boolean): Promise<void> {
		if (this.queuedWrite !== undefined) return this.queuedWrite;
		if (this.writing !== undefined) {
			this.queuedWrite = this.writing
				.catch(() => {})
				.then(() => {
					this.queuedWrite = undefined;
					return this.write(complete);
				});
			return this.queuedWrite;
		}
		this.savesSinceWrite = 0;
		this.lastWriteAt = performance.now();
		const writing = this.job.checkpoint.save(this.state(complete)).finally(() => {
			if (this.writing === writing) this.writing = undefined;
		});
		this.writing = writing;
		return writing;
	}

	/**
	 * Where the next run starts: right after the last item of the done prefix (`null` when that item ended the
	 * listing), or where this run started when it finished none.
	 */
	private resumeToken(complete: boolean): string | null {
		if (complete) return null;
		const last = this.completion.last;
		return last !== undefined ? (last.tokenAfter() ?? null) : (this.previous?.NextToken ?? null);
	}

	private state(complete: boolean): CheckpointState {
		return {
			format: CHECKPOINT_FORMAT,
			version: CHECKPOINT_VERSION,
			operation: this.descriptor.operationName,
			query: this.query,
			resumeBy: this.resumeBy,
			complete,
			NextToken: this.resumeToken(complete),
			anchor: this.completion.currentAnchor,
			doneAhead: complete ? [] : [...this.filter.pendingDoneAhead(), ...this.completion.doneAhead()],
			handled: (this.previous?.handled ?? 0) + this.handled,
			failedCount: (this.previous?.failedCount ?? 0) + this.failed,
			failures: this.recordedFailures,
			runs: (this.previous?.runs ?? 0) + 1,
			updatedAt: new Date().toISOString(),
		};
	}

	private isComplete(listingSucceeded: boolean): boolean {
		return listingSucceeded && this.exhausted && this.stopReason === undefined && this.firstFailure === undefined && this.fatal === undefined && this.completion.doneAhead().length === 0 && this.handlerSignal.aborted === false;
	}

	private stopBeforeStarting(): boolean {
		if (this.stopReason !== undefined || this.fatal !== undefined) return true;
		if (this.handlerSignal.aborted) {
			this.stopReason = 'aborted';
			return true;
		}
		if (this.quotaLeft() <= 0) {
			this.stopReason = 'MaxItems';
			return true;
		}
		if (this.job.maxDuration !== undefined && performance.now() - this.startedAt >= this.job.maxDuration) {
			this.stopReason = 'maxDuration';
			return true;
		}
		return false;
	}

	private quotaLeft(): number {
		return this.job.maxItems === undefined ? Number.POSITIVE_INFINITY : this.job.maxItems - this.started;
	}

	private idOf(item: Record<string, unknown>): string | undefined {
		const key = this.descriptor.itemId;
		const id = key === undefined ? undefined : item[key];
		return typeof id === 'string' ? id : undefined;
	}

	/** The order is read from the pages, never assumed: one item out of time order and resumes go by count. */
	private checkOrder(time: number | undefined): void {
		if (this.resumeBy !== 'anchor') return;
		if (time === undefined) {
			this.resumeBy = 'count';
			this.completion.stopAnchoring();
			return;
		}
		if (this.lastTime !== undefined && (this.descending ? time > this.lastTime : time < this.lastTime)) {
			this.resumeBy = 'count';
			this.completion.stopAnchoring();
		}
		this.lastTime = time;
	}

	/** Whether a page fetched from the anchor's page token shows where the anchor stood. */
	private showsAnchor(items: unknown[]): boolean {
		const anchor = this.previous?.anchor;
		if (anchor === null || anchor === undefined || this.order === undefined) return true;
		const first = items[0] as Record<string, unknown> | undefined;
		if (first === undefined) return false;
		const time = timeOf(first[this.order.timeField]);
		const anchorTime = Date.parse(anchor.time);
		if (time === undefined) return true;
		return this.descending ? time >= anchorTime : time <= anchorTime;
	}

	private summary(complete: boolean): JobSummary {
		return Object.freeze({
			handled: this.handled,
			failed: this.failed,
			skipped: this.skipped,
			pages: this.pages,
			requests: this.requests,
			retries: this.retries,
			resumed: this.previous !== undefined,
			complete,
			stoppedBy: complete ? 'complete' : this.stopReason === 'maxDuration' ? 'maxDuration' : 'MaxItems',
			failures: Object.freeze([...this.failures]),
			elapsedMs: performance.now() - this.startedAt,
			NextToken: this.resumeToken(complete) ?? undefined,
		});
	}
}

/** A failure to record progress (a checkpoint write, an onProgress callback): it stops the job, never the item. */
class RecordingError extends Error {
	constructor(override readonly cause: unknown) {
		super('Recording progress failed.');
	}
}
