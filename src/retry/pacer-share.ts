/**
 * The pacer's moving share of throttled answers. Each answer weighs at least SHARE_WEIGHT, and more the longer
 * it came after the one before: a slow pace gets few answers, and a share that moved only per answer would
 * remember for many seconds the throttling of a crowd that has since gone (the last process left paces at its
 * old small share, cutting at every random throttle). So the share covers about the last 24 answers, or the last
 * SHARE_SPAN_MS when answers come slower than that.
 */
import { MOST_SHARE_WEIGHT, SHARE_SPAN_MS, SHARE_WEIGHT } from './pacer-law.js';

export class ThrottleShare {
	/** Share of throttled answers, from 0 to 1. */
	value = 0;
	private answeredAt = Number.NEGATIVE_INFINITY;

	/** Starts from `value` at `now`. */
	reset(value: number, now: number): void {
		this.value = value;
		this.answeredAt = now;
	}

	/** One answer at `now`. */
	add(throttled: boolean, now: number): void {
		const weight = Math.min(MOST_SHARE_WEIGHT, Math.max(SHARE_WEIGHT, (now - this.answeredAt) / SHARE_SPAN_MS));
		this.answeredAt = now;
		this.value += ((throttled ? 1 : 0) - this.value) * weight;
	}
}
