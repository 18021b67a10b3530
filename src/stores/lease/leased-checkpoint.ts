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
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { CheckpointLockedError } from '../../errors/checkpoint-errors.js';
import { isCheckpointLockedError } from '../../errors/guards.js';
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { CheckpointLease, CheckpointStore, FailureLog } from '../../jobs/checkpoint-store.js';
import { dropNonce, holdNonce } from '../process/held-locks.js';
import { judgeLock } from '../process/lock-judge.js';
import { currentIdentity } from '../process/process-identity.js';
import { emptyDocument, parseDocument, type Lease, type LeaseDocument } from './lease-document.js';
import { CONFLICT, type ObjectShelf, type VersionedDocument } from './remote-parts.js';
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
const TAKE_ATTEMPTS = 3;

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

/** The run's side of the lease: what it last wrote, and one write at a time. */
export class LeaseHolder {
	readonly owner = randomBytes(6).toString('hex');
	#doc: LeaseDocument | undefined;
	#version: string | undefined;
	#held = false;
	#timer: ReturnType<typeof setInterval> | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	/** Write ids of writes whose answer was lost: if one of them landed, the document is still ours. */
	readonly #uncertain = new Set<string>();
	#takenAt = '';
	#firstBatch: number | undefined;
	/** When this run last wrote the document (by its clock): its lease is surely held for half a lease after. */
	#lastWrite = 0;

	constructor(
		private readonly document: VersionedDocument,
		private readonly leaseMs: number,
	) {}

	/** Notes that this run appended batch `index` of failures (the next save maps it to this run). */
	appendedBatch(index: number): void {
		this.#firstBatch ??= index;
	}

	/** Whose batches count from which index on: the document's map, and this run's own batches after it. */
	batchOwners(): readonly { readonly from: number; readonly owner: string }[] {
		const saved = this.#doc?.failureBatches ?? [];
		return this.#firstBatch === undefined || saved.at(-1)?.owner === this.owner ? saved : [...saved, { from: this.#firstBatch, owner: this.owner }];
	}

	async load(): Promise<unknown> {
		if (!this.#held) await this.#read();
		return this.#doc?.state ?? undefined;
	}

	async take(onLost: (error: Error) => void): Promise<CheckpointLease> {
		for (let attempt = 1; ; attempt++) {
			const stored = await this.#read();
			const lease = this.#doc?.lease ?? null;
			if (lease !== null && lease.owner !== this.owner && Date.parse(lease.expiresAt) > Date.now() && ownerLives(lease)) throw this.#locked(lease);
			this.#takenAt = new Date().toISOString();
			const next = { ...(this.#doc ?? emptyDocument()), lease: this.#lease() };
			const version = stored === undefined ? await this.document.create(this.#body(next, newWriteId())) : await this.document.replace(this.#body(next, newWriteId()), stored);
			if (version !== CONFLICT) {
				this.#accept(next, version);
				this.#lastWrite = Date.now();
				holdNonce(this.owner);
				break;
			}
			if (attempt === TAKE_ATTEMPTS) {
				await this.#read();
				throw this.#locked(this.#doc?.lease ?? lease ?? this.#lease());
			}
		}
		this.#held = true;
		this.#startRenewals(onLost);
		return {
			release: () => this.#release(),
			confirm: () => (Date.now() - this.#lastWrite < this.leaseMs / 2 ? undefined : this.#renewNow()),
			abandon: () => {
				// As a killed run: the renewals stop, the lease stays until it expires. The store still believes
				// it holds it, so its next write shows the fencing.
				clearInterval(this.#timer);
				dropNonce(this.owner);
			},
		};
	}

	save(state: CheckpointState): Promise<void> {
		return this.#serial(async () => {
			const doc = this.#doc ?? emptyDocument();
			await this.#write({ ...doc, state, failureBatches: this.batchOwners(), lease: this.#held ? this.#lease() : doc.lease });
		});
	}

	/** Deletes the document (under the lease). */
	remove(): Promise<void> {
		return this.#serial(async () => {
			if (this.#version !== undefined && !(await this.document.remove(this.#version))) throw this.#fenced();
			this.#doc = undefined;
			this.#version = undefined;
		});
	}

	#startRenewals(onLost: (error: Error) => void): void {
		const renew = () =>
			this.#serial(async () => {
				if (!this.#held || this.#doc === undefined) return;
				const expiresAt = Date.parse(this.#doc.lease?.expiresAt ?? '');
				try {
					await this.#write({ ...this.#doc, lease: this.#lease() });
				} catch (error) {
					// A refused renewal ends the lease at once; a failed one only once the lease has run out.
					if (isCheckpointLockedError(error) || Date.now() >= expiresAt) this.#lose(onLost, error);
				}
			});
		this.#timer = setInterval(() => void renew(), Math.max(100, Math.floor(this.leaseMs / 3)));
		this.#timer.unref();
	}

	/** Renews the lease now (a paused process woke up): it is this run's again, or the write is refused. */
	#renewNow(): Promise<void> {
		return this.#serial(async () => {
			if (this.#doc === undefined) throw this.#fenced();
			await this.#write({ ...this.#doc, lease: this.#lease() });
		});
	}

	#lose(onLost: (error: Error) => void, cause: unknown): void {
		this.#held = false;
		dropNonce(this.owner);
		clearInterval(this.#timer);
		onLost(cause instanceof Error && isCheckpointLockedError(cause) ? cause : this.#fenced(cause));
	}

	async #release(): Promise<void> {
		clearInterval(this.#timer);
		dropNonce(this.owner);
		if (!this.#held) return;
		this.#held = false;
		await this.#serial(async () => {
			if (this.#doc !== undefined) await this.#write({ ...this.#doc, lease: null });
		});
	}

	/** Replaces the document if it is still the version this run last wrote. */
	async #write(next: LeaseDocument): Promise<void> {
		if (this.#version === undefined) throw this.#fenced();
		const writeId = newWriteId();
		let version: string | typeof CONFLICT;
		try {
			version = await this.document.replace(this.#body(next, writeId), this.#version);
		} catch (error) {
			this.#uncertain.add(writeId);
			throw error;
		}
		if (version === CONFLICT) {
			// Ours after all, when a write whose answer was lost landed: carry on from it.
			const stored = await this.document.read();
			const landed = stored === undefined ? undefined : parseDocument(this.document.location, stored.body);
			if (stored === undefined || landed === undefined || !this.#uncertain.has(landed.writeId)) throw this.#fenced();
			this.#accept(landed, stored.version);
			version = await this.document.replace(this.#body(next, writeId), stored.version);
			if (version === CONFLICT) throw this.#fenced();
		}
		this.#uncertain.clear();
		this.#accept(next, version);
		this.#lastWrite = Date.now();
	}

	async #read(): Promise<string | undefined> {
		const stored = await this.document.read();
		this.#doc = stored === undefined ? undefined : parseDocument(this.document.location, stored.body);
		this.#version = stored?.version;
		return stored?.version;
	}

	#accept(doc: LeaseDocument, version: string): void {
		this.#doc = doc;
		this.#version = version;
	}

	#body(doc: LeaseDocument, writeId: string): string {
		return JSON.stringify({ ...doc, writeId });
	}

	#lease(): Lease {
		const now = Date.now();
		const { bootId, pidNamespace, processStart } = currentIdentity();
		return {
			owner: this.owner,
			hostname: hostname(),
			pid: process.pid,
			bootId,
			pidNamespace,
			processStart,
			takenAt: this.#takenAt,
			renewedAt: new Date(now).toISOString(),
			expiresAt: new Date(now + this.leaseMs).toISOString(),
		};
	}

	#serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task, task);
		this.#queue = run.catch(() => {});
		return run;
	}

	#locked(lease: Lease): CheckpointLockedError {
		const location = this.document.location;
		return new CheckpointLockedError(
			location,
			`The checkpoint ${location} is held by another run (${lease.owner}, process ${lease.pid} on ${lease.hostname}, since ${lease.takenAt}); its lease expires at ${lease.expiresAt}. ` +
				'Two runs on one checkpoint would interleave it: wait for that run to end, or for its lease to expire if it was killed.',
			{ pid: lease.pid, hostname: lease.hostname, startedAt: lease.takenAt, heartbeatAt: lease.renewedAt, instance: lease.owner, expiresAt: lease.expiresAt },
		);
	}

	#fenced(cause?: unknown): CheckpointLockedError {
		const location = this.document.location;
		const error = new CheckpointLockedError(
			location,
			`Another run owns the checkpoint ${location} now (this run's lease was taken over or ran out), so this run stopped without writing it again; the other run carries on from there.`,
			undefined,
		);
		if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
		return error;
	}
}

/** Whether the lease's owner may still be running: not a process of this host that is known to be gone. */
function ownerLives(lease: Lease): boolean {
	const content = { pid: lease.pid, hostname: lease.hostname, bootId: lease.bootId, pidNamespace: lease.pidNamespace, processStart: lease.processStart, startedAt: lease.takenAt, heartbeatAt: lease.renewedAt, nonce: lease.owner };
	return judgeLock({ content, mtimeMs: Date.now() }, Number.POSITIVE_INFINITY).live;
}

function newWriteId(): string {
	return randomBytes(8).toString('hex');
}
