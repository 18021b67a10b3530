/** The public contract of resumable jobs: options, the handler and its context, progress, the summary. */
import type { CheckpointStore } from './checkpoint-store.js';
import type { PaginateOptions } from '../core/types.js';

/** What a job's handler receives besides the item. Frozen. */
export interface HandlerContext {
	/**
	 * Aborted when the job stops while the handler runs: at `maxDuration` (its reason a `TimeoutError`), on
	 * the job's `signal` (its reason), when another handler fails under `onError: 'stop'`, when the checkpoint
	 * cannot be written or its lock is lost. Pass it on (to `client.send(command, { abortSignal })`) or stop
	 * early: the job waits `shutdownGraceMs` for running handlers, then ends without them. Not aborted at
	 * `MaxItems` or when the listing fails: running handlers then finish.
	 */
	readonly signal: AbortSignal;
	/** Zero-based position of the item among those this run has started. */
	readonly index: number;
	/** 1 for an item's first try; in a redrive, one more than the tries recorded. */
	readonly attempt: number;
	/**
	 * The same for this item in this job on every run, after any crash and in redrives: 32 hex digits, made
	 * of the checkpoint's job id and the item's id. Pass it as `clientRequestToken` to an operation that
	 * starts work (a model copy, an evaluation job), so that an item handled twice starts it once. A new
	 * checkpoint (the job started over) makes new keys.
	 */
	readonly idempotencyKey: string;
}

/** Called for each item in listing order; the job records it as handled once the returned promise resolves. */
export type JobHandler<Item> = (item: Item, context: HandlerContext) => unknown;

/** What `onProgress` receives after each item is recorded. Frozen. */
export interface JobProgress {
	/** Items handled by this run so far (failures recorded with `onError: 'continue'` included). */
	readonly handled: number;
	/** Items whose handler failed and were recorded (`onError: 'continue'`). */
	readonly failed: number;
	/** Handlers running now. */
	readonly inFlight: number;
	/** Pages received so far. */
	readonly pages: number;
	/** Milliseconds since the run started. */
	readonly elapsedMs: number;
	/** Items recorded per second over about the last ten seconds. */
	readonly itemsPerSecond: number;
	/** Milliseconds the listing has waited because of throttling: backoff after throttled responses, and paced slots. */
	readonly throttleWaitMs: number;
	/**
	 * Milliseconds left at the current rate, when the run knows how many items it is to handle (`MaxItems`; in a
	 * redrive, the failures to handle again); else `undefined`.
	 */
	readonly etaMs: number | undefined;
}

/** How often the checkpoint is written, when not left to adapt. */
export interface CheckpointEvery {
	/** After this many items are recorded. */
	readonly items?: number | undefined;
	/** After this many milliseconds since the last write (checked as items are recorded). */
	readonly milliseconds?: number | undefined;
}

export interface JobOptions {
	/** Where the job records its progress. Required: it is what makes the job resumable. */
	checkpoint: CheckpointStore;
	/**
	 * boto3's `PageSize` and `MaxItems`. `MaxItems` bounds one run: the job handles at most that many items,
	 * saves the checkpoint and resolves; the next run continues after them. (There is no `StartingToken`:
	 * the checkpoint says where to start.) In a redrive, `MaxItems` bounds the failures tried.
	 */
	pagination?: { PageSize?: number | undefined; MaxItems?: number | undefined } | undefined;
	/** Handlers running at once, started in listing order. An integer from 1 to 256. @default 1 */
	concurrency?: number | undefined;
	/**
	 * `'stop'`: a handler that throws stops the job (no new handler starts, the others' `context.signal` is
	 * aborted) and the job rejects with that error, its checkpoint resuming at that item. `'continue'`: the
	 * failure is recorded durably (the item as listed, the error, the attempt) and the job moves on; a run with
	 * `redrive: true` handles the recorded failures again. @default 'stop'
	 */
	onError?: 'stop' | 'continue' | undefined;
	/**
	 * How often the checkpoint is written. `'auto'` (the default) saves after every item while a save costs at
	 * most a quarter of a handler's time, and in background groups when it costs more (saves then take at most a
	 * tenth of the time, and at most 1,000 items are finished and not yet saved); see the README for what a crash
	 * can repeat.
	 * A number of items, or `{ items, milliseconds }`, fixes it. @default 'auto'
	 */
	checkpointEvery?: 'auto' | number | CheckpointEvery | undefined;
	/**
	 * A deadline in milliseconds from the start of the run: then no item starts, the handlers' `context.signal`
	 * is aborted, the page being fetched or retried is abandoned (a retry wait that would end past it does not
	 * start), and, once the handlers have finished (at most `shutdownGraceMs` later), the checkpoint is saved
	 * and the job resolves with `stoppedBy: 'maxDuration'`. @default no limit
	 */
	maxDuration?: number | undefined;
	/**
	 * Milliseconds the job waits for running handlers once their `context.signal` is aborted (`maxDuration`,
	 * `signal`, a failure). A handler still running then is left behind: the job ends anyway, the item is not
	 * recorded as handled (the next run handles it again), and the summary counts it in `abandoned`.
	 * @default 5000
	 */
	shutdownGraceMs?: number | undefined;
	/**
	 * Stops the job: no new handler starts, the handlers' `context.signal` is aborted, the checkpoint is saved
	 * and the job rejects with an `AbortError`. `stopOnSignals()` makes one that SIGTERM and SIGINT abort.
	 */
	signal?: AbortSignal | undefined;
	/**
	 * Handles again exactly the failures recorded by earlier runs (`onError: 'continue'`), each with the item as
	 * it was listed, instead of listing: those that succeed leave the record, those that fail again stay with
	 * one more attempt. The listing's progress is left as it is. @default false
	 */
	redrive?: boolean | undefined;
	/** As in the paginator's options. */
	retry?: PaginateOptions['retry'];
	/** As in the paginator's options. */
	pacing?: PaginateOptions['pacing'];
	/** As in the paginator's options. */
	onPage?: PaginateOptions['onPage'];
	/** As in the paginator's options; also told of the retries of the request that checks a resumed checkpoint's account. */
	onRetry?: PaginateOptions['onRetry'];
	/**
	 * OpenTelemetry, as in the paginator's options: a span per run (`bedrock-paginators.job`), its listing's span
	 * under it, and each handler inside a span of its own (`bedrock-paginators.handle`); job metrics beside the
	 * listing's. `false` turns them off. @default {} (the global providers)
	 */
	telemetry?: PaginateOptions['telemetry'];
	/** Called after each item is recorded, with a frozen {@link JobProgress}. May return a promise, which is awaited. */
	onProgress?: ((progress: JobProgress) => unknown) | undefined;
	/**
	 * `1`: fetch the next page while handlers work on this one (never past `MaxItems`); `0`: fetch a page only
	 * when its first item is needed. @default 1
	 */
	readAhead?: 0 | 1 | undefined;
}

/** A failure recorded with `onError: 'continue'`. */
export interface JobFailure {
	/** The item's identifier (such as its ARN), or its place when the operation has none. */
	readonly id: string;
	readonly message: string;
	/** Tries of this item so far, this one included. */
	readonly attempts: number;
}

/** What a job run resolves to. */
export interface JobSummary {
	/** `list`: the run listed; `redrive`: it handled recorded failures again. */
	readonly mode: 'list' | 'redrive';
	/** Items whose handler ran to completion in this run (recorded failures included). */
	readonly handled: number;
	/** Items whose handler failed in this run and were recorded (`onError: 'continue'`). */
	readonly failed: number;
	/** Items passed over because an earlier run had handled them (seen again while resuming). */
	readonly skipped: number;
	/** Handlers still running when the run ended, after `shutdownGraceMs`: their items were not recorded. */
	readonly abandoned: number;
	/** Items whose last try failed, over every run (what a redrive would handle); the checkpoint says the same. */
	readonly openFailures: number;
	/** Pages received in this run. */
	readonly pages: number;
	/** Requests sent in this run, retries included. */
	readonly requests: number;
	/** Retries in this run. */
	readonly retries: number;
	/** Whether this run continued from a checkpoint. */
	readonly resumed: boolean;
	/** Whether the whole listing has been handled (now or by an earlier run). */
	readonly complete: boolean;
	/**
	 * Why this run ended: it did all it set out to (listed to the end, or redrove every failure), `MaxItems`
	 * or `maxDuration` was reached, or the listing was already complete.
	 */
	readonly stoppedBy: 'complete' | 'MaxItems' | 'maxDuration' | 'alreadyComplete';
	/** The failures recorded in this run. */
	readonly failures: readonly JobFailure[];
	/** Milliseconds this run took. */
	readonly elapsedMs: number;
	/** Resumes right after the last item recorded (botocore's token format); `undefined` once complete. */
	readonly NextToken: string | undefined;
}
