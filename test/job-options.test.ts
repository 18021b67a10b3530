import { describe, expect, it } from 'vitest';
import { processCustomModels, type JobProgress, type PageContext, type RetryContext } from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, scriptedService } from './support/scripted-service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const throttle = () => Object.assign(new Error('Slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });

describe('JobOptions: the promises not covered elsewhere', () => {
	it('onProgress: called after each model with a frozen progress, awaited when it returns a promise', async () => {
		const seen: JobProgress[] = [];
		let awaited = 0;
		await processCustomModels(scriptedService(catalogue(5), 2), {}, (m) => {
			if (m.modelName === 'm3') throw new Error('no tag');
		}, {
			checkpoint: memoryCheckpoint(),
			onError: 'continue',
			onProgress: async (progress) => {
				seen.push(progress);
				await sleep(1);
				awaited++;
			},
		});
		expect(awaited).toBe(5);
		expect(seen.map((p) => [p.handled, p.failed, p.inFlight])).toEqual([
			[1, 0, 0],
			[2, 0, 0],
			[3, 1, 0],
			[4, 1, 0],
			[5, 1, 0],
		]);
		expect(seen.every((p) => Object.isFrozen(p) && p.elapsedMs >= 0 && p.pages >= 1)).toBe(true);
	});

	it('onProgress: an error it throws stops the job, which rejects with it, the checkpoint saved up to there', async () => {
		const checkpoint = memoryCheckpoint();
		const failure = new Error('dashboard down');
		const handled: string[] = [];
		const error = await processCustomModels(scriptedService(catalogue(6), 6), {}, (m) => void handled.push(m.modelName ?? ''), {
			checkpoint,
			onProgress: (progress) => {
				if (progress.handled === 3) throw failure;
			},
		}).catch((e: unknown) => e);
		expect(error).toBe(failure);
		expect(handled).toEqual(['m1', 'm2', 'm3']);
		expect(checkpoint.current?.handled).toBe(3);
	});

	it('readAhead 1 (the default): the next page is requested while the first handler works; 0: once the page has started all its models', async () => {
		const counts: number[][] = [];
		for (const readAhead of [1, 0] as const) {
			const service = scriptedService(catalogue(6), 3);
			const requestsWhileHandling: number[] = [];
			await processCustomModels(service, {}, async () => {
				await sleep(2);
				requestsWhileHandling.push(service.requests.length);
			}, { checkpoint: memoryCheckpoint(), readAhead });
			counts.push(requestsWhileHandling);
		}
		expect(counts[0]?.[0]).toBe(2);
		expect(counts[1]?.slice(0, 3)).toEqual([1, 1, 2]);
	});

	it('readAhead never requests a page past MaxItems', async () => {
		const service = scriptedService(catalogue(9), 3);
		await processCustomModels(service, {}, () => sleep(1), { checkpoint: memoryCheckpoint(), pagination: { MaxItems: 3 } });
		expect(service.requests).toHaveLength(1);
	});

	it('onPage and onRetry are called through the job, and retry applies to its pages', async () => {
		const service = scriptedService(catalogue(4), 2, new Map([[2, throttle()]]));
		const pages: PageContext[] = [];
		const retries: RetryContext[] = [];
		const summary = await processCustomModels(service, {}, () => {}, {
			checkpoint: memoryCheckpoint(),
			retry: { minTimeout: 1, maxTimeout: 2 },
			onPage: (context) => void pages.push(context),
			onRetry: (context) => void retries.push(context),
		});
		expect(pages.map((page) => page.pageIndex)).toEqual([0, 1]);
		expect(retries).toHaveLength(1);
		expect(retries[0]).toMatchObject({ pageIndex: 1, attempt: 1, throttled: true });
		expect(summary).toMatchObject({ handled: 4, retries: 1, requests: 3, pages: 2 });
	});

	it('retry: false leaves retries to the client: a throttled page fails the job at once, the checkpoint saved before it', async () => {
		const checkpoint = memoryCheckpoint();
		const service = scriptedService(catalogue(4), 2, new Map([[2, throttle()]]));
		await expect(processCustomModels(service, {}, () => {}, { checkpoint, retry: false, pacing: false })).rejects.toMatchObject({ name: 'ThrottlingException' });
		expect(service.requests).toHaveLength(2);
		expect(checkpoint.current).toMatchObject({ handled: 2, complete: false });
	});

	it('pagination.PageSize is sent as maxResults on every request', async () => {
		const service = scriptedService(catalogue(5), 3);
		await processCustomModels(service, {}, () => {}, { checkpoint: memoryCheckpoint(), pagination: { PageSize: 2 } });
		expect(service.requests.map((request) => request.maxResults)).toEqual([2, 2, 2]);
	});
});
