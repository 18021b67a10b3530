import { describe, expect, it } from 'vitest';
import { CheckpointWriteError, type CheckpointState } from '../src/index.js';
import { CONFLICT, leasedCheckpoint, type ObjectShelf, type VersionedDocument } from '../src/stores/lease/index.js';
import { storeError } from '../src/stores/lease/store-errors.js';
import { checkpointStoreContract } from '../src/testing/index.js';

/** A document in memory with conditional writes; `dropAnswers` writes that land but whose answer is lost. */
function memoryDocument() {
	let stored: { body: string; version: string } | undefined;
	let next = 0;
	const faults = { dropAnswers: 0 };
	const document: VersionedDocument = {
		location: 'memory://doc',
		read: async () => stored,
		async create(body) {
			if (stored !== undefined) return CONFLICT;
			stored = { body, version: String(++next) };
			return stored.version;
		},
		async replace(body, version) {
			if (stored?.version !== version) return CONFLICT;
			stored = { body, version: String(++next) };
			if (faults.dropAnswers > 0) {
				faults.dropAnswers--;
				throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
			}
			return stored.version;
		},
		async remove(version) {
			if (stored?.version !== version) return false;
			stored = undefined;
			return true;
		},
	};
	const objects = new Map<string, string>();
	const shelf: ObjectShelf = {
		maxBytes: 300,
		put: async (name, body) => void objects.set(name, body),
		get: async (name) => objects.get(name),
		list: async () => [...objects.keys()],
		remove: async (names) => void names.forEach((name) => objects.delete(name)),
	};
	return { document, shelf, faults, objects };
}

const state = (handled: number) => ({ handled }) as unknown as CheckpointState;

describe('leasedCheckpoint over a document with conditional writes', () => {
	it('keeps the store contract, with failure batches split to fit the shelf', async () => {
		const { document, shelf } = memoryDocument();
		await checkpointStoreContract({ open: () => leasedCheckpoint(document, shelf, { leaseMs: 1_000 }), leaseMs: 1_000 });
	});

	it('keeps the store contract when given only a maker, with the lease time the store says', async () => {
		const { document, shelf } = memoryDocument();
		await checkpointStoreContract(() => leasedCheckpoint(document, shelf, { leaseMs: 1_000 }));
	});

	it('recognises its own write whose answer was lost when the save is tried again, instead of taking it for another run', async () => {
		const { document, shelf, faults } = memoryDocument();
		const store = leasedCheckpoint(document, shelf, { leaseMs: 5_000 });
		const lease = await store.lock(() => {});
		faults.dropAnswers = 1;
		await expect(store.save(state(1))).rejects.toMatchObject({ code: 'ECONNRESET' });
		await store.save(state(1));
		await store.save(state(2));
		expect(await leasedCheckpoint(document, shelf).load()).toEqual(state(2));
		await lease.release();
	});

	it("refuses a run's save once another run changed the document (fenced), naming the checkpoint", async () => {
		const { document, shelf } = memoryDocument();
		const first = leasedCheckpoint(document, shelf, { leaseMs: 5_000 });
		const lease = await first.lock(() => {});
		const stored = await document.read();
		await document.replace(stored?.body ?? '', stored?.version ?? '');
		await expect(first.save(state(1))).rejects.toMatchObject({ name: 'CheckpointLockedError', message: expect.stringMatching(/^Another run owns the checkpoint memory:\/\/doc now/) });
		await lease.release().catch(() => {});
	});

	it('refuses a leaseMs under a second', () => {
		const { document, shelf } = memoryDocument();
		expect(() => leasedCheckpoint(document, shelf, { leaseMs: 999 })).toThrow(/`leaseMs` to be a number of milliseconds from 1000/);
	});
});

describe("a store's errors as checkpoint errors", () => {
	const context = { location: 's3://b/k', task: 'write', service: 's3' } as const;

	it.each([
		['InvalidAccessKeyId', /The credentials are not valid: check the access key/],
		['ExpiredToken', /The credentials have expired: refresh them/],
		['PermanentRedirect', /The bucket is in another region/],
		['NoSuchBucket', /The bucket does not exist/],
	])('%s is a CheckpointWriteError that says what to do', (name, advice) => {
		const error = storeError(Object.assign(new Error('refused'), { name }), context);
		expect(error).toBeInstanceOf(CheckpointWriteError);
		expect(error).toMatchObject({ code: name, location: 's3://b/k', path: 's3://b/k' });
		expect((error as Error).message).toMatch(advice);
		expect((error as Error).message).toMatch(/run again once fixed/);
	});

	it('passes on what a retry can outlast and what the lease reads as an answer', () => {
		for (const error of [
			Object.assign(new Error('slow'), { name: 'SlowDown', $metadata: { httpStatusCode: 503 } }),
			Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
			Object.assign(new Error('precondition'), { name: 'PreconditionFailed' }),
			Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' }),
		]) {
			expect(storeError(error, context)).toBe(error);
		}
	});
});
