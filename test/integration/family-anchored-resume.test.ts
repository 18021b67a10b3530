/**
 * ListIngestionJobs' jobs resume by anchor over the local endpoint: the listing sorts by start time through the
 * nested `sortBy: { attribute, order }`, which the job sends on every request, and a stopped job continues after
 * the last job it handled even when ingestion jobs are deleted and started between the runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { processIngestionJobs } from '../../src/clients/agent/index.js';
import { isAbortError, type SendClient } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { familyClient, familyCommand } from '../support/family.js';
import { memoryCheckpoint } from '../support/memory-checkpoint.js';

const KEY = 'bedrock-agent:ListIngestionJobs';
let local: LocalBedrock | undefined;
afterEach(async () => {
	await local?.close();
	local = undefined;
});

/** The agent client, recording the input of every request it sends. */
function recordingClient(endpoint: LocalBedrock): { client: SendClient; inputs: Record<string, unknown>[]; destroy(): void } {
	const sdk = familyClient(endpoint, 'bedrock-agent');
	const inputs: Record<string, unknown>[] = [];
	const client: SendClient = {
		send: (command: unknown, options?: unknown) => {
			inputs.push({ ...(command as { input: Record<string, unknown> }).input });
			return (sdk.send as (command: unknown, options?: unknown) => Promise<Record<string, unknown>>)(command, options);
		},
	} as SendClient;
	return { client, inputs, destroy: () => sdk.destroy() };
}

const idsOf = (items: readonly Record<string, unknown>[]) => items.map((item) => item['ingestionJobId'] as string);

describe('processIngestionJobs: anchored resume on the start time', () => {
	it('stopped mid-page, then jobs deleted and started: the rerun handles every job that is left once, nothing lost or repeated', async () => {
		local = await startLocalBedrock({ seed: 7, items: { [KEY]: 10 } });
		const scope = local.pathParameters(KEY) as { knowledgeBaseId: string; dataSourceId: string };
		const ids = idsOf(local.items(KEY));
		const { client, inputs, destroy } = recordingClient(local);
		const checkpoint = memoryCheckpoint();
		const controller = new AbortController();
		const handled: string[] = [];
		try {
			const stopped = await processIngestionJobs(client, scope, (job) => {
				handled.push(job.ingestionJobId ?? '?');
				if (handled.length === 6) controller.abort(new Error('deploy'));
			}, { checkpoint, signal: controller.signal, pagination: { PageSize: 4 } }).catch((error: unknown) => error);
			expect(isAbortError(stopped)).toBe(true);
			expect(handled).toEqual(ids.slice(0, 6));

			// A handled job on the anchor's page and a job not yet handled go; two jobs start (the newest).
			local.deleteItem(KEY, ids[4] as string);
			local.deleteItem(KEY, ids[7] as string);
			local.addItem(KEY, { ingestionJobId: 'NEWJOB0001' });
			local.addItem(KEY, { ingestionJobId: 'NEWJOB0002' });

			const summary = await processIngestionJobs(client, scope, (job) => void handled.push(job.ingestionJobId ?? '?'), { checkpoint, pagination: { PageSize: 4 } });
			expect(summary).toMatchObject({ resumed: true, complete: true, stoppedBy: 'complete', handled: 5 });
			// A resume by count (the token's count into the page) would pass over ids[6] here.
			expect(handled.slice(6)).toEqual([ids[6], ids[8], ids[9], 'NEWJOB0001', 'NEWJOB0002']);
			expect(new Set(handled).size).toBe(handled.length);
			expect(checkpoint.current).toMatchObject({ resumeBy: 'anchor' });
			expect(inputs.length).toBeGreaterThan(3);
			for (const input of inputs) expect(input['sortBy']).toEqual({ attribute: 'STARTED_AT', order: 'ASCENDING' });
		} finally {
			destroy();
		}
	});

	it("keeps the caller's DESCENDING order: newest first, and resumes after the anchor in that order", async () => {
		local = await startLocalBedrock({ seed: 8, items: { [KEY]: 9 } });
		const scope = local.pathParameters(KEY) as { knowledgeBaseId: string; dataSourceId: string };
		const newestFirst = idsOf(local.items(KEY)).reverse();
		const { client, inputs, destroy } = recordingClient(local);
		const checkpoint = memoryCheckpoint();
		const input = { ...scope, sortBy: { attribute: 'STARTED_AT', order: 'DESCENDING' } } as const;
		const handled: string[] = [];
		try {
			const first = await processIngestionJobs(client, input, (job) => void handled.push(job.ingestionJobId ?? '?'), { checkpoint, pagination: { PageSize: 3, MaxItems: 4 } });
			expect(first.stoppedBy).toBe('MaxItems');
			local.deleteItem(KEY, newestFirst[2] as string);
			await processIngestionJobs(client, input, (job) => void handled.push(job.ingestionJobId ?? '?'), { checkpoint, pagination: { PageSize: 3 } });
			expect(handled).toEqual(newestFirst);
			for (const sent of inputs) expect(sent['sortBy']).toEqual({ attribute: 'STARTED_AT', order: 'DESCENDING' });
		} finally {
			destroy();
		}
	});

	it('a listing sorted by STATUS is in no time order: the job resumes by count', async () => {
		local = await startLocalBedrock({ seed: 9, items: { [KEY]: 5 } });
		const scope = local.pathParameters(KEY) as { knowledgeBaseId: string; dataSourceId: string };
		const { client, destroy } = recordingClient(local);
		const checkpoint = memoryCheckpoint();
		try {
			await processIngestionJobs(client, { ...scope, sortBy: { attribute: 'STATUS', order: 'ASCENDING' } }, () => {}, { checkpoint, pagination: { MaxItems: 2 } });
			expect(checkpoint.current).toMatchObject({ resumeBy: 'count' });
		} finally {
			destroy();
		}
	});
});

describe('local endpoint: ListIngestionJobs sorts by its nested sortBy', () => {
	it('lists by start time in the order asked (oldest first without sortBy), and refuses a sortBy the service refuses', async () => {
		local = await startLocalBedrock({ seed: 10, items: { [KEY]: 6 } });
		const scope = local.pathParameters(KEY);
		const oldestFirst = idsOf(local.items(KEY));
		const client = familyClient(local, 'bedrock-agent');
		const list = async (sortBy?: Record<string, unknown>) =>
			idsOf((await client.send(familyCommand('bedrock-agent', 'ListIngestionJobs', { ...scope, ...(sortBy === undefined ? {} : { sortBy }) })))['ingestionJobSummaries'] as Record<string, unknown>[]);
		try {
			expect(await list()).toEqual(oldestFirst);
			expect(await list({ attribute: 'STARTED_AT', order: 'ASCENDING' })).toEqual(oldestFirst);
			expect(await list({ attribute: 'STARTED_AT', order: 'DESCENDING' })).toEqual([...oldestFirst].reverse());
			const refused = await list({ attribute: 'CREATED_AT', order: 'UPWARDS' }).then(() => undefined, (error: Error) => error);
			expect(refused?.name).toBe('ValidationException');
			expect(refused?.message).toBe(
				"2 validation errors detected: Value 'CREATED_AT' at 'sortBy.attribute' failed to satisfy constraint: Member must satisfy enum value set: [STATUS, STARTED_AT]; " +
					"Value 'UPWARDS' at 'sortBy.order' failed to satisfy constraint: Member must satisfy enum value set: [ASCENDING, DESCENDING]",
			);
		} finally {
			client.destroy();
		}
	});
});
