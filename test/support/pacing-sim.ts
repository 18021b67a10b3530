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

export interface SharedLimitOptions { ours: number; pages: number; competitor?: boolean; perSecond: number; burst: number; p: number; latency: number; jitter: number; seed: number; change?: { at: number; perSecond: number; burst: number }; sharedPacer?: boolean; listingsPerProcess?: number }
export function simulateSharedLimit(o: SharedLimitOptions) {
	let state = o.seed;
	const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
	const events: { at: number; seq: number; run: () => void }[] = [];
	let seq = 0;
	const at = (time: number, run: () => void) => events.push({ at: time, seq: seq++, run });
	let now = 0;
	let L = o.perSecond, B = o.burst;
	let tokens = B, refilledAt = 0;
	const successTimes: number[] = [];
	let requests = 0;
	const serve = (): boolean => {
		requests++;
		if (random() < o.p) return false;
		tokens = Math.min(B, tokens + ((now - refilledAt) / 1000) * L);
		refilledAt = now;
		if (tokens < 1) return false;
		tokens--;
		successTimes.push(now);
		return true;
	};
	if (o.change) at(o.change.at, () => { tokens = Math.min(B, tokens + ((now - refilledAt) / 1000) * L); refilledAt = now; L = o.change!.perSecond; B = o.change!.burst; });
	const ends: number[] = []; let failed = 0; let ourRequests = 0;
	const shared = new Pacer();
	for (let c = 0; c < o.ours; c++) {
		const pacer = o.sharedPacer ? shared : new Pacer();
		for (let l = 0; l < (o.listingsPerProcess ?? 1); l++) {
		let page = 0, throttles = 0, throttledSince: number | undefined;
		const send = () => at(now + pacer.reserve(now), admit);
		const admit = (): void => {
			const wait = pacer.admit(now);
			if (wait > 0) return void at(now + wait, admit);
			const sentAt = now; pacer.onSend(now); ourRequests++;
			const ok = serve();
			at(now + o.latency + random() * o.jitter, () => {
				if (ok) { pacer.onSuccess(sentAt, now); throttles = 0; throttledSince = undefined; if (++page < o.pages) send(); else ends.push(now); return; }
				pacer.onThrottle(sentAt, now);
				throttledSince ??= now;
				const delay = throttleBackoffMs(++throttles, DEFAULT_RETRY, random);
				if (now + delay - throttledSince > DEFAULT_RETRY.maxThrottleTime) { failed++; ends.push(now); return; }
				if (delay > 0) pacer.onBackoff(delay);
				at(now + delay, send);
			});
		};
		at(random() * 5, send);
		}
	}
	let competitorEnd: number | undefined; let competitorFailures = 0;
	if (o.competitor) {
		let page = 0, attempt = 0;
		const send = (): void => {
			const ok = serve();
			at(now + o.latency + random() * o.jitter, () => {
				if (ok) { attempt = 0; if (++page < o.pages) send(); else competitorEnd = now; return; }
				attempt++;
				if (attempt >= 3) { competitorFailures++; attempt = 0; return send(); }
				at(now + Math.min(20_000, random() * 2 ** attempt * 500), send);
			});
		};
		at(0, send);
	}
	while (events.length > 0) {
		events.sort((a, b) => a.at - b.at || a.seq - b.seq);
		const e = events.shift()!; now = e.at; e.run();
		if (now > 900_000) break;
	}
	const end = Math.max(...ends, competitorEnd ?? 0);
	const ourPages = o.ours * (o.listingsPerProcess ?? 1) * o.pages;
	const totalPages = ourPages + (o.competitor ? o.pages : 0);
	const ideal = Math.max(0, (totalPages - o.burst) / o.perSecond);
	const x = ends; const jain = x.reduce((a, b) => a + b, 0) ** 2 / (x.length * x.reduce((a, b) => a + b * b, 0));
	const oursEnd = Math.max(...ends); const pagesByThen = successTimes.filter((t) => t <= oursEnd).length;
	const oursRatio = +(oursEnd / 1000 / ((pagesByThen - o.burst) / o.perSecond)).toFixed(3);
	return { oursRatio, seconds: +(end / 1000).toFixed(2), ratio: +(end / 1000 / (totalPages / o.perSecond)).toFixed(3), failed, jain: +jain.toFixed(3), reqPerPage: +(ourRequests / ourPages).toFixed(2), competitor: competitorEnd === undefined ? undefined : +(competitorEnd / 1000).toFixed(1), competitorFailures, successTimes };
}
/** Seconds from `from` until the successes over the last second reach `rate`. */
export function secondsToRate(successTimes: number[], from: number, rate: number) {
	for (let t = from; t < from + 20000; t += 50) { const n = successTimes.filter((s) => s > t - 1000 && s <= t).length; if (n >= rate) return (t - from) / 1000; }
	return Infinity;
}
