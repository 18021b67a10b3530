/**
 * The further clients' resumable jobs over a scripted `send()`: an anchored one (ListAsyncInvokes, sorted by
 * submission time, items with a stable ARN) and count-based ones (Retrieve, with no page size; ListAgentAliases,
 * with a path parameter), each run in chunks of MaxItems until the listing is done, every item handled once.
 */
import { describe, expect, it } from 'vitest';
import { processAgentAliases } from '../src/clients/agent/index.js';
import { processRetrieve } from '../src/clients/agent-runtime/index.js';
import { processAsyncInvokes } from '../src/clients/runtime/index.js';
import type { JobSummary } from '../src/index.js';
import { familyService } from './support/family-service.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';

/** Runs `job` until a run finds the listing complete; returns each run's (handled, stoppedBy). */
async function runToCompletion(job: () => Promise<JobSummary>): Promise<[number, string][]> {
	const runs: [number, string][] = [];
	for (let run = 0; run < 10; run++) {
		const summary = await job();
		runs.push([summary.handled, summary.stoppedBy]);
		if (summary.stoppedBy === 'alreadyComplete') break;
	}
	return runs;
}

describe('family jobs', () => {
	it('processAsyncInvokes: anchored, sends the submission-time order it relies on, handles each item once', async () => {
		const items = Array.from({ length: 7 }, (_, i) => ({
			invocationArn: `arn:aws:bedrock:us-east-1:123456789012:async-invoke/i${i + 1}`,
			modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:0',
			submitTime: new Date(Date.UTC(2025, 0, 1) + i * 1000),
			outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://bucket/out' } },
		}));
		const service = familyService(items, { resultKey: 'asyncInvokeSummaries', limitKey: 'maxResults' });
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		const runs = await runToCompletion(() =>
			processAsyncInvokes(service, { statusEquals: 'Completed' }, (item) => void handled.push(item.invocationArn?.split('/').pop() ?? '?'), { checkpoint, pagination: { MaxItems: 3, PageSize: 3 } }),
		);
		expect(handled).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7']);
		expect(runs).toEqual([[3, 'MaxItems'], [3, 'MaxItems'], [1, 'complete'], [0, 'alreadyComplete']]);
		expect(service.requests[0]).toMatchObject({ statusEquals: 'Completed', sortBy: 'SubmissionTime', sortOrder: 'Ascending' });
		expect(checkpoint.saves.some((state) => JSON.stringify(state).includes('async-invoke/i3'))).toBe(true);
	});

	it('processRetrieve: by count, without a page size, every passage once', async () => {
		const items = Array.from({ length: 5 }, (_, i) => ({ content: { text: `passage ${i + 1}` } }));
		const service = familyService(items, { resultKey: 'retrievalResults', servicePageSize: 2 });
		const checkpoint = memoryCheckpoint();
		const handled: string[] = [];
		const input = { knowledgeBaseId: 'KB12345678', retrievalQuery: { text: 'q' } };
		const runs = await runToCompletion(() => processRetrieve(service, input, (item) => void handled.push(item.content?.text ?? '?'), { checkpoint, pagination: { MaxItems: 2 } }));
		expect(handled).toEqual(['passage 1', 'passage 2', 'passage 3', 'passage 4', 'passage 5']);
		expect(runs.at(-1)).toEqual([0, 'alreadyComplete']);
		expect(service.requests.every((request) => request['knowledgeBaseId'] === 'KB12345678' && !('maxResults' in request))).toBe(true);
	});

	it('processAgentAliases: the path parameter is required before any request', async () => {
		const service = familyService([], { resultKey: 'agentAliasSummaries', limitKey: 'maxResults' });
		await expect(processAgentAliases(service, {} as never, () => {}, { checkpoint: memoryCheckpoint() })).rejects.toThrow(/Missing required parameter in ListAgentAliases input: `agentId`/);
		expect(service.requests).toHaveLength(0);
	});
});
