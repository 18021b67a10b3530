/** Many listings on one client share what they learn of the account's rate limit (it is per account, not per listing). */
import { describe, expect, it } from 'vitest';
import { iterateListCustomModels } from '../../src/index.js';
import { startLocalBedrock } from '../../src/local/index.js';
import { collect } from '../support/scripted-service.js';
import { clientFor } from '../support/local.js';

describe('fifty concurrent listings on one client under one rate limit', () => {
	it('all complete with default options, and together they hold the limit', async () => {
		const rate = 100;
		const local = await startLocalBedrock({ models: 100, seed: 3, faults: { rateLimit: { requestsPerSecond: rate, burst: 10 } } });
		const client = clientFor(local);
		const started = performance.now();
		const results = await Promise.allSettled(
			Array.from({ length: 50 }, () => collect(iterateListCustomModels(client, { sortOrder: 'Ascending' }, { PageSize: 10 }))),
		);
		const seconds = (performance.now() - started) / 1000;
		const failed = results.filter((result) => result.status === 'rejected');
		const pages = local.requestCounts.byStatus[200] ?? 0;
		const throttled = local.requestCounts.byStatus[429] ?? 0;
		console.log(`50 listings, one client, ${rate} requests/s: ${failed.length} failed, ${pages} pages in ${seconds.toFixed(1)} s = ${(pages / seconds / rate).toFixed(2)} of the limit, ${throttled} throttled`);
		expect(failed).toEqual([]);
		for (const result of results) if (result.status === 'fulfilled') expect(result.value).toHaveLength(100);
		expect(pages).toBe(500);
		// Throughput is a benchmark figure (npm run bench: throttling), not asserted here: the machine is shared.
		client.destroy();
		await local.close();
	}, 60_000);
});
