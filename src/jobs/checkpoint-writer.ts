/**
 * Writes the checkpoint as the save policy says: one save at a time, each covering everything recorded
 * before it started (items that finish meanwhile wait for the next one), failures appended to the store's
 * log before the checkpoint that counts them. The store's requests are retried with the job's policy; a save
 * that fails all the same stops the job (`onFailed`): the checkpoint on the store is the last one saved.
 */
import type { ResolvedRetry } from '../retry/options.js';
import type { CheckpointState } from './checkpoint-state.js';
import type { FailureBook, FailureCut } from './failure-book.js';
import type { SavePolicy } from './save-policy.js';
import { withStoreRetries } from './store-retry.js';
import type { CheckpointStore } from './checkpoint-store.js';

export class CheckpointWriter {
	/** Items recorded since the last save started: the next save covers them. */
	#unsaved = 0;
	/** Items the save running now covers: not on the store until it ends. */
	#covering = 0;
	#lastStart = performance.now();
	#lastEnd = Number.NEGATIVE_INFINITY;
	#saving: Promise<void> | undefined;
	#queued: Promise<void> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failure: { error: unknown } | undefined;
	#closed = false;
	/** What the last save wrote, but its time. */
	#lastSaved: string | undefined;

	constructor(
		private readonly store: CheckpointStore,
		private readonly policy: SavePolicy,
		private readonly failures: FailureBook,
		/** The state to save, taken at the instant the save starts (with the failures cut at that instant). */
		private readonly snapshot: (failures: FailureCut['counts']) => CheckpointState,
		private readonly onFailed: (error: unknown) => void,
		/** The store's requests are retried with this policy (the job's). */
		private readonly retry: ResolvedRetry | undefined,
		/** Told how long each save took, in milliseconds (telemetry). */
		private readonly onSaved?: ((ms: number) => void) | undefined,
	) {}

	/** After an item is recorded: a promise when the item is to wait for its save, `undefined` otherwise. */
	itemRecorded(): Promise<void> | undefined {
		this.#unsaved++;
		const decision = this.policy.decide(this.#unsaved + this.#covering, performance.now() - this.#lastStart);
		if (decision === 'wait') return this.save();
		if (decision === 'background') this.#saveLater();
		return undefined;
	}

	/** A save that covers everything recorded so far: the one queued, or a new one (after the one running). */
	save(): Promise<void> {
		if (this.#failure !== undefined) return Promise.reject(this.#failure.error);
		if (this.#queued !== undefined) return this.#queued;
		if (this.#saving === undefined) return this.#start();
		const queued = this.#saving
			.catch(() => {})
			.then(() => {
				this.#queued = undefined;
				return this.#failure === undefined ? this.#start() : Promise.reject(this.#failure.error);
			});
		this.#queued = queued;
		return queued;
	}

	/**
	 * The last save of the run: waits for the one running, then saves once more, unless the checkpoint would
	 * say what the store holds already (a run that stopped before doing anything writes nothing more).
	 */
	async finish(): Promise<void> {
		this.#clearTimer();
		await (this.#queued ?? this.#saving)?.catch(() => {});
		if (this.#failure !== undefined) throw this.#failure.error;
		const cut = this.failures.cut();
		const state = this.snapshot(cut.counts);
		if (cut.batch !== undefined || sameContent(state) !== this.#lastSaved) await this.#start({ cut, state });
		this.#closed = true;
	}

	/** Nothing more is saved (the run ends without a last save: its lock was lost, or a save failed). */
	close(): void {
		this.#closed = true;
		this.#clearTimer();
	}

	#start(prepared?: { cut: FailureCut; state: CheckpointState }): Promise<void> {
		this.#clearTimer();
		this.#covering = this.#unsaved;
		this.#unsaved = 0;
		const startedAt = performance.now();
		this.#lastStart = startedAt;
		const cut = prepared?.cut ?? this.failures.cut();
		const state = prepared?.state ?? this.snapshot(cut.counts);
		const saving = (async () => {
			await withStoreRetries(() => this.failures.append(cut), this.retry);
			await withStoreRetries(() => this.store.save(state), this.retry);
		})().then(
			() => {
				this.#covering = 0;
				this.#lastSaved = sameContent(state);
				this.#lastEnd = performance.now();
				this.policy.observeSave(this.#lastEnd - startedAt);
				this.onSaved?.(this.#lastEnd - startedAt);
				if (this.#saving === saving) this.#saving = undefined;
				if (this.#unsaved > 0 && this.#queued === undefined) this.#saveLater();
			},
			(error: unknown) => {
				if (this.#saving === saving) this.#saving = undefined;
				this.#failure ??= { error };
				this.close();
				this.onFailed(error);
				throw error;
			},
		);
		this.#saving = saving;
		return saving;
	}

	/** A background save when the gap after the last one has passed. */
	#saveLater(): void {
		if (this.#closed || this.#saving !== undefined || this.#queued !== undefined || this.#timer !== undefined) return;
		const wait = this.#lastEnd + this.policy.gapMs() - performance.now();
		if (wait <= 0) {
			this.save().catch(() => {});
			return;
		}
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			if (!this.#closed && this.#unsaved > 0) this.save().catch(() => {});
		}, wait);
	}

	#clearTimer(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}

/** A checkpoint's content but the time it was written. */
function sameContent(state: CheckpointState): string {
	return JSON.stringify({ ...state, updatedAt: '' });
}
