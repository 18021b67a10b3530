/**
 * The checkpoint's content: a versioned JSON document that records which query on which service the job runs
 * (so a resume elsewhere is refused, not silently wrong) and where to continue, anchored on the last item
 * handled (its id and sort time) beside botocore's count-based token.
 */
import type { FailureRecord } from './checkpoint-store.js';

export const CHECKPOINT_FORMAT = 'bedrock-paginators/checkpoint';
export const CHECKPOINT_VERSION = 2;

/** The last handled item of the contiguous prefix: the job continues after it in the listing's order. */
export interface Anchor {
	/** The item's identifier (its ARN). */
	readonly id: string;
	/** Its sort time, ISO 8601 with milliseconds. */
	readonly time: string;
	/** Every handled item with exactly this sort time (the service's order among equal times is unknown). */
	readonly idsAtTime: readonly string[];
}

/** One end of a range of handled items: its sort time and the handled items at exactly that time. */
export interface RangeMark {
	readonly time: string;
	readonly ids: readonly string[];
}

/**
 * Items handled beyond the prefix (with concurrency, past one still running), as one contiguous stretch of
 * the listing: its size does not grow with the number of items in it.
 */
export interface DoneRange {
	/** Where it starts, in items after the prefix (for resumes by count); `null` where unknown. */
	readonly offset: number | null;
	/** How many items it holds. */
	readonly count: number;
	/** Its first and last items with a sort time (for anchored resumes): what lies between is handled. */
	readonly first: RangeMark | null;
	readonly last: RangeMark | null;
}

/** Which service the checkpoint's items came from. `null` where it could not be told. */
export interface ServiceIdentity {
	/** The region the client resolves. */
	readonly region: string | null;
	/** The endpoint the client resolves, normalised (`https://bedrock.us-east-1.amazonaws.com`). */
	readonly endpoint: string | null;
	/** The account most of the first page's item ARNs name: the caller's own (shared items name others). */
	readonly account: string | null;
	/** The region most of the first page's item ARNs name. */
	readonly arnRegion: string | null;
}

/** Failures recorded with `onError: 'continue'`, over every run. */
export interface FailureCounts {
	/** Failures recorded in all (a redrive that fails again records one more). */
	readonly recorded: number;
	/** Items whose last attempt failed: what a redrive would handle. */
	readonly open: number;
	/** Batches of the store's failure log this checkpoint vouches for; `null` when kept in `records`. */
	readonly batches: number | null;
	/** The open failures, when the store has no failure log. */
	readonly records: readonly FailureRecord[];
}

/** A checkpoint, as `CheckpointStore.save` receives it and `load` returns it. Treat it as opaque JSON. */
export interface CheckpointState {
	readonly format: typeof CHECKPOINT_FORMAT;
	readonly version: number;
	/** Random, made when the checkpoint is: with an item's id, it makes `context.idempotencyKey`. */
	readonly jobId: string;
	readonly operation: string;
	/** The request members the job sends (times as ISO strings), its sort order included, and the page size. */
	readonly query: { readonly input: Readonly<Record<string, unknown>>; readonly pageSize: number | null };
	readonly service: ServiceIdentity;
	/** `anchor`: resumes after `anchor` in time order; `count`: the listing has no usable order, resumes by `NextToken`. */
	readonly resumeBy: 'anchor' | 'count';
	/** The whole listing has been handled. */
	readonly complete: boolean;
	/** botocore's token right after the last item of the contiguous prefix of handled items; null at the start. */
	readonly NextToken: string | null;
	readonly anchor: Anchor | null;
	/**
	 * Items without a sort time in the handled prefix (the latest 1,000), passed over by id on an anchored
	 * resume: they cannot be placed in time order.
	 */
	readonly untimedIds: readonly string[];
	/** Stretches of items handled beyond the prefix. */
	readonly doneAhead: readonly DoneRange[];
	/** Items handled beyond the prefix that no range can hold (no sort time), by id. */
	readonly doneAheadIds: readonly string[];
	/** Items handled over every run (recorded failures included). */
	readonly handled: number;
	readonly failures: FailureCounts;
	readonly runs: number;
	readonly updatedAt: string;
}

/** The query as a checkpoint records it: Dates as ISO strings, keys sorted. */
export function recordQuery(input: Readonly<Record<string, unknown>>, pageSize: number | undefined): CheckpointState['query'] {
	const recorded: Record<string, unknown> = {};
	for (const key of Object.keys(input).sort()) {
		const value = input[key];
		recorded[key] = value instanceof Date ? value.toISOString() : value;
	}
	return { input: recorded, pageSize: pageSize ?? null };
}
