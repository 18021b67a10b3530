/**
 * What a leased checkpoint stores: the job's state, the lease (who holds it, until when), which run wrote
 * which batches of failures beside it, and the id of the write that made this version (so that a write whose
 * answer was lost can tell its own landing from another run's).
 */
import { CheckpointCorruptError } from '../../errors/checkpoint-errors.js';

export const LEASE_FORMAT = 'bedrock-paginators/leased-checkpoint';

export interface Lease {
	/** A random id of the run that holds it. */
	readonly owner: string;
	readonly hostname: string;
	readonly pid: number;
	/** What tells the owner's process from another with its pid (see the file store's process identity). */
	readonly bootId?: string | undefined;
	readonly pidNamespace?: string | undefined;
	readonly processStart?: string | undefined;
	readonly takenAt: string;
	readonly renewedAt: string;
	/** Past this (by the reader's clock) another run may take the lease over. */
	readonly expiresAt: string;
}

export interface LeaseDocument {
	readonly format: typeof LEASE_FORMAT;
	readonly version: 1;
	readonly lease: Lease | null;
	readonly writeId: string;
	/** The job's checkpoint, as `save` received it; `null` before the first save. */
	readonly state: unknown;
	/** From which batch on each run's failures are the ones the state counts (in order). */
	readonly failureBatches: readonly { readonly from: number; readonly owner: string }[];
}

export function emptyDocument(): LeaseDocument {
	return { format: LEASE_FORMAT, version: 1, lease: null, writeId: '', state: null, failureBatches: [] };
}

/** Parses a stored document; anything else is a `CheckpointCorruptError` naming the location. */
export function parseDocument(location: string, body: string): LeaseDocument {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch (error) {
		throw corrupt(location, `is not JSON (${(error as Error).message})`);
	}
	const doc = parsed as Partial<LeaseDocument> | null;
	if (typeof doc !== 'object' || doc === null || doc.format !== LEASE_FORMAT) throw corrupt(location, 'is not a checkpoint of bedrock-paginators');
	if (doc.version !== 1) throw corrupt(location, `has format version ${JSON.stringify(doc.version)}; this version reads version 1`);
	if (doc.lease !== null && (typeof doc.lease !== 'object' || typeof doc.lease?.owner !== 'string' || Number.isNaN(Date.parse(doc.lease?.expiresAt ?? '')))) {
		throw corrupt(location, 'has a damaged lease');
	}
	if (!Array.isArray(doc.failureBatches) || !doc.failureBatches.every((entry) => Number.isSafeInteger(entry?.from) && typeof entry?.owner === 'string')) {
		throw corrupt(location, 'has a damaged list of failure batches');
	}
	return { ...emptyDocument(), ...doc } as LeaseDocument;
}

function corrupt(location: string, why: string): CheckpointCorruptError {
	return new CheckpointCorruptError(location, `The checkpoint ${location} ${why}. It was left as it is; delete it to start over.`);
}

/** Which run's batches count for batch `index`. */
export function batchOwner(owners: LeaseDocument['failureBatches'], index: number): string | undefined {
	let owner: string | undefined;
	for (const entry of owners) if (entry.from <= index) owner = entry.owner;
	return owner;
}
