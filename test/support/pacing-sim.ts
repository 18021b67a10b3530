/**
 * Processes of ours, each with its own pacer (or listings sharing one), and optionally one unpaced competitor (the
 * SDK's standard retries: three attempts, throttling backoff from 500 ms, then asked again), against one token
 * bucket that also throttles at random (a random refusal costs no token), on a virtual clock: no real time passes.
 * Our retries follow the paginator's rules: a throttled page backs off on the throttled schedule, within the
 * default time budget.
 */
import { throttleBackoffMs } from '../../src/retry/backoff.js';
import { DEFAULT_RETRY } from '../../src/retry/options.js';
import { Pacer } from '../../src/retry/pacer.js';

export interface SharedLimitOptions {
	/** Processes of ours, each listing `pages` pages (times `listingsPerProcess`). */
	ours: number;
	pages: number;
	listingsPerProcess?: number;
	/** All listings share one pacer (one client) instead of one per process. */
	sharedPacer?: boolean;
	/** One unpaced competitor listing `pages` pages beside ours. */
	competitor?: boolean;
	/** The competitor fails at the 5th attempt of a page, as the AWS CLI's legacy retries do, instead of asking again. */
	competitorGivesUp?: boolean;
	/** The bucket: requests per second and burst; `p` the share of requests throttled at random. */
	perSecond: number;
	burst: number;
	p: number;
	/** Round trip: `latency` plus up to `jitter` milliseconds. */
	latency: number;
	jitter: number;
	seed: number;
	/** Every request is throttled from `from` to `to` (ms): a storm. */
	storm?: { from: number; to: number };
	/** The bucket's rate and burst change at `at` (ms). */
	change?: { at: number; perSecond: number; burst: number };
}

export interface SharedLimitResult {
	/** When the last of ours ended, over the time the pages served by then take at the limit (its burst a gift). */
	oursRatio: number;
	/** Jain's fairness index of our completion times. */
	jain: number;
	/** Listings of ours that failed (a page throttled past the time budget). */
	failed: number;
	requestsPerPage: number;
	/** When the competitor finished (seconds), if it did. */
	competitor: number | undefined;
	/** Whether the competitor gave up (`competitorGivesUp`). */
	competitorFailed: boolean;
	/** Virtual times (ms) of every success. */
	successTimes: number[];
}

export function simulateSharedLimit(options: SharedLimitOptions): SharedLimitResult {
	let state = options.seed;
	const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
	const events: { at: number; order: number; run: () => void }[] = [];
	let order = 0;
	const at = (time: number, run: () => void) => events.push({ at: time, order: order++, run });
	let now = 0;

	let { perSecond, burst } = options;
	let tokens = burst;
	let refilledAt = 0;
	const refill = () => {
		tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * perSecond);
		refilledAt = now;
	};
	const successTimes: number[] = [];
	const serve = (): boolean => {
		if (random() < options.p) return false;
		if (options.storm !== undefined && now >= options.storm.from && now < options.storm.to) return false;
		refill();
		if (tokens < 1) return false;
		tokens--;
		successTimes.push(now);
		return true;
	};
	const change = options.change;
	if (change !== undefined) {
		at(change.at, () => {
			refill();
			({ perSecond, burst } = change);
		});
	}

	const ends: number[] = [];
	let failed = 0;
	let ourRequests = 0;
	const shared = new Pacer();
	for (let process = 0; process < options.ours; process++) {
		const pacer = options.sharedPacer ? shared : new Pacer();
		for (let listing = 0; listing < (options.listingsPerProcess ?? 1); listing++) {
			let page = 0;
			let throttles = 0;
			let throttledSince: number | undefined;
			const send = () => at(now + pacer.reserve(now), admit);
			const admit = (): void => {
				const wait = pacer.admit(now);
				if (wait > 0) return void at(now + wait, admit);
				const sentAt = now;
				pacer.onSend(now);
				ourRequests++;
				const ok = serve();
				at(now + options.latency + random() * options.jitter, () => {
					if (ok) {
						pacer.onSuccess(sentAt, now);
						throttles = 0;
						throttledSince = undefined;
						if (++page < options.pages) send();
						else ends.push(now);
						return;
					}
					pacer.onThrottle(sentAt, now);
					throttledSince ??= now;
					const delay = throttleBackoffMs(++throttles, DEFAULT_RETRY, random);
					if (now + delay - throttledSince > DEFAULT_RETRY.maxThrottleTime) {
						failed++;
						ends.push(now);
						return;
					}
					at(now + delay, send);
				});
			};
			at(random() * 5, send);
		}
	}

	let competitorEnd: number | undefined;
	let competitorFailed = false;
	if (options.competitor) {
		let page = 0;
		let attempt = 0;
		const send = (): void => {
			const ok = serve();
			at(now + options.latency + random() * options.jitter, () => {
				if (ok) {
					attempt = 0;
					if (++page < options.pages) send();
					else competitorEnd = now;
					return;
				}
				attempt++;
				if (options.competitorGivesUp && attempt >= 5) return void (competitorFailed = true);
				// The SDK gives up after three attempts; the loop asks again at once.
				if (!options.competitorGivesUp && attempt >= 3) {
					attempt = 0;
					return send();
				}
				at(now + Math.min(20_000, random() * 2 ** attempt * 500), send);
			});
		};
		at(0, send);
	}

	while (events.length > 0) {
		events.sort((a, b) => a.at - b.at || a.order - b.order);
		const event = events.shift() as (typeof events)[number];
		now = event.at;
		event.run();
	}

	const oursEnd = Math.max(...ends);
	const servedByThen = successTimes.filter((time) => time <= oursEnd).length;
	const sum = ends.reduce((a, b) => a + b, 0);
	return {
		oursRatio: oursEnd / 1000 / ((servedByThen - options.burst) / options.perSecond),
		jain: sum ** 2 / (ends.length * ends.reduce((a, b) => a + b * b, 0)),
		failed,
		requestsPerPage: ourRequests / (options.ours * (options.listingsPerProcess ?? 1) * options.pages),
		competitor: competitorEnd === undefined ? undefined : competitorEnd / 1000,
		competitorFailed,
		successTimes,
	};
}

/** Seconds from `from` until the successes over the last second reach `rate`. */
export function secondsToRate(successTimes: readonly number[], from: number, rate: number): number {
	for (let t = from; t < from + 20_000; t += 50) {
		if (successTimes.filter((time) => time > t - 1_000 && time <= t).length >= rate) return (t - from) / 1_000;
	}
	return Number.POSITIVE_INFINITY;
}
