/**
 * What every run of a job shares, whether it lists (`listing-run.ts`) or redrives failures
 * (`redrive-run.ts`): the stop state and its deadline, the handlers and their context, recording what they
 * did, the checkpoint writer, and the end of the run (drain with a grace, last save, resolve or reject).
 */
import { AbortError } from '../errors/abort-error.js';
import { isCheckpointLockedError, isCheckpointMismatchError } from '../errors/guards.js';
import { onAbort } from '../retry/abort.js';
import type { CheckpointState, ServiceIdentity } from './checkpoint-state.js';
import { CheckpointWriter } from './checkpoint-writer.js';
import { FailureBook } from './failure-book.js';
import { describeError, failedRecord } from './failures.js';
import { callHandler, isTimed, type HandlerFailure } from './handler-call.js';
import { HandlerPool } from './handler-pool.js';
import { ItemContext } from './handler-context.js';
import { ProgressReport } from './progress-report.js';
import type { ItemTask, RunSetup } from './run-setup.js';
import { SavePolicy } from './save-policy.js';
import type { ArnSample } from './service-identity.js';
import { StopState } from './stop-state.js';
import type { JobFailure, JobSummary } from './types.js';

export abstract class JobRun {
	readonly stop = new StopState();
	readonly pool: HandlerPool;
	readonly failures: FailureBook;
	readonly writer: CheckpointWriter;
	readonly policy: SavePolicy;
	readonly counts = { handled: 0, failed: 0, skipped: 0, pages: 0, requests: 0, retries: 0, started: 0, throttleWaitMs: 0 };
	readonly runFailures: JobFailure[] = [];
	/** Set once the run has ended: what handlers left behind do afterwards is ignored. */
	#ended = false;
	/** The account and region of the oldest items, when a check looked. */
	#probed: Pick<ServiceIdentity, 'account' | 'arnRegion'> | undefined;
	/** When the run's deadline falls (`performance.now()`), if it has one. */
	readonly deadlineAt: number | undefined;
	#deadlineTimer: ReturnType<typeof setTimeout> | undefined;
	#unlinkSignal: () => void = () => {};
	readonly #progress: ProgressReport;

	constructor(readonly setup: RunSetup) {
		const { job, previous } = setup;
		this.deadlineAt = job.maxDuration === undefined ? undefined : setup.startedAt + job.maxDuration;
		this.pool = new HandlerPool(job.concurrency, this.stop.listingSignal);
		this.failures = new FailureBook(previous?.failures, job.checkpoint.failureLog);
		this.policy = new SavePolicy(job.saveEvery);
		this.#progress = new ProgressReport(setup.startedAt);
		this.writer = new CheckpointWriter(
			job.checkpoint,
			this.policy,
			this.failures,
			(failures) => this.state(failures),
			// A save refused because another run owns the checkpoint now (a lease taken over) is a lost lock.
			(error) => this.stop.stop(isCheckpointLockedError(error) ? { kind: 'lockLost', error } : { kind: 'fatal', error }),
			job.storeRetry,
			setup.telemetry === undefined ? undefined : (ms) => setup.telemetry?.saved(ms),
		);
	}

	/** The checkpoint as of now, with `failures` as cut for the save being made. */
	protected abstract state(failures: CheckpointState['failures']): CheckpointState;
	/** Whether the whole listing has been handled, once the run has drained. */
	protected abstract isComplete(): boolean;
	/** Whether this run did all it set out to do (listed to the end, or redrove every failure). */
	protected abstract finishedWork(): boolean;
	/** Where the next run starts, for the summary and an `AbortError`. */
	protected abstract resumeToken(): string | undefined;
	protected abstract get mode(): JobSummary['mode'];

	/** How many items this run is to handle, when that is known (`MaxItems`), for `onProgress`'s estimate. */
	protected expectedItems(): number | undefined {
		return this.setup.job.maxItems;
	}

	/** Starts the deadline and listens to the caller's signal. */
	begin(): void {
		const { job } = this.setup;
		if (this.deadlineAt !== undefined) {
			this.#deadlineTimer = setTimeout(() => this.stop.stop({ kind: 'maxDuration' }), Math.max(0, this.deadlineAt - performance.now()));
		}
		if (job.signal !== undefined) this.#unlinkSignal = onAbort(job.signal, (reason) => this.stop.stop({ kind: 'aborted', reason }));
		if (job.signal?.aborted === true) this.stop.stop({ kind: 'aborted', reason: job.signal.reason });
	}

	/**
	 * Runs a check before any handler (the account of a resumed checkpoint): a `CheckpointMismatchError` leaves
	 * the checkpoint as it is, another error ends the run as a failed listing would.
	 */
	async check(task: () => Promise<ArnSample | undefined>): Promise<void> {
		try {
			this.#probed = (await task())?.majority();
		} catch (error) {
			if (this.stop.stopped) return;
			this.stop.stop(isCheckpointMismatchError(error) ? { kind: 'refused', error } : { kind: 'listingFailed', error });
		}
	}

	/** Which service the next checkpoint records: what was recorded, else what this run found out. */
	protected serviceIdentity(sample: ArnSample | undefined): ServiceIdentity {
		const recorded = this.setup.previous?.service;
		const found = this.#probed ?? sample?.majority();
		return {
			region: this.setup.service.region ?? recorded?.region ?? null,
			endpoint: this.setup.service.endpoint ?? recorded?.endpoint ?? null,
			account: recorded?.account ?? found?.account ?? null,
			arnRegion: recorded?.arnRegion ?? found?.arnRegion ?? null,
		};
	}

	/** Before an item starts: stops the run when `MaxItems` or the deadline is reached; `true` when stopped. */
	shouldStop(): boolean {
		if (this.stop.stopped) return true;
		const { maxItems } = this.setup.job;
		if (maxItems !== undefined && this.counts.started >= maxItems) this.stop.stop({ kind: 'MaxItems' });
		else if (this.deadlineAt !== undefined && performance.now() >= this.deadlineAt) this.stop.stop({ kind: 'maxDuration' });
		return this.stop.stopped;
	}

	/**
	 * Starts the handler in a free slot: `true` when it started at once, a promise when it waits for a slot,
	 * `false` (or a promise of it) when the run stopped first.
	 */
	start(task: ItemTask): boolean | Promise<boolean> {
		if (this.shouldStop()) return false;
		const slot = this.pool.acquire();
		if (slot === true) return this.#confirmAndLaunch(task);
		return slot.then((acquired) => acquired && this.#confirmAndLaunch(task));
	}

	/**
	 * Launches the handler in the slot just acquired, once the lock is confirmed: a process paused past its lease
	 * (perhaps while it waited for this slot) starts nothing before it knows the checkpoint is still its own.
	 */
	#confirmAndLaunch(task: ItemTask): boolean | Promise<boolean> {
		const confirming = this.shouldStop() ? undefined : this.setup.lease?.confirm?.();
		if (confirming === undefined) return this.stop.stopped ? this.pool.giveBack() : this.#launch(task);
		return confirming.then(
			() => (this.shouldStop() ? this.pool.giveBack() : this.#launch(task)),
			(error: unknown) => {
				this.stop.stop({ kind: 'lockLost', error });
				return this.pool.giveBack();
			},
		);
	}

	#launch(task: ItemTask): true {
		const index = this.counts.started++;
		this.pool.run(() => this.#handle(task, index));
		return true;
	}

	/** Runs the handler (timing some, for the save policy) and records what it did. */
	#handle(task: ItemTask, index: number): Promise<void> | undefined {
		const began = isTimed(index) ? performance.now() : undefined;
		const trace = this.setup.telemetry?.handler(task.failureId, index, task.attempt);
		const context = new ItemContext(this.stop.handlerSignal, index, task.attempt, this.setup.jobId, task.id, task.item);
		return callHandler(this.setup.handler, task.item, context, trace, (failure) => this.#finish(task, failure, began));
	}

	#finish(task: ItemTask, failure: HandlerFailure, began: number | undefined): Promise<void> | undefined {
		if (this.#ended) return undefined;
		if (began !== undefined) this.policy.observeHandler(performance.now() - began);
		if (failure !== undefined && !this.#recordsFailures()) {
			// Under onError 'stop', or while stopping (the failure may be the abort itself): not recorded, so
			// the next run handles the item again.
			if (this.setup.job.onError === 'stop' && !this.stop.handlerSignal.aborted) this.stop.stop({ kind: 'failed', error: failure.error });
			return undefined;
		}
		try {
			return this.#record(task, failure)?.catch((error: unknown) => this.stop.stop({ kind: 'fatal', error }));
		} catch (error) {
			this.stop.stop({ kind: 'fatal', error });
			return undefined;
		}
	}

	#recordsFailures(): boolean {
		return this.setup.job.onError === 'continue' && !this.stop.handlerSignal.aborted;
	}

	/** Records the item; a promise when it waits for its save or for `onProgress`. */
	#record(task: ItemTask, failure: HandlerFailure): Promise<void> | undefined {
		this.counts.handled++;
		if (failure !== undefined) {
			this.counts.failed++;
			this.failures.failed(failedRecord(task.failureId, task.item, failure.error, task.attempt), task.attempt > 1);
			this.runFailures.push(Object.freeze({ id: task.failureId, message: describeError(failure.error).message, attempts: task.attempt }));
		}
		task.onDone(failure === undefined ? 'handled' : 'failed');
		this.setup.telemetry?.recorded(failure !== undefined);
		const waiting = this.writer.itemRecorded();
		if (waiting === undefined && this.setup.job.onProgress === undefined) return undefined;
		return this.#afterRecord(waiting);
	}

	async #afterRecord(waiting: Promise<void> | undefined): Promise<void> {
		if (waiting !== undefined) await waiting;
		const onProgress = this.setup.job.onProgress;
		if (onProgress === undefined) return;
		const progress = onProgress(this.#progress.make(this.counts, this.pool.inFlight - 1, this.expectedItems(), performance.now()));
		if (typeof (progress as PromiseLike<unknown> | undefined)?.then === 'function') await progress;
	}

	/** Drains the handlers, saves the checkpoint a last time, and resolves or rejects as the stop says. */
	async end(): Promise<JobSummary> {
		const abandoned = await this.pool.drain(this.stop.handlerSignal, this.setup.job.shutdownGraceMs);
		this.#ended = true;
		clearTimeout(this.#deadlineTimer);
		this.#unlinkSignal();
		const stop = this.stop.current;
		// After a lost lock, or a checkpoint refused (of another service, its failures unreadable), nothing is
		// written; after a failed save, nothing can be.
		if (stop?.kind === 'lockLost' || stop?.kind === 'refused') this.writer.close();
		else {
			try {
				await this.writer.finish();
			} catch (error) {
				this.stop.stop({ kind: 'fatal', error });
			}
		}
		const summary = this.summary(abandoned);
		const final = this.stop.current;
		if (final === undefined || final.kind === 'MaxItems' || final.kind === 'maxDuration') return summary;
		if (final.kind === 'aborted') throw new AbortError(final.reason, summary.NextToken);
		throw final.error;
	}

	private summary(abandoned: number): JobSummary {
		const complete = this.isComplete();
		const finished = this.finishedWork();
		const stop = this.stop.current?.kind;
		return Object.freeze({
			mode: this.mode,
			handled: this.counts.handled,
			failed: this.counts.failed,
			skipped: this.counts.skipped,
			abandoned,
			openFailures: this.failures.openCount,
			pages: this.counts.pages,
			requests: this.counts.requests,
			retries: this.counts.retries,
			resumed: this.setup.previous !== undefined,
			complete,
			stoppedBy: finished ? 'complete' : stop === 'maxDuration' ? 'maxDuration' : 'MaxItems',
			failures: Object.freeze([...this.runFailures]),
			elapsedMs: performance.now() - this.setup.startedAt,
			NextToken: this.resumeToken(),
		});
	}
}
