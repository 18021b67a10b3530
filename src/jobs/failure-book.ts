/**
 * The failures of a job over all its runs: counts in the checkpoint, the records themselves in the store's
 * failure log (appended in batches as the checkpoint is saved) or, for a store without one, in the
 * checkpoint. Nothing is capped: a failure is dropped only when a redrive handles its item.
 */
import type { FailureCounts } from './checkpoint-state.js';
import { openFailures, resolvedRecord } from './failures.js';
import type { ResolvedRetry } from '../retry/options.js';
import { withStoreRetries } from './store-retry.js';
import type { FailureLog, FailureRecord } from './checkpoint-store.js';

export class FailureBook {
	#recorded: number;
	#open: number;
	#batches: number | null;
	/** Without a log: the open failures, by id. */
	readonly #records = new Map<string, FailureRecord>();
	/** With a log: records not appended yet. */
	#pending: FailureRecord[] = [];
	/** With a log: what it held when the run began. */
	#loaded: FailureRecord[] | undefined;

	constructor(
		previous: FailureCounts | undefined,
		private readonly log: FailureLog | undefined,
	) {
		this.#recorded = previous?.recorded ?? 0;
		this.#open = previous?.open ?? 0;
		this.#batches = log === undefined ? null : (previous?.batches ?? 0);
		if (log === undefined) for (const record of previous?.records ?? []) this.#records.set(record.id, record);
		// A store that gained a log keeps the records it had in the checkpoint: they go to the log first.
		if (log !== undefined) this.#pending = [...(previous?.records ?? [])];
	}

	/**
	 * Reads the failures (with a log: and cuts away what a run that stopped before its next checkpoint appended,
	 * so must run before the first append of this run). Then `open()` lists them.
	 */
	async prepare(retry: ResolvedRetry | undefined): Promise<void> {
		const log = this.log;
		if (log === undefined || this.#loaded !== undefined) return;
		this.#loaded = await withStoreRetries(() => log.load(this.#batches ?? 0), retry);
	}

	/** The open failures, in the order they first failed: what a redrive handles. */
	open(): FailureRecord[] {
		if (this.log === undefined) return [...this.#records.values()];
		const open = openFailures([...(this.#loaded ?? []), ...this.#pending]);
		this.#open = open.length;
		return open;
	}

	/** A handler failed for this item (its first failure, or again in a redrive). */
	failed(record: FailureRecord, again: boolean): void {
		this.#recorded++;
		if (!again) this.#open++;
		if (this.log === undefined) this.#records.set(record.id, record);
		else this.#pending.push(record);
	}

	/** A redrive handled the item. */
	resolved(id: string, attempts: number): void {
		this.#open = Math.max(0, this.#open - 1);
		if (this.log === undefined) this.#records.delete(id);
		else this.#pending.push(resolvedRecord(id, attempts));
	}

	/**
	 * Cuts what the next checkpoint vouches for, at the same instant as the job's progress: the counts, and
	 * the records to append first (as batch `index`). Call `append(cut)` before saving that checkpoint.
	 */
	cut(): FailureCut {
		const records = this.#pending;
		this.#pending = [];
		const index = this.#batches;
		const batches = index === null ? null : index + (records.length > 0 ? 1 : 0);
		this.#batches = batches;
		const counts = { recorded: this.#recorded, open: this.#open, batches, records: this.log === undefined ? [...this.#records.values()] : [] };
		return { counts, batch: index === null || records.length === 0 ? undefined : { index, records } };
	}

	/** Appends a cut's batch durably (nothing to do without one). */
	async append(cut: FailureCut): Promise<void> {
		if (cut.batch !== undefined) await this.log?.append(cut.batch.index, cut.batch.records);
	}

	/** Items whose last try failed. */
	get openCount(): number {
		return this.#open;
	}

}

export interface FailureCut {
	readonly counts: FailureCounts;
	readonly batch: { readonly index: number; readonly records: readonly FailureRecord[] } | undefined;
}
