/**
 * Checks what a store loaded: a checkpoint of this library, of a version it reads (version 1 is brought up to
 * date), for this operation and query. What it cannot trust is an error naming the checkpoint, never a
 * silent fresh start.
 */
import { CheckpointCorruptError, CheckpointMismatchError } from '../errors/checkpoint-errors.js';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, type Anchor, type CheckpointState } from './checkpoint-state.js';
import type { FailureRecord } from './checkpoint-store.js';

/** `undefined` when the store holds nothing yet. */
export function readState(location: string, loaded: unknown, operation: string, query: CheckpointState['query']): CheckpointState | undefined {
	if (loaded === undefined) return undefined;
	const corrupt = (why: string) =>
		new CheckpointCorruptError(location, `The checkpoint ${location} ${why}. It was left as it is; move it away (or delete it) to start over.`);
	if (loaded === null) throw corrupt('holds `null`, not a checkpoint (a store returns `undefined` when nothing was saved)');
	if (typeof loaded !== 'object' || Array.isArray(loaded)) throw corrupt('is not a checkpoint (not a JSON object)');
	const raw = loaded as Partial<CheckpointState> & Record<string, unknown>;
	if (raw.format !== CHECKPOINT_FORMAT) throw corrupt(`is not a checkpoint of bedrock-paginators (its "format" is ${JSON.stringify(raw.format)})`);
	if (raw.version !== 1 && raw.version !== CHECKPOINT_VERSION) {
		throw corrupt(`has format version ${JSON.stringify(raw.version)}; this version of bedrock-paginators reads versions 1 and ${CHECKPOINT_VERSION}`);
	}
	const problem = findShapeProblem(raw);
	if (problem !== undefined) throw corrupt(`is damaged: ${problem}`);
	const state = raw.version === 1 ? upgradeVersion1(raw) : (raw as CheckpointState);
	const changes = compareQueries(state, operation, query);
	if (changes.length > 0) {
		throw new CheckpointMismatchError(
			location,
			`The checkpoint ${location} was written for another query, so resuming from it would skip or repeat items: ${changes.join('; ')}. ` +
				'Run with the same filters, or use another checkpoint (or delete this one) to start the new query over.',
			changes,
		);
	}
	return state;
}

function findShapeProblem(state: Partial<CheckpointState> & Record<string, unknown>): string | undefined {
	if (typeof state.operation !== 'string') return '"operation" is missing';
	if (typeof state.query !== 'object' || state.query === null || typeof state.query.input !== 'object' || state.query.input === null) return '"query" is missing';
	if (state.resumeBy !== 'anchor' && state.resumeBy !== 'count') return '"resumeBy" is neither "anchor" nor "count"';
	if (typeof state.complete !== 'boolean') return '"complete" is not a boolean';
	if (state.NextToken !== null && typeof state.NextToken !== 'string') return '"NextToken" is neither a string nor null';
	if (state.anchor !== null && !isAnchor(state.anchor)) return '"anchor" is not { id, time, idsAtTime }';
	for (const key of ['handled', 'runs'] as const) {
		if (!Number.isSafeInteger(state[key]) || (state[key] as number) < 0) return `"${key}" is not a count`;
	}
	return state.version === 1 ? findVersion1Problem(state) : findVersion2Problem(state);
}

function findVersion2Problem(state: Partial<CheckpointState>): string | undefined {
	if (typeof state.jobId !== 'string' || state.jobId === '') return '"jobId" is missing';
	const service = state.service;
	if (typeof service !== 'object' || service === null || !(['region', 'endpoint', 'account', 'arnRegion'] as const).every((key) => service[key] === null || typeof service[key] === 'string')) {
		return '"service" is not { region, endpoint, account, arnRegion }';
	}
	if (!isStringList(state.untimedIds)) return '"untimedIds" is not a list of ids';
	if (!Array.isArray(state.doneAhead) || !state.doneAhead.every(isRange)) return '"doneAhead" is not a list of ranges';
	if (!isStringList(state.doneAheadIds)) return '"doneAheadIds" is not a list of ids';
	const failures = state.failures;
	if (typeof failures !== 'object' || failures === null || !isCount(failures.recorded) || !isCount(failures.open) || !Array.isArray(failures.records)) {
		return '"failures" is not { recorded, open, batches, records }';
	}
	if (failures.batches !== null && !isCount(failures.batches)) return '"failures.batches" is not a count';
	return undefined;
}

function findVersion1Problem(state: Record<string, unknown>): string | undefined {
	if (!isStringList(state['doneAhead'])) return '"doneAhead" is not a list of ids';
	if (!isCount(state['failedCount'])) return '"failedCount" is not a count';
	if (!Array.isArray(state['failures'])) return '"failures" is not a list';
	return undefined;
}

/**
 * A version 1 checkpoint (0.2.0) in today's shape: its items done ahead become ids, its failures records
 * without the item (they were not kept), and it gets a job id of its own; the service is learnt on this run.
 */
function upgradeVersion1(old: Record<string, unknown>): CheckpointState {
	const failures = (old['failures'] as { id?: unknown; message?: unknown; at?: unknown }[]).map(
		(failure): FailureRecord => ({
			kind: 'failed',
			id: String(failure.id),
			attempts: 1,
			at: typeof failure.at === 'string' ? failure.at : new Date(0).toISOString(),
			error: { name: 'Error', message: String(failure.message) },
		}),
	);
	const state = old as unknown as CheckpointState;
	return {
		...state,
		version: CHECKPOINT_VERSION,
		jobId: '',
		service: { region: null, endpoint: null, account: null, arnRegion: null },
		untimedIds: [],
		doneAhead: [],
		doneAheadIds: old['doneAhead'] as string[],
		failures: { recorded: old['failedCount'] as number, open: failures.length, batches: null, records: failures },
	};
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

function isAnchor(value: unknown): value is Anchor {
	const anchor = value as Partial<Anchor> | null;
	return typeof anchor === 'object' && anchor !== null && typeof anchor.id === 'string' && isTime(anchor.time) && isStringList(anchor.idsAtTime);
}

function isRange(value: unknown): boolean {
	const range = value as Record<string, unknown> | null;
	if (typeof range !== 'object' || range === null) return false;
	const markOk = (mark: unknown) => mark === null || (typeof mark === 'object' && isTime((mark as { time?: unknown }).time) && isStringList((mark as { ids?: unknown }).ids));
	return (range['offset'] === null || isCount(range['offset'])) && isCount(range['count']) && markOk(range['first']) && markOk(range['last']);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string');
