import { describe, expect, it } from 'vitest';
import { CheckpointCorruptError, CheckpointMismatchError } from '../src/errors/checkpoint-errors.js';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, recordQuery, type CheckpointState } from '../src/jobs/checkpoint-state.js';
import { readState } from '../src/jobs/read-state.js';

const QUERY = recordQuery({ sortOrder: 'Ascending', sortBy: 'CreationTime' }, undefined);
const saved = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
	format: CHECKPOINT_FORMAT,
	version: CHECKPOINT_VERSION,
	jobId: '0123456789abcdef01234567',
	operation: 'ListCustomModels',
	query: QUERY,
	service: { region: 'us-east-1', endpoint: null, account: '123456789012', arnRegion: 'us-east-1' },
	resumeBy: 'anchor',
	complete: false,
	NextToken: 'tok',
	anchor: { id: 'arn:m1', time: '2025-01-01T00:00:00.000Z', idsAtTime: ['arn:m1'] },
	untimedIds: [],
	doneAhead: [{ offset: 2, count: 1, first: null, last: null }],
	doneAheadIds: [],
	handled: 3,
	failures: { recorded: 0, open: 0, batches: null, records: [] },
	runs: 1,
	updatedAt: '2025-01-01T00:00:01.000Z',
	...changes,
});
const read = (loaded: unknown, query: CheckpointState['query'] = QUERY) => readState('state.json', loaded, 'ListCustomModels', query);
/** The error's class and message. */
const refusal = (loaded: unknown, query?: CheckpointState['query']) => {
	try {
		read(loaded, query);
	} catch (error) {
		return { name: (error as Error).name, message: (error as Error).message };
	}
	throw new Error('read without an error');
};
const corrupt = (why: string) => ({ name: 'CheckpointCorruptError', message: `The checkpoint state.json ${why}. It was left as it is; move it away (or delete it) to start over.` });

describe('recordQuery: the query a checkpoint records', () => {
	it('sorts the members, writes Dates as ISO strings and a missing page size as null, leaving the input as it was', () => {
		const after = new Date('2024-01-31T12:00:00Z');
		const input = { sortOrder: 'Descending', creationTimeAfter: after, nameContains: 'chat' };
		const query = recordQuery(input, 25);
		expect(query).toEqual({ input: { creationTimeAfter: '2024-01-31T12:00:00.000Z', nameContains: 'chat', sortOrder: 'Descending' }, pageSize: 25 });
		expect(Object.keys(query.input)).toEqual(['creationTimeAfter', 'nameContains', 'sortOrder']);
		expect(input.creationTimeAfter).toBe(after);
		expect(recordQuery({}, undefined)).toEqual({ input: {}, pageSize: null });
	});
});

describe('readState: a loaded checkpoint, checked before it is trusted', () => {
	it('is undefined when the store holds nothing, and the state itself when it is sound', () => {
		expect(read(undefined)).toBeUndefined();
		const state = saved();
		expect(read(state)).toBe(state);
	});

	it.each<[string, unknown, string]>([
		['null', null, 'holds `null`, not a checkpoint (a store returns `undefined` when nothing was saved)'],
		['an array', [], 'is not a checkpoint (not a JSON object)'],
		['another format', saved({ format: 'other' }), 'is not a checkpoint of bedrock-paginators (its "format" is "other")'],
		['a later version', saved({ version: 3 }), 'has format version 3; this version of bedrock-paginators reads versions 1 and 2'],
		['without a query', saved({ query: null }), 'is damaged: "query" is missing'],
		['with a bad resumeBy', saved({ resumeBy: 'time' }), 'is damaged: "resumeBy" is neither "anchor" nor "count"'],
		['with a negative count', saved({ handled: -1 }), 'is damaged: "handled" is not a count'],
		['with an anchor without a time', saved({ anchor: { id: 'a', idsAtTime: [] } }), 'is damaged: "anchor" is not { id, time, idsAtTime }'],
		['with a range of a bad count', saved({ doneAhead: [{ offset: 0, count: 1.5, first: null, last: null }] }), 'is damaged: "doneAhead" is not a list of ranges'],
		['without a job id', saved({ jobId: '' }), 'is damaged: "jobId" is missing'],
	])('refuses a checkpoint that is %s with CheckpointCorruptError, saying what is wrong', (_, loaded, why) => {
		expect(refusal(loaded)).toEqual(corrupt(why));
	});

	it('refuses another query with CheckpointMismatchError, naming each member that differs', () => {
		const now = recordQuery({ sortOrder: 'Descending', sortBy: 'CreationTime', nameContains: 'chat' }, undefined);
		expect(refusal(saved(), now)).toEqual({
			name: 'CheckpointMismatchError',
			message:
				'The checkpoint state.json was written for another query, so resuming from it would skip or repeat items: filters.nameContains: (not set) in the checkpoint, "chat" now; filters.sortOrder: "Ascending" in the checkpoint, "Descending" now. ' +
				'Run with the same filters, or use another checkpoint (or delete this one) to start the new query over.',
		});
		expect(() => read(saved(), now)).toThrow(CheckpointMismatchError);
		expect(() => read(null)).toThrow(CheckpointCorruptError);
	});

	it('brings a version 1 checkpoint up to date: its ids done ahead and failures kept, the service to be learnt', () => {
		const old = { ...saved(), version: 1, doneAhead: ['arn:m5'], failedCount: 2, failures: [{ id: 'arn:m2', message: 'boom', at: '2025-01-01T00:00:00.000Z' }] };
		expect(read(old)).toMatchObject({
			version: CHECKPOINT_VERSION,
			jobId: '',
			service: { region: null, endpoint: null, account: null, arnRegion: null },
			doneAhead: [],
			doneAheadIds: ['arn:m5'],
			failures: { recorded: 2, open: 1, batches: null, records: [{ kind: 'failed', id: 'arn:m2', attempts: 1, at: '2025-01-01T00:00:00.000Z', error: { name: 'Error', message: 'boom' } }] },
		});
	});
});
