/**
 * The run's side of a leased checkpoint document: taking the lease, renewing it, and writing under it, each write
 * conditional on the version this run last wrote (see leased-checkpoint.ts for the whole scheme).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { isCheckpointLockedError } from '../../errors/guards.js';
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { CheckpointLease } from '../../jobs/checkpoint-store.js';
import { dropNonce, holdNonce } from '../process/held-locks.js';
import { judgeLock } from '../process/lock-judge.js';
import { currentIdentity } from '../process/process-identity.js';
import { emptyDocument, parseDocument, type Lease, type LeaseDocument } from './lease-document.js';
import { fencedError, lockedError } from './lease-errors.js';
import { CONFLICT, type VersionedDocument } from './remote-parts.js';

const TAKE_ATTEMPTS = 3;

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
			if (lease !== null && lease.owner !== this.owner && Date.parse(lease.expiresAt) > Date.now() && ownerLives(lease)) throw lockedError(this.document.location, lease);
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
				throw lockedError(this.document.location, this.#doc?.lease ?? lease ?? this.#lease());
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
			if (this.#version !== undefined && !(await this.document.remove(this.#version))) throw fencedError(this.document.location);
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
			if (this.#doc === undefined) throw fencedError(this.document.location);
			await this.#write({ ...this.#doc, lease: this.#lease() });
		});
	}

	#lose(onLost: (error: Error) => void, cause: unknown): void {
		this.#held = false;
		dropNonce(this.owner);
		clearInterval(this.#timer);
		onLost(cause instanceof Error && isCheckpointLockedError(cause) ? cause : fencedError(this.document.location, cause));
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
		if (this.#version === undefined) throw fencedError(this.document.location);
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
			if (stored === undefined || landed === undefined || !this.#uncertain.has(landed.writeId)) throw fencedError(this.document.location);
			this.#accept(landed, stored.version);
			version = await this.document.replace(this.#body(next, writeId), stored.version);
			if (version === CONFLICT) throw fencedError(this.document.location);
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
}

/** Whether the lease's owner may still be running: not a process of this host that is known to be gone. */
function ownerLives(lease: Lease): boolean {
	const content = { pid: lease.pid, hostname: lease.hostname, bootId: lease.bootId, pidNamespace: lease.pidNamespace, processStart: lease.processStart, startedAt: lease.takenAt, heartbeatAt: lease.renewedAt, nonce: lease.owner };
	return judgeLock({ content, mtimeMs: Date.now() }, Number.POSITIVE_INFINITY).live;
}

function newWriteId(): string {
	return randomBytes(8).toString('hex');
}
