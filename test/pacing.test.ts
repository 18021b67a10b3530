import { describe, expect, it } from 'vitest';
import { throttleBackoffMs } from '../src/retry/backoff.js';
import { DEFAULT_RETRY } from '../src/retry/options.js';
import { Pacer } from '../src/retry/pacer.js';
import { secondsToRate, simulateSharedLimit } from './support/pacing-sim.js';

/**
 * Drives the pacer against a simulated service on a virtual clock: each request takes `latency` ms and is
 * throttled by a token bucket or at random. No real time passes.
 */
function simulate(options: {
	pages: number;
	latency?: number;
	bucket?: { perSecond: number; burst: number; changeAt?: { page: number; perSecond: number } };
	throttleProbability?: number;
	/** Random throttling only until this many pages are done, the bucket after. */
	randomUntil?: number;
}) {
	const { latency = 10, pages } = options;
	const pacer = new Pacer();
	let now = 0;
	let tokens = options.bucket?.burst ?? 0;
	let refilledAt = 0;
	let perSecond = options.bucket?.perSecond ?? 0;
	let seed = 7;
	const random = () => {
		seed = (seed * 16807) % 2147483647;
		return seed / 2147483647;
	};
	let done = 0;
	let requests = 0;
	let pacedSince: number | undefined;
	let throttles = 0;
	let bucketFrom: number | undefined;
	while (done < pages) {
		if (options.bucket?.changeAt && done === options.bucket.changeAt.page) perSecond = options.bucket.changeAt.perSecond;
		now += pacer.reserve(now);
		const sentAt = now;
		pacer.onSend(now);
		requests++;
		let ok: boolean;
		if (options.bucket && (options.randomUntil === undefined || done >= options.randomUntil)) {
			bucketFrom ??= now;
			tokens = Math.min(options.bucket.burst, tokens + ((now - refilledAt) / 1000) * perSecond);
			refilledAt = now;
			ok = tokens >= 1;
			if (ok) tokens--;
		} else {
			ok = random() >= (options.throttleProbability ?? 0);
		}
		now += latency;
		if (ok) {
			pacer.onSuccess(sentAt, now);
			done++;
			throttles = 0;
		} else {
			pacer.onThrottle(sentAt, now);
			pacedSince ??= now;
			// A throttled page's retry backs off first, as the paginator's do.
			now += throttleBackoffMs(++throttles, DEFAULT_RETRY, random);
		}
	}
	return { seconds: now / 1000, requestsPerPage: requests / pages, interval: pacer.interval, pacedSince, bucketSeconds: (now - (bucketFrom ?? now)) / 1000 };
}

/**
 * Many listings sharing one pacer against a token bucket, on a virtual clock, with the paginator's retry rules:
 * paced retries first once there is a rate, then exponential backoff with full jitter (500 ms, doubling), at
 * most `retries` retries of a page before the listing fails.
 */
function simulateShared(seed: number, options = { listings: 50, pages: 20, perSecond: 200, burst: 20, latency: 6, jitter: 4, retries: 8 }) {
	let state = seed;
	const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
	const events: { at: number; run: () => void }[] = [];
	const at = (time: number, run: () => void) => events.push({ at: time, run });
	const pacer = new Pacer();
	let now = 0;
	let tokens = options.burst;
	let refilledAt = 0;
	let requests = 0;
	let failed = 0;
	for (let listing = 0; listing < options.listings; listing++) {
		let page = 0;
		let attempt = 0;
		const send = () => at(now + pacer.reserve(now), admit);
		const admit = () => {
			const wait = pacer.admit(now);
			if (wait > 0) return at(now + wait, admit);
			const sentAt = now;
			pacer.onSend(now);
			requests++;
			tokens = Math.min(options.burst, tokens + ((now - refilledAt) / 1000) * options.perSecond);
			refilledAt = now;
			const ok = tokens >= 1;
			if (ok) tokens--;
			return at(now + options.latency + random() * options.jitter, () => {
				attempt++;
				if (ok) {
					pacer.onSuccess(sentAt, now);
					attempt = 0;
					if (++page < options.pages) send();
					return;
				}
				pacer.onThrottle(sentAt, now);
				// Throttling has a time budget (ten minutes by default), not a count.
				if (attempt > options.retries && attempt * 2_000 > DEFAULT_RETRY.maxThrottleTime) return void failed++;
				const delay = throttleBackoffMs(attempt, DEFAULT_RETRY, random);
				at(now + delay, send);
			});
		};
		at(random() * 2, send);
	}
	while (events.length > 0) {
		events.sort((a, b) => a.at - b.at);
		const event = events.shift() as { at: number; run: () => void };
		now = event.at;
		event.run();
	}
	return { seconds: now / 1000, requestsPerPage: requests / (options.listings * options.pages), failed };
}

describe('Pacer', () => {
	it('does not delay anything before the first throttle', () => {
		const pacer = new Pacer();
		for (let i = 0; i < 100; i++) {
			expect(pacer.reserve(i)).toBe(0);
			pacer.onSend(i);
			pacer.onSuccess(i);
		}
		expect(simulate({ pages: 200 })).toMatchObject({ seconds: 2, requestsPerPage: 1, pacedSince: undefined });
	});

	it('settles at a token bucket limit: at least 0.9 of its rate, at most 1.5 requests per page (slow limits cost most)', () => {
		for (const perSecond of [5, 20, 50, 80]) {
			const pages = perSecond * 20;
			const run = simulate({ pages, bucket: { perSecond, burst: 5 } });
			expect(pages / run.seconds / perSecond).toBeGreaterThan(0.9);
			expect(run.requestsPerPage).toBeLessThan(perSecond >= 20 ? 1.3 : 1.5);
		}
	});

	it('also with a burst as large as a second of the rate', () => {
		const run = simulate({ pages: 1000, bucket: { perSecond: 50, burst: 50 } });
		expect(1000 / run.seconds / 50).toBeGreaterThan(0.9);
		expect(run.requestsPerPage).toBeLessThan(1.2);
	});

	it('stays close to a limit with no burst at all (one request per interval)', () => {
		const run = simulate({ pages: 300, bucket: { perSecond: 10, burst: 1 } });
		expect(300 / run.seconds / 10).toBeGreaterThan(0.75);
		expect(run.requestsPerPage).toBeLessThan(1.35);
	});

	it('speeds up again when the limit is raised mid-listing', () => {
		const run = simulate({ pages: 2000, bucket: { perSecond: 20, burst: 5, changeAt: { page: 200, perSecond: 80 } } });
		// 200 pages at 20/s, then 1800 at 80/s would take 10 + 22.5 s; allow the climb.
		expect(run.seconds).toBeLessThan(40);
		expect(run.requestsPerPage).toBeLessThan(1.2);
	});

	it('slows down when the limit is lowered mid-listing, without hammering', () => {
		const run = simulate({ pages: 600, bucket: { perSecond: 60, burst: 5, changeAt: { page: 300, perSecond: 30 } } });
		expect(run.requestsPerPage).toBeLessThan(1.3);
	});

	it('finds a limit that falls below the floor of its estimate (a quarter of the first measurement or less)', () => {
		for (const [before, after] of [[80, 20], [80, 15], [90, 20], [100, 10]] as const) {
			const run = simulate({ pages: 300 + after * 30, bucket: { perSecond: before, burst: 5, changeAt: { page: 300, perSecond: after } } });
			expect(run.requestsPerPage).toBeLessThan(1.5);
			expect(run.interval).toBeGreaterThan((1000 / after) * 0.55);
		}
	});

	it('shared by fifty listings under one bucket: none runs out of retries, and they finish close to the limit', () => {
		// 1,000 pages at 200/s: 5 s at the limit. Seeds 95 and 123 once made the pacer drop pacing altogether.
		const runs = [95, 123, ...Array.from({ length: 30 }, (_, i) => i + 1)].map((seed) => simulateShared(seed * 7919));
		expect(runs.filter((run) => run.failed > 0)).toEqual([]);
		expect(Math.max(...runs.map((run) => run.seconds))).toBeLessThan(6.5);
		expect(Math.max(...runs.map((run) => run.requestsPerPage))).toBeLessThan(2.5);
	});

	it('shared by two listings under a bucket with no burst: close to the limit from the start', () => {
		const options = { listings: 2, pages: 300, perSecond: 20, burst: 1, latency: 10, jitter: 2, retries: 8 };
		const runs = Array.from({ length: 20 }, (_, i) => simulateShared((i + 1) * 7919, options));
		expect(runs.filter((run) => run.failed > 0)).toEqual([]);
		expect(Math.max(...runs.map((run) => run.seconds))).toBeLessThan(30 * 1.45);
		expect(Math.max(...runs.map((run) => run.requestsPerPage))).toBeLessThan(1.8);
	});

	it('keeps at least 0.6 of the pace of an unpaced loop when throttling is random rather than by rate', () => {
		for (const probability of [0.1, 0.3]) {
			// Unpaced, every request takes its 10 ms round trip and 1 - p of them succeed.
			const unpaced = (2000 / (1 - probability)) * 0.01;
			const random = simulate({ pages: 2000, throttleProbability: probability });
			expect(unpaced / random.seconds).toBeGreaterThan(0.6);
		}
	});

	it('goes back to pacing when a real rate limit appears after random throttling', () => {
		// 1000 pages under 30% random throttling (the pacer stops pacing), then a 20/s bucket for 1000 more.
		const run = simulate({ pages: 2000, throttleProbability: 0.3, randomUntil: 1000, bucket: { perSecond: 20, burst: 5 } });
		expect(run.interval).toBeGreaterThan(0);
		expect(1000 / run.bucketSeconds / 20).toBeGreaterThan(0.85);
	});
});

describe('Pacers of several processes sharing one limit (virtual clock)', () => {
	// A bucket of 20 requests/s with a burst of 20, and 20% random throttles that cost no token; round trips of 2-4 ms.
	const limit = { perSecond: 20, burst: 20, p: 0.2, latency: 2, jitter: 2 };
	// A hundred seeds, so that the unlucky rounds (the last process left alone, a starved one) are in the sample.
	const seeds = Array.from({ length: 100 }, (_, i) => (i + 1) * 7919);
	const sorted = (values: number[]) => [...values].sort((a, b) => a - b);


	it('three processes: none fails, together close to the limit, and fairly', () => {
		const runs = seeds.map((seed) => simulateSharedLimit({ ...limit, ours: 3, pages: 125, seed }));
		expect(runs.map((run) => run.failed)).toEqual(seeds.map(() => 0));
		// 375 pages at 20/s; the bucket's first burst of 20 is a gift. Half the seeds end within 2% of the limit's time,
		// 95 of 100 within 9%, every one within 12% (the last process left alone must find the whole limit: over 2,000
		// seeds about 1% of rounds still end beyond 1.15x).
		const ratios = sorted(runs.map((run) => run.oursRatio));
		expect(ratios[50]).toBeLessThan(1.02);
		expect(ratios[95]).toBeLessThan(1.09);
		expect(ratios.at(-1)).toBeLessThan(1.12);
		expect(Math.min(...runs.map((run) => run.jain))).toBeGreaterThan(0.89);
	}, 30_000);

	it('three processes beside an unpaced competitor: none of ours fails, the competitor finishes, the limit is used', () => {
		const runs = seeds.map((seed) => simulateSharedLimit({ ...limit, ours: 3, pages: 125, competitor: true, seed }));
		expect(runs.map((run) => run.failed)).toEqual(seeds.map(() => 0));
		expect(runs.every((run) => run.competitor !== undefined)).toBe(true);
		expect(Math.max(...runs.map((run) => run.oursRatio))).toBeLessThan(1.13);
	}, 30_000);

	it('a competitor that gives up at the fifth attempt of a page (the AWS CLI\'s legacy retries) finishes in more than half the rounds beside three of ours', () => {
		const runs = seeds.map((seed) => simulateSharedLimit({ ...limit, ours: 3, pages: 125, competitor: true, competitorGivesUp: true, seed }));
		expect(runs.map((run) => run.failed)).toEqual(seeds.map(() => 0));
		// 45 of these 100 rounds (3 alone under the same limit): ours holding their share costs such a client.
		expect(runs.filter((run) => run.competitorFailed).length).toBeLessThan(50);
	}, 30_000);

	it('ten listings on one client ride out a 5-second storm of throttling, and are back at 0.8 of the limit within 2 s', () => {
		for (const seed of [97, 194, 291]) {
			const run = simulateSharedLimit({ ...limit, p: 0, ours: 1, listingsPerProcess: 10, sharedPacer: true, pages: 100, seed, storm: { from: 5_000, to: 10_000 } });
			expect(run.failed).toBe(0);
			expect(secondsToRate(run.successTimes, 10_000, 16)).toBeLessThanOrEqual(2);
		}
	});

	it('reaches 0.8 of a limit raised from 5 to 50 requests/s within 2 s: a second with no throttle at all speeds the climb', () => {
		for (const seed of [31, 62, 93]) {
			const run = simulateSharedLimit({ ...limit, p: 0, ours: 1, pages: 1200, perSecond: 5, burst: 5, seed, change: { at: 6_000, perSecond: 50, burst: 50 } });
			expect(secondsToRate(run.successTimes, 6_000, 40)).toBeLessThanOrEqual(2);
		}
	});
});
