/**
 * Many listings on one client share what they learn of the account's rate limit (it is per account, not per
 * listing). The endpoint runs in a process of its own, as the service does.
 */
import { describe, expect, it } from 'vitest';
import { iterateListCustomModels } from '../../src/index.js';
import { startEndpointProcess } from '../../bench/support/endpoint-process.js';
import { collect } from '../support/scripted-service.js';

describe('fifty concurrent listings on one client under one rate limit', () => {
	it('all complete with default options', async () => {
		const rate = 100;
		const endpoint = await startEndpointProcess({ models: 100, seed: 3, faults: { rateLimit: { requestsPerSecond: rate, burst: 10 } } });
		const client = endpoint.client();
		try {
			const started = performance.now();
			const results = await Promise.allSettled(Array.from({ length: 50 }, () => collect(iterateListCustomModels(client, { sortOrder: 'Ascending' }, { PageSize: 10 }))));
			const seconds = (performance.now() - started) / 1000;
			const counts = await endpoint.stats();
			const pages = counts.byStatus['200'] ?? 0;
			console.log(`50 listings, one client, ${rate} requests/s: ${results.filter((r) => r.status === 'rejected').length} failed, ${pages} pages in ${seconds.toFixed(1)} s = ${(pages / seconds / rate).toFixed(2)} of the limit, ${counts.byStatus['429'] ?? 0} throttled`);
			expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
			for (const result of results) if (result.status === 'fulfilled') expect(result.value).toHaveLength(100);
			expect(pages).toBe(500);
			// Throughput is a benchmark figure (npm run bench: throttling), not asserted here: the machine is shared.
		} finally {
			await endpoint.stop();
		}
	}, 60_000);
});
