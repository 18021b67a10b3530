/**
 * The checkpoint's content: a versioned JSON document that records the query the job runs (so a resume
 * with other filters is refused, not silently wrong) and where to continue, anchored on the last item
 * handled (its id and sort time) beside botocore's count-based token.
 */
import { CheckpointCorruptError, CheckpointMismatchError } from '../errors/checkpoint-errors.js';

export const CHECKPOINT_FORMAT = 'bedrock-paginators/checkpoint';
export const CHECKPOINT_VERSION = 1;
/** Recorded failures kept in the checkpoint (the count is kept whole). */
export const MAX_RECORDED_FAILURES = 1_000;
/** Ids kept for items that share the anchor's sort time. */
export const MAX_IDS_AT_ANCHOR_TIME = 1_000;

/** The last handled item of the contiguous prefix: the job continues after it in the listing's order. */
export interface Anchor {
	/** The item's identifier (its ARN). */
	readonly id: string;
	/** Its sort time, ISO 8601 with milliseconds. */
	readonly time: string;
	/** Every handled item with exactly this sort time (the service's order among equal times is unknown). */
	readonly idsAtTime: readonly string[];
}

/** A checkpoint, as `CheckpointStore.save` receives it and `load` returns it. Treat it as opaque JSON. */
export interface CheckpointState {
	readonly format: typeof CHECKPOINT_FORMAT;
	readonly version: number;
	readonly operation: string;
	/** The request members the job sends (times as ISO strings), its sort order included, and the page size. */
	readonly query: { readonly input: Readonly<Record<string, unknown>>; readonly pageSize: number | null };
	/** `anchor`: resumes after `anchor` in time order; `count`: the listing has no usable order, resumes by `NextToken`. */
	readonly resumeBy: 'anchor' | 'count';
	/** The whole listing has been handled. */
	readonly complete: boolean;
	/** botocore's token right after the last item of the contiguous prefix of handled items; null at the start. */
	readonly NextToken: string | null;
	readonly anchor: Anchor | null;
	/** Items handled beyond the prefix (with concurrency), passed over on resume. */
	readonly doneAhead: readonly string[];
	/** Items handled over every run. */
	readonly handled: number;
	readonly failedCount: number;
	readonly failures: readonly { readonly id: string; readonly message: string; readonly at: string }[];
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

/** Checks what a store loaded: a checkpoint of this library, of a version it reads, for this query. */
export function readState(location: string, loaded: unknown, operation: string, query: CheckpointState['query']): CheckpointState | undefined {
	if (loaded === undefined || loaded === null) return undefined;
	const corrupt = (why: string) =>
		new CheckpointCorruptError(location, `The checkpoint ${location} ${why}. It was left as it is; move it away (or delete it) to start over.`);
	if (typeof loaded !== 'object' || Array.isArray(loaded)) throw corrupt('is not a checkpoint (not a JSON object)');
	const state = loaded as Partial<CheckpointState>;
	if (state.format !== CHECKPOINT_FORMAT) throw corrupt(`is not a checkpoint of bedrock-paginators (its "format" is ${JSON.stringify(state.format)})`);
	if (state.version !== CHECKPOINT_VERSION) {
		throw corrupt(`has format version ${JSON.stringify(state.version)}; this version of bedrock-paginators reads version ${CHECKPOINT_VERSION}`);
	}
	const shapeProblem = findShapeProblem(state);
	if (shapeProblem !== undefined) throw corrupt(`is damaged: ${shapeProblem}`);
	const changes = compareQueries(state as CheckpointState, operation, query);
	if (changes.length > 0) {
		throw new CheckpointMismatchError(
			location,
			`The checkpoint ${location} was written for another query, so resuming from it would skip or repeat items: ${changes.join('; ')}. ` +
				'Run with the same filters, or use another checkpoint (or delete this one) to start the new query over.',
			changes,
		);
	}
	return state as CheckpointState;
}

function findShapeProblem(state: Partial<CheckpointState>): string | undefined {
	if (typeof state.operation !== 'string') return '"operation" is missing';
	if (typeof state.query !== 'object' || state.query === null || typeof state.query.input !== 'object' || state.query.input === null) return '"query" is missing';
	if (state.resumeBy !== 'anchor' && state.resumeBy !== 'count') return '"resumeBy" is neither "anchor" nor "count"';
	if (typeof state.complete !== 'boolean') return '"complete" is not a boolean';
	if (state.NextToken !== null && typeof state.NextToken !== 'string') return '"NextToken" is neither a string nor null';
	if (state.anchor !== null) {
		const anchor = state.anchor as Partial<Anchor> | undefined;
		if (typeof anchor !== 'object' || typeof anchor.id !== 'string' || typeof anchor.time !== 'string' || Number.isNaN(Date.parse(anchor.time)) || !Array.isArray(anchor.idsAtTime)) {
			return '"anchor" is not { id, time, idsAtTime }';
		}
	}
	if (!Array.isArray(state.doneAhead) || state.doneAhead.some((id) => typeof id !== 'string')) return '"doneAhead" is not a list of ids';
	for (const key of ['handled', 'failedCount', 'runs'] as const) {
		if (!Number.isSafeInteger(state[key]) || (state[key] as number) < 0) return `"${key}" is not a count`;
	}
	if (!Array.isArray(state.failures)) return '"failures" is not a list';
	return undefined;
}

/** What differs between the checkpoint's query and this run's, one line per field. */
function compareQueries(state: CheckpointState, operation: string, query: CheckpointState['query']): string[] {
	const changes: string[] = [];
	if (state.operation !== operation) changes.push(`operation: ${state.operation} in the checkpoint, ${operation} now`);
	const before = state.query.input;
	const now = query.input;
	for (const key of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
		const was = JSON.stringify(before[key]);
		const is = JSON.stringify(now[key]);
		if (was !== is) changes.push(`filters.${key}: ${was ?? '(not set)'} in the checkpoint, ${is ?? '(not set)'} now`);
	}
	return changes;
}
