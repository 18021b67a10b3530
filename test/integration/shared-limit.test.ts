/**
 * Processes sharing one rate limit (issue "throttling shared with other processes"): separate processes of ours,
 * which know nothing of each other, list under one endpoint's token bucket with random throttling on top, alone
 * and beside an unpaced competitor. Every one must list every model exactly once. The endpoint and each lister
 * run in processes of their own; throughput and fairness are benchmark figures (npm run bench -- --only
 * shared-limit), printed here but not asserted: the machine is shared.
 */
import { describe, expect, it } from 'vitest';
import { startEndpointProcess } from '../../bench/support/endpoint-process.js';
import { jain, runListers, type Lister, type ListerOutcome } from '../../bench/support/listers.js';
import { generateCatalogue } from '../../src/local/index.js';

const MODELS = 800;
const SEED = 11;
const FAULTS = { rateLimit: { requestsPerSecond: 20, burst: 20 }, throttleProbability: 0.2, seed: SEED };
const OURS: Lister = { mode: 'ours', arns: true };
const catalogue = generateCatalogue({ count: MODELS, seed: SEED }).map((model) => model.modelArn).sort();

async function listTogether(listers: readonly Lister[]) {
	const endpoint = await startEndpointProcess({ models: MODELS, seed: SEED, faults: FAULTS });
	try {
		const outcomes = await runListers(endpoint.endpoint, listers);
		const stats = await endpoint.stats();
		const ours = outcomes.filter((outcome) => outcome.mode === 'ours');
		const seconds = (Math.max(...outcomes.map((o) => o.startedAt + o.seconds * 1000)) - Math.min(...outcomes.map((o) => o.startedAt))) / 1000;
		console.log(
			`${outcomes.map((o) => `${o.mode}: ${o.pages} pages, ${o.requests} requests, ${o.seconds.toFixed(1)} s${o.failed ? ` (failed: ${o.error ?? ''})` : ''}`).join('; ')}` +
				` | ${stats.byStatus['200'] ?? 0} pages in ${seconds.toFixed(1)} s (ideal ${((stats.byStatus['200'] ?? 0) / 20).toFixed(1)} s), Jain of ours ${jain(ours.map((o) => o.seconds)).toFixed(3)}`,
		);
		return outcomes;
	} finally {
		await endpoint.stop();
	}
}

const summary = (outcome: ListerOutcome) => ({ mode: outcome.mode, failed: outcome.failed, error: outcome.error, capped: outcome.capped });
const listedOnce = (outcome: ListerOutcome) => expect([...(outcome.arns ?? [])].sort()).toEqual(catalogue);

// The two cases, each with its own endpoint and limit, run at once: they mostly wait on their limits.
describe.concurrent('processes of ours sharing one rate limit (20 requests/s, 20% more throttled at random)', () => {
	it('three at once all list every model exactly once, none failing', async () => {
		const outcomes = await listTogether([OURS, OURS, OURS]);
		expect(outcomes.map(summary)).toEqual(Array.from({ length: 3 }, () => ({ mode: 'ours', failed: false, error: undefined, capped: false })));
		for (const outcome of outcomes) listedOnce(outcome);
	}, 90_000);

	it('beside an unpaced competitor (the SDK standard retries, asking again), ours do not fail and the competitor completes', async () => {
		const outcomes = await listTogether([OURS, OURS, OURS, { mode: 'unpaced', arns: true, seconds: 80 }]);
		expect(outcomes.map(summary)).toEqual([
			...Array.from({ length: 3 }, () => ({ mode: 'ours', failed: false, error: undefined, capped: false })),
			{ mode: 'unpaced', failed: false, error: undefined, capped: false },
		]);
		for (const outcome of outcomes) listedOnce(outcome);
	}, 90_000);
});
