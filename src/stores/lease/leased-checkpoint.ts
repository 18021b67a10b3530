/**
 * A checkpoint in one remote document, held by lease and written with fencing:
 *
 * - taking it writes a lease (owner, expiry) with a conditional write; a live lease of another run is a
 *   `CheckpointLockedError` naming the owner and its expiry; an expired one (its run killed, its machine gone)
 *   is taken over, and so at once is one whose owner is a process of this host that no longer exists (a
 *   container restarted on the same host), told as the file store tells it (`lock-judge.ts`);
 * - the lease is renewed in the background every third of `leaseMs`;
 * - every write (renewal or save) is conditional on the version this run last wrote, so a run whose lease was
 *   taken over (paused, partitioned, its renewals failing) has its next write refused and stops: two runs never
 *   both advance the checkpoint, whatever their clocks say, since the condition decides;
 * - a write whose answer was lost and is tried again recognises its own landing by the write id it stored.
 */
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { CheckpointLease, CheckpointStore, FailureLog } from '../../jobs/checkpoint-store.js';
import { LeaseHolder } from './lease-holder.js';
import type { ObjectShelf, VersionedDocument } from './remote-parts.js';
import { ShelfFailureLog } from './shelf-failure-log.js';

export interface LeaseOptions {
	/**
	 * How long a lease lasts without renewal; a run's lease is renewed every third of it, and another run may
	 * take the checkpoint over once it expired. At least 1,000. @default 30000
	 */
	readonly leaseMs?: number | undefined;
}

/** A checkpoint store held by lease: a {@link CheckpointStore} with `clear()`. */
export interface LeasedCheckpointStore extends CheckpointStore {
	readonly failureLog: FailureLog;
	/** How long a lease lasts without renewal. */
	readonly leaseMs: number;
	lock(onLost: (error: Error) => void): Promise<CheckpointLease>;
	/** Deletes the checkpoint and its failures (under its lease), so the next run starts from the beginning. */
	clear(): Promise<void>;
}

export const DEFAULT_LEASE_MS = 30_000;

export function readLeaseMs(value: unknown, store: string): number {
	if (value === undefined) return DEFAULT_LEASE_MS;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 1_000 || value > 2 ** 31 - 1) {
		throw new TypeError(`${store}() expects \`leaseMs\` to be a number of milliseconds from 1000 to ${2 ** 31 - 1}, got ${String(value)}.`);
	}
	return value;
}

/**
 * A checkpoint store held by lease over any store with conditional writes: give it the checkpoint's document
 * (read, create-if-absent, replace-if-version, remove-if-version) and a shelf of named objects for the
 * failures; it does the lease, its renewals, the fencing and the failure log. The S3 and DynamoDB stores are
 * made this way; so is a database row (see the README).
 */
export function leasedCheckpoint(document: VersionedDocument, shelf: ObjectShelf, options: LeaseOptions = {}): LeasedCheckpointStore {
	const leaseMs = readLeaseMs(options.leaseMs, 'leasedCheckpoint');
	const holder = new LeaseHolder(document, leaseMs);
	const failureLog = new ShelfFailureLog(`${document.location}.failures`, shelf, holder);
	const store: LeasedCheckpointStore = {
		location: document.location,
		leaseMs,
		failureLog,
		load: () => holder.load(),
		save: (state: CheckpointState) => holder.save(state),
		lock: (onLost) => holder.take(onLost),
		async clear() {
			const lease = await holder.take(() => {});
			try {
				await failureLog.clear();
				await holder.remove();
			} finally {
				await lease.release();
			}
		},
	};
	return store;
}
