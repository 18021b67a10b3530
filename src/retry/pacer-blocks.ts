/**
 * The pacer's view of recent answers in blocks of about a dozen, and the three judgements made on each finished
 * block: did slowing down lower the throttling, does the service serve one rate whatever the pace, and is the
 * throttling now well below the target. A single answer says little; a block compared with the ones before says
 * whether throttling follows the pace (a rate limit) or not (random throttling, or other clients unseen).
 */

/** Answers per block, or fewer (at least MIN_BLOCK) once BLOCK_MS has passed, so that a slow pace still judges. */
const BLOCK = 12;
const MIN_BLOCK = 6;
const BLOCK_MS = 1_000;
/** Margin of the target over a share of throttling that slowing down did not lower. */
export const TARGET_MARGIN = 0.15;
/** A pace this far below the one two blocks before counts as having slowed down. */
const SLOWED = 0.85;
/**
 * Blocks over which a rate limit shows: paces this far apart (highest over lowest) with successes per second this
 * close (highest over lowest) mean the service serves one rate whatever the pace.
 */
const LIMIT_BLOCKS = 6;
const LIMIT_PACE_SPREAD = 1.4;
const LIMIT_SERVED_SPREAD = 1.15;
/** Blocks whose rate of successes is remembered: what the service gave before a storm. */
const SERVED_BLOCKS = 5;
/** Blocks kept to compare a finished one with. */
const COMPARED_BLOCKS = 3;

export interface Block {
	readonly share: number;
	/** Mean pace, in requests per millisecond, the block's requests were asked to go at. */
	readonly pace: number;
	/** Successes per millisecond. */
	readonly served: number;
}

/** Counts answers until a block is full, then hands it out and starts the next. */
export class BlockTally {
	private answers = 0;
	private throttles = 0;
	private paceSum = 0;
	private startedAt = 0;

	/** The block's clock starts at `now` (its counts stay). */
	restartClock(now: number): void {
		this.startedAt = now;
	}

	/** One answer at `now`, asked to go at `pace`: the finished block once this one completes it. */
	add(throttled: boolean, pace: number, now: number): Block | undefined {
		this.answers++;
		if (throttled) this.throttles++;
		this.paceSum += pace;
		if (this.answers < BLOCK && (this.answers < MIN_BLOCK || now - this.startedAt < BLOCK_MS)) return undefined;
		const served = (this.answers - this.throttles) / Math.max(1, now - this.startedAt);
		const finished: Block = { share: this.throttles / this.answers, pace: this.paceSum / this.answers, served };
		this.answers = 0;
		this.throttles = 0;
		this.paceSum = 0;
		this.startedAt = now;
		return finished;
	}
}

/** The finished blocks a judgement looks back on. */
export class BlockHistory {
	/** The last COMPARED_BLOCKS blocks, the newest last. */
	private compared: Block[] = [];
	/** The last LIMIT_BLOCKS blocks, to see a rate limit by. */
	private recent: Block[] = [];
	/** Successes per millisecond of the last blocks that had any. */
	private served: number[] = [];

	/** Whether no block has finished yet: the pacer has not judged anything. */
	get isEmpty(): boolean {
		return this.compared.length === 0;
	}

	/** The most successes per millisecond of the remembered blocks (0 if none). */
	get bestServed(): number {
		return Math.max(0, ...this.served);
	}

	/** Adds `finished`; returns the block two before it, which a slowdown is measured against. */
	push(finished: Block): Block | undefined {
		if (finished.served > 0) this.served = [...this.served.slice(1 - SERVED_BLOCKS), finished.served];
		const earlier = this.compared.at(-2);
		this.compared = [...this.compared.slice(1 - COMPARED_BLOCKS), finished];
		this.recent = [...this.recent.slice(1 - LIMIT_BLOCKS), finished];
		return earlier;
	}

	/**
	 * The target share to move to when slowing down did not lower the throttling: `finished` (the newest) paced
	 * well below `earlier` yet as throttled, and above the target. `undefined` when it did lower it.
	 */
	targetAfterFutileSlowdown(finished: Block, earlier: Block | undefined, target: number, maxTarget: number): number | undefined {
		const previous = this.compared.at(-2);
		if (earlier === undefined || previous === undefined) return undefined;
		if (!(finished.share > target + TARGET_MARGIN / 2 && finished.pace < earlier.pace * SLOWED && finished.share >= earlier.share)) return undefined;
		return Math.min(maxTarget, (finished.share + previous.share) / 2 + TARGET_MARGIN);
	}

	/** Paces far apart and successes per second close together, with some throttling: a rate limit. */
	servesOneRate(): boolean {
		const blocks = this.recent;
		if (blocks.length !== LIMIT_BLOCKS) return false;
		const spread = (values: number[]) => Math.max(...values) / Math.min(...values);
		return blocks.some((block) => block.share > 0) && blocks.every((block) => block.pace > 0) && spread(blocks.map((block) => block.pace)) >= LIMIT_PACE_SPREAD && spread(blocks.map((block) => block.served)) <= LIMIT_SERVED_SPREAD;
	}

	/** The lower target when every compared block was well below `target`; `undefined` otherwise. */
	targetWellBelow(target: number, baseTarget: number): number | undefined {
		const blocks = this.compared;
		if (blocks.length !== COMPARED_BLOCKS || !blocks.every((block) => block.share < target - 1.5 * TARGET_MARGIN)) return undefined;
		return Math.max(baseTarget, blocks.reduce((sum, block) => sum + block.share, 0) / COMPARED_BLOCKS + TARGET_MARGIN);
	}
}
