/**
 * A run that lists: handles the items of the listing in order from where the checkpoint says, passing over
 * what earlier runs handled. Pages come from the engine's own listing (read-ahead, retries, pacing), held
 * back from reading past `MaxItems` and from outliving the run's deadline.
 */
import type { AnyOperationDescriptor, ListingOrder } from '../core/descriptor.js';
import { runListing } from '../core/paginate.js';
import { planListing, type ListingPlan } from '../core/plan.js';
import type { Page } from '../core/types.js';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, type CheckpointState } from './checkpoint-state.js';
import { Completion } from './completion.js';
import { JobRun } from './job-run.js';
import type { RunSetup } from './run-setup.js';
import { retryUntil } from './job-options.js';
import { ListingTask } from './listing-task.js';
import { ResumeFilter } from './resume-filter.js';
import { isDescending } from './listing-order.js';
import { showsAnchor, startingPoint, timeOf } from './resume-point.js';
import { ArnSample } from './service-identity.js';
import { linkedController } from '../retry/abort.js';
import type { RetryContext, SendClient } from '../retry/types.js';

export interface ListingSetup extends RunSetup {
	readonly descriptor: AnyOperationDescriptor;
	readonly client: SendClient;
	/** The input the job sends, its order included. */
	readonly input: Readonly<Record<string, unknown>>;
	readonly query: CheckpointState['query'];
	/** The order the job relies on, when the operation has one and its items an id. */
	readonly order: ListingOrder | undefined;
}

/** Why the listing was ended: its next page could not come before the deadline. */
const DEADLINE_UNREACHABLE = Symbol('the next page cannot come before the deadline');

export class ListingRun extends JobRun {
	#resumeBy: 'anchor' | 'count';
	readonly #descending: boolean;
	readonly #completion: Completion;
	readonly #filter: ResumeFilter;
	/** The first items' ARNs, for a run that has no account recorded yet. */
	readonly #sample = new ArnSample();
	/** Items listed by this run so far, skipped ones included (the next item's ordinal). */
	#listed = 0;
	#exhausted = false;
	/** The sort time of the last item listed, to tell when the listing is out of time order. */
	#lastTime: number | undefined;

	constructor(readonly listing: ListingSetup) {
		super(listing);
		const { order, previous, input } = listing;
		this.#resumeBy = order !== undefined && previous?.resumeBy !== 'count' ? 'anchor' : 'count';
		const anchored = this.#resumeBy === 'anchor';
		this.#descending = isDescending(input, order);
		this.#completion = new Completion(anchored ? (previous?.anchor ?? null) : null, anchored ? (previous?.untimedIds ?? []) : [], anchored);
		this.#filter = new ResumeFilter(previous, anchored, this.#descending);
	}

	protected get mode() {
		return 'list' as const;
	}

	/** Lists from where the checkpoint says, once more from the beginning if that place cannot be trusted. */
	async list(): Promise<void> {
		const start = startingPoint(this.listing.previous, this.#resumeBy);
		let checkFirstPage = start.midPage && this.#resumeBy === 'anchor';
		for (let token = start.token; ; token = undefined) {
			try {
				if ((await this.#listOnce(token, checkFirstPage)) !== 'rescan') return;
			} catch (error) {
				if (this.stop.stopped) return; // the listing was abandoned because the run stopped
				this.stop.stop({ kind: 'listingFailed', error });
				return;
			}
			checkFirstPage = false;
		}
	}

	/**
	 * One listing. `'rescan'` when the resumed page does not show where the anchor stood (the service's tokens
	 * may count positions, so items before it may have shifted) or the service refused the saved token.
	 */
	async #listOnce(startingToken: string | undefined, checkFirstPage: boolean): Promise<'done' | 'rescan'> {
		// The listing's own signal: the run's stop aborts it, and so does a wait that would end past the deadline,
		// which ends the listing but leaves the run to handle the items it holds until the deadline.
		const { controller, release } = linkedController(this.stop.listingSignal);
		const pages = runListing(this.listing.descriptor, this.#plan(startingToken, checkFirstPage, controller));
		try {
			for (let first = true; ; first = false) {
				let result: IteratorResult<Page<string, unknown>, void>;
				try {
					result = await pages.next();
				} catch (error) {
					if (controller.signal.reason === DEADLINE_UNREACHABLE) {
						this.stop.stop({ kind: 'maxDuration' });
						return 'done';
					}
					const refused = first && startingToken !== undefined && this.#resumeBy === 'anchor' && (error as { name?: unknown }).name === 'ValidationException';
					if (refused && !this.stop.stopped) return 'rescan';
					throw error;
				}
				if (result.done === true) {
					this.#exhausted = true;
					return 'done';
				}
				const items = result.value[this.listing.descriptor.resultKey] as Record<string, unknown>[];
				if (first && checkFirstPage && !this.#showsAnchor(items)) return 'rescan';
				this.counts.pages++;
				if (!this.#sample.full) this.#sample.add(this.#ids(items));
				if (!(await this.#startItems(result.value, items))) return 'done';
				if (result.value.NextToken === undefined) {
					this.#exhausted = true;
					return 'done';
				}
				if (this.shouldStop()) return 'done';
			}
		} finally {
			release();
			await pages.return().catch(() => {});
		}
	}

	#plan(startingToken: string | undefined, checkFirstPage: boolean, controller: AbortController): ListingPlan {
		const { descriptor, client, job } = this.listing;
		const base = planListing(descriptor, client, this.listing.input, { PageSize: job.pageSize, StartingToken: startingToken }, {
			signal: controller.signal,
			readAhead: job.readAhead,
			retry: job.listing.retry,
			pacing: job.listing.pacing,
			onPage: job.listing.onPage,
			telemetry: job.telemetry,
			onRetry: (context: RetryContext) => {
				this.counts.retries++;
				return job.listing.onRetry?.(context);
			},
		});
		let firstPage = checkFirstPage;
		const at = this.deadlineAt;
		return {
			...base,
			retry: retryUntil(base.retry, job),
			onRequest: () => void this.counts.requests++,
			itemIds: true,
			onWait: (ms, throttled) => {
				if (throttled) this.counts.throttleWaitMs += ms;
			},
			telemetryParent: this.setup.telemetry?.context,
			deadline: at === undefined ? undefined : { at, onReached: () => controller.abort(DEADLINE_UNREACHABLE) },
			// Read ahead only while the run may start more items than this page holds, and not past a page that
			// is about to be refused.
			mayReadAhead: (page) => {
				const items = page[descriptor.resultKey] as Record<string, unknown>[];
				const refused = firstPage && !this.#showsAnchor(items);
				firstPage = false;
				const left = job.maxItems === undefined ? Number.POSITIVE_INFINITY : job.maxItems - this.counts.started;
				return !refused && !this.stop.stopped && left > items.length;
			},
		};
	}

	/** Starts the page's items in order, passing over those handled before; `false` once the run stops. */
	async #startItems(page: Page<string, unknown>, items: Record<string, unknown>[]): Promise<boolean> {
		const { descriptor, order } = this.listing;
		const idKey = descriptor.itemId;
		for (let index = 0; index < items.length; index++) {
			const item = items[index] as Record<string, unknown>;
			const id = idKey === undefined ? undefined : (item[idKey] as string);
			const time = order === undefined ? undefined : timeOf(item[order.timeField]);
			const task = new ListingTask(this.#listed++, id, time, page, index, item, this.#completion, this.listing.previous?.runs ?? 0);
			this.#checkOrder(time);
			if (this.#filter.handled(task)) {
				this.counts.skipped++;
				this.#completion.done(task);
				continue;
			}
			const started = this.start(task);
			if (started === true || (started !== false && (await started))) continue;
			this.#listed--; // not started: the next run lists it again
			return false;
		}
		return true;
	}

	/** The order is read from the pages: an item out of time order makes resumes go by count (one without a time does not). */
	#checkOrder(time: number | undefined): void {
		if (this.#resumeBy !== 'anchor' || time === undefined) return;
		if (this.#lastTime !== undefined && (this.#descending ? time > this.#lastTime : time < this.#lastTime)) {
			this.#resumeBy = 'count';
			this.#completion.stopAnchoring();
		}
		this.#lastTime = time;
	}

	#showsAnchor(items: Record<string, unknown>[]): boolean {
		return showsAnchor(this.listing.previous?.anchor ?? null, this.listing.order, this.#descending, items);
	}

	#ids(items: Record<string, unknown>[]): unknown[] {
		const key = this.listing.descriptor.itemId;
		return key === undefined ? [] : items.map((item) => item[key]);
	}

	protected isComplete(): boolean {
		const stop = this.stop.current?.kind;
		const allDone = this.#completion.prefixLength === this.#listed && !this.#completion.hasDoneAhead;
		return this.#exhausted && allDone && (stop === undefined || stop === 'MaxItems' || stop === 'maxDuration');
	}

	protected finishedWork(): boolean {
		return this.isComplete();
	}

	protected resumeToken(): string | undefined {
		return this.isComplete() ? undefined : (this.#completion.resumeToken(this.listing.previous?.NextToken ?? null) ?? undefined);
	}

	protected state(failures: CheckpointState['failures']): CheckpointState {
		const { previous, descriptor, query, jobId } = this.listing;
		const complete = this.isComplete();
		const ahead = this.#completion.doneAhead();
		const pending = this.#filter.pending(this.#listed, this.#completion.prefixLength);
		return {
			format: CHECKPOINT_FORMAT,
			version: CHECKPOINT_VERSION,
			jobId,
			operation: descriptor.operationName,
			query,
			service: this.serviceIdentity(this.#sample),
			resumeBy: this.#resumeBy,
			complete,
			NextToken: complete ? null : this.#completion.resumeToken(previous?.NextToken ?? null),
			anchor: this.#resumeBy === 'anchor' ? this.#completion.anchor() : null,
			untimedIds: this.#resumeBy === 'anchor' ? this.#completion.untimedIds() : [],
			doneAhead: complete ? [] : [...ahead.ranges, ...pending.ranges],
			doneAheadIds: complete ? [] : [...ahead.ids, ...pending.ids],
			handled: (previous?.handled ?? 0) + this.counts.handled,
			failures,
			runs: (previous?.runs ?? 0) + 1,
			updatedAt: new Date().toISOString(),
		};
	}
}
