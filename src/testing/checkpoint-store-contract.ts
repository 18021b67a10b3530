/**
 * The conformance kit for checkpoint stores: checks that a store keeps the promises a resumable job relies on,
 * and throws a `StoreContractError` naming the first one it breaks. A plain async function, so it runs under
 * any test runner (or none):
 *
 * ```ts
 * it('keeps the checkpoint store contract', () => checkpointStoreContract({ open: () => myStore('job-1'), leaseMs: 1_000 }));
 * // or, with the store's own lease time (`store.leaseMs`, 30 s when it has none):
 * it('keeps the checkpoint store contract', () => checkpointStoreContract(() => myStore('job-1')));
 * ```
 */
import type { CheckpointState } from '../jobs/checkpoint-state.js';
import type { CheckpointLease, CheckpointStore, FailureRecord } from '../jobs/checkpoint-store.js';

export interface StoreUnderTest {
	/**
	 * A new handle on one and the same checkpoint at each call, as another run (or machine) would open it. The
	 * checkpoint must be empty at the first call.
	 */
	open(): CheckpointStore;
	/** How long a lock that is no longer renewed takes to expire (the store's lease or stale time), in ms. */
	readonly leaseMs: number;
	/**
	 * Stores something that is not a checkpoint where the checkpoint is kept (for the corrupt-state check);
	 * leave out to skip that check.
	 */
	corrupt?(): Promise<void>;
	/**
	 * Leaves a held lock as a killed run would (no more renewals, not released). Defaults to the lease's own
	 * `abandon()`; the expiry and fencing checks are skipped when there is neither.
	 */
	abandon?(lease: CheckpointLease): void;
}

/** The first promise a store broke. */
export class StoreContractError extends Error {
	override name = 'StoreContractError';
}

export async function checkpointStoreContract(store: StoreUnderTest | (() => CheckpointStore), options: Partial<Omit<StoreUnderTest, 'open'>> = {}): Promise<void> {
	const subject = typeof store === 'function' ? fromMaker(store, options) : store;
	const first = subject.open();
	expect(await first.load(), undefined, 'load() returns undefined before anything was saved');
	await checkSaves(subject, first);
	if (first.lock !== undefined) await checkLocks(subject);
	if (first.failureLog !== undefined) await checkFailureLog(subject);
	if (subject.corrupt !== undefined) {
		await subject.corrupt();
		const error = await subject.open().load().then(() => undefined, (caught: unknown) => caught);
		expect(nameOf(error), 'CheckpointCorruptError', 'load() of something that is not a checkpoint rejects with a CheckpointCorruptError');
	}
}

/** A subject from a store maker: the lease time from the options, else the store's own `leaseMs`, else 30 s. */
function fromMaker(open: () => CheckpointStore, options: Partial<Omit<StoreUnderTest, 'open'>>): StoreUnderTest {
	const own = (open() as { leaseMs?: unknown }).leaseMs;
	return { ...options, open, leaseMs: options.leaseMs ?? (typeof own === 'number' ? own : 30_000) };
}

async function checkSaves(subject: StoreUnderTest, store: CheckpointStore): Promise<void> {
	const lease = await store.lock?.(() => {});
	try {
		const one = sampleState(1);
		await store.save(one);
		expect(await store.load(), one, 'load() returns exactly what save() was given');
		const two = sampleState(2);
		await store.save(two);
		expect(await subject.open().load(), two, 'a save replaces the state, and another handle sees it');
		await store.save(two);
		expect(await subject.open().load(), two, 'saving the same state twice (a retried save) keeps it');
	} finally {
		await lease?.release();
	}
}

async function checkLocks(subject: StoreUnderTest): Promise<void> {
	const [a, b] = [subject.open(), subject.open()];
	const held = await lock(a);
	const refused = await lock(b).then((lease) => lease, (caught: unknown) => caught);
	expect(nameOf(refused), 'CheckpointLockedError', 'a second lock() while the first is held rejects with a CheckpointLockedError');
	await held.release();
	const after = await lock(b);
	await after.release();

	const abandon = subject.abandon ?? ((lease: CheckpointLease) => lease.abandon?.());
	const dying = await lock(a);
	const probe = dying.abandon !== undefined || subject.abandon !== undefined;
	if (!probe) return dying.release();
	abandon(dying);
	const deadline = Date.now() + subject.leaseMs * 3 + 5_000;
	let taken: CheckpointLease | undefined;
	while (taken === undefined) {
		taken = await lock(b).catch((error: unknown) => {
			if (nameOf(error) !== 'CheckpointLockedError' || Date.now() > deadline) throw new StoreContractError(`A lock not renewed was not taken over within three lease times: ${String(error)}`);
			return undefined;
		});
		if (taken === undefined) await new Promise((resolve) => setTimeout(resolve, Math.min(200, subject.leaseMs / 4)));
	}
	const fenced = await a.save(sampleState(3)).then(() => undefined, (caught: unknown) => caught);
	expect(nameOf(fenced), 'CheckpointLockedError', 'a run whose lock was taken over has its next save refused with a CheckpointLockedError');
	const mine = sampleState(4);
	await b.save(mine);
	expect(await subject.open().load(), mine, "the run that took over saves, and the stale run's save left no trace");
	await taken.release();
}

async function checkFailureLog(subject: StoreUnderTest): Promise<void> {
	const store = subject.open();
	const log = store.failureLog;
	if (log === undefined) return;
	const lease = await store.lock?.(() => {});
	try {
		await log.load(0);
		const batches = [[failure('a')], [failure('b'), failure('c')], [failure('d')]];
		for (const [index, batch] of batches.entries()) await log.append(index, batch);
		expect(await log.load(2), [...(batches[0] ?? []), ...(batches[1] ?? [])], 'load(count) returns the first `count` batches, in order');
		await log.append(2, [failure('e')]);
		expect(await log.load(3), [...(batches[0] ?? []), ...(batches[1] ?? []), failure('e')], 'a batch past `count` is removed by load(count), so the next append takes its place');
		await log.clear();
		expect(await log.load(0), [], 'clear() removes every batch');
	} finally {
		await lease?.release();
	}
}

async function lock(store: CheckpointStore): Promise<CheckpointLease> {
	return (store.lock as NonNullable<CheckpointStore['lock']>).call(store, () => {});
}

function expect(actual: unknown, expected: unknown, promise: string): void {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new StoreContractError(`Broken promise: ${promise}. Expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}.`);
}

const nameOf = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined);

const failure = (id: string): FailureRecord => ({ kind: 'failed', id, attempts: 1, at: '2026-01-01T00:00:00.000Z', item: { id }, error: { name: 'Error', message: `${id} failed` } });

/** A checkpoint as a job saves it, told apart by `n`. */
function sampleState(n: number): CheckpointState {
	return {
		format: 'bedrock-paginators/checkpoint',
		version: 2,
		jobId: 'conformance',
		operation: 'ListCustomModels',
		query: { input: { sortBy: 'CreationTime', sortOrder: 'Ascending' }, pageSize: null },
		service: { region: 'us-east-1', endpoint: null, account: '123456789012', arnRegion: 'us-east-1' },
		resumeBy: 'anchor',
		complete: false,
		NextToken: null,
		anchor: null,
		untimedIds: [],
		doneAhead: [],
		doneAheadIds: [],
		handled: n,
		failures: { recorded: 0, open: 0, batches: 0, records: [] },
		runs: n,
		updatedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
	};
}
