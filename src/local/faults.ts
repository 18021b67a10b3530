/**
 * Fault injection for the local endpoint: random throttling, a token-bucket rate limit, scripted errors
 * and added latency. Everything random is seeded, so a failing run can be replayed.
 */
import { seededRandom, type Random } from './random.js';

/** Errors the endpoint can be told to answer with, by HTTP status. */
export type ScriptedStatus = 400 | 403 | 429 | 500 | 502 | 503 | 504;

export interface ScriptedFault {
	/** Which request (counted from 1 over the endpoint's life, ListCustomModels requests only). */
	request: number;
	/**
	 * An error response with this status; `reset` to drop the connection without a response; `malformed` for
	 * a 200 whose `creationTime` is not RFC 3339 (as moto sends it), which the SDK cannot read.
	 */
	fault: ScriptedStatus | 'reset' | 'malformed';
}

export interface FaultOptions {
	/** Probability in [0, 1] that a request is answered with 429 ThrottlingException, taking no token of `rateLimit`. @default 0 */
	throttleProbability?: number;
	/**
	 * Probability in [0, 1] that a request fails some other way, drawn evenly from 500, 502, 503, 504, a dropped
	 * connection and a body the SDK cannot read. @default 0
	 */
	faultProbability?: number;
	/**
	 * A token bucket: at most `requestsPerSecond` on average, bursts up to `burst` (default: one second's
	 * worth). Requests over it get 429 ThrottlingException and cost no token. @default no limit
	 */
	rateLimit?: { requestsPerSecond: number; burst?: number } | undefined;
	/** Send `Retry-After` (whole seconds) with 429 responses. @default false */
	retryAfterSeconds?: number | undefined;
	/** Errors for given requests. */
	script?: readonly ScriptedFault[];
	/** Milliseconds added before every response, a fixed number or a `[min, max]` range. @default 0 */
	latencyMs?: number | readonly [number, number];
	/** Seed of the throttling and latency draws. @default 1 */
	seed?: number;
}

export type FaultDecision =
	| { kind: 'none' }
	| { kind: 'throttle' }
	| { kind: 'status'; status: ScriptedStatus }
	| { kind: 'reset' }
	| { kind: 'malformed' };

const RANDOM_FAULTS: readonly FaultDecision[] = [
	{ kind: 'status', status: 500 },
	{ kind: 'status', status: 502 },
	{ kind: 'status', status: 503 },
	{ kind: 'status', status: 504 },
	{ kind: 'reset' },
	{ kind: 'malformed' },
];

export class Faults {
	private options: FaultOptions;
	private random: Random;
	private tokens = 0;
	private refilledAt = 0;

	constructor(options: FaultOptions = {}) {
		this.options = validateFaults(options);
		this.random = seededRandom(options.seed ?? 1);
		this.resetBucket();
	}

	/** Replaces the fault settings while the endpoint runs (the rate-limit bucket starts full again). */
	update(options: FaultOptions): void {
		this.options = validateFaults({ ...this.options, ...options });
		if (options.seed !== undefined) this.random = seededRandom(options.seed);
		this.resetBucket();
	}

	get retryAfterSeconds(): number | undefined {
		return this.options.retryAfterSeconds;
	}

	/**
	 * What request number `request` (from 1) gets. Scripted faults come first, then random throttling, then the
	 * rate limit, then random errors: a request refused at random costs the service nothing, so it takes no
	 * token from the bucket (the processes sharing a limit keep all of it).
	 */
	decide(request: number, now = performance.now()): FaultDecision {
		const scripted = this.options.script?.find((entry) => entry.request === request);
		if (scripted !== undefined) {
			if (scripted.fault === 'reset' || scripted.fault === 'malformed') return { kind: scripted.fault };
			return scripted.fault === 429 ? { kind: 'throttle' } : { kind: 'status', status: scripted.fault };
		}
		const probability = this.options.throttleProbability ?? 0;
		if (probability > 0 && this.random() < probability) return { kind: 'throttle' };
		if (!this.takeToken(now)) return { kind: 'throttle' };
		const faultProbability = this.options.faultProbability ?? 0;
		if (faultProbability > 0 && this.random() < faultProbability) {
			const pick = RANDOM_FAULTS[Math.floor(this.random() * RANDOM_FAULTS.length)] as FaultDecision;
			return pick;
		}
		return { kind: 'none' };
	}

	latency(): number {
		const latency = this.options.latencyMs ?? 0;
		if (typeof latency === 'number') return latency;
		const [min, max] = latency;
		return min + this.random() * (max - min);
	}

	private resetBucket(): void {
		const limit = this.options.rateLimit;
		this.tokens = limit === undefined ? 0 : bucketCapacity(limit);
		this.refilledAt = performance.now();
	}

	private takeToken(now: number): boolean {
		const limit = this.options.rateLimit;
		if (limit === undefined) return true;
		this.tokens = Math.min(bucketCapacity(limit), this.tokens + ((now - this.refilledAt) / 1000) * limit.requestsPerSecond);
		this.refilledAt = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}

/** Tokens the bucket holds at most: its burst (a second's worth by default), and never less than one request. */
function bucketCapacity(limit: { requestsPerSecond: number; burst?: number }): number {
	return Math.max(1, limit.burst ?? limit.requestsPerSecond);
}

function validateFaults(options: FaultOptions): FaultOptions {
	for (const name of ['throttleProbability', 'faultProbability'] as const) {
		const p = options[name];
		if (p !== undefined && !(p >= 0 && p <= 1)) throw new RangeError(`Expected \`${name}\` to be a number from 0 to 1, got ${String(p)}.`);
	}
	const limit = options.rateLimit;
	if (limit !== undefined && !(limit.requestsPerSecond > 0 && (limit.burst === undefined || limit.burst >= 1))) {
		throw new RangeError('Expected `rateLimit.requestsPerSecond` > 0 and `rateLimit.burst` >= 1.');
	}
	return options;
}
