/** boto3's build_full_result(): every item in one array, and the token that resumes after them. */
import { describe, expect, it } from 'vitest';
import { buildListCustomModelsResult, collectFullResult, encodeToken, type CustomModelsPage } from '../src/index.js';
import { catalogue, names, scriptedService, tokenJson } from './support/scripted-service.js';

describe('buildListCustomModelsResult', () => {
	it('gathers every page into one array with no NextToken when the listing ends', async () => {
		const service = scriptedService(catalogue(7));
		const result = await buildListCustomModelsResult(service);
		expect(names(result.modelSummaries)).toEqual(names(catalogue(7)));
		expect('NextToken' in result).toBe(false);
		expect(Object.keys(result)).toEqual(['modelSummaries']);
		expect(service.requests).toHaveLength(3);
	});

	it('stops at MaxItems with the token after the last item, and a second call gets the rest', async () => {
		const service = scriptedService(catalogue(7));
		const first = await buildListCustomModelsResult(service, {}, { MaxItems: 5 });
		expect(names(first.modelSummaries)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
		expect(tokenJson(first.NextToken)).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 2}');
		const rest = await buildListCustomModelsResult(service, {}, { StartingToken: first.NextToken });
		expect(names(rest.modelSummaries)).toEqual(['m6', 'm7']);
	});

	it('on a failure returns no items and sets the error\'s NextToken back to where the call started', async () => {
		const denied = () => Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
		const start = encodeToken({ serviceToken: 'tok-3', skip: 1 });
		const resumed = await buildListCustomModelsResult(scriptedService(catalogue(12), 3, new Map([[3, denied()]])), {}, { StartingToken: start }).catch((e: unknown) => e);
		expect(resumed).toMatchObject({ name: 'AccessDeniedException', NextToken: start });
		const fresh = await buildListCustomModelsResult(scriptedService(catalogue(12), 3, new Map([[2, denied()]]))).catch((e: unknown) => e);
		expect(fresh).toMatchObject({ name: 'AccessDeniedException', NextToken: encodeToken({ serviceToken: null, skip: 0 }) });
	});

	it('an aborted call rejects with an AbortError that repeats the whole call', async () => {
		const error = await buildListCustomModelsResult(scriptedService(catalogue(9)), {}, { StartingToken: 'tok-3' }, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
		expect(error).toMatchObject({ name: 'AbortError', NextToken: 'tok-3' });
	});
});

describe('collectFullResult over any pages', () => {
	it('takes the items under the result key and the last page\'s NextToken', async () => {
		async function* pages(): AsyncGenerator<CustomModelsPage, void, undefined> {
			yield { modelSummaries: catalogue(2), NextToken: 'one', tokenAfter: () => undefined };
			yield { modelSummaries: [], NextToken: 'two', tokenAfter: () => undefined };
		}
		const result = await collectFullResult(pages(), 'modelSummaries', undefined);
		expect(names(result.modelSummaries)).toEqual(['m1', 'm2']);
		expect(result.NextToken).toBe('two');
	});

	it('leaves an error without a NextToken as it is', async () => {
		const failure = new Error('not a listing error');
		async function* pages(): AsyncGenerator<CustomModelsPage, void, undefined> {
			yield* [];
			throw failure;
		}
		const error = await collectFullResult(pages(), 'modelSummaries', 'start').catch((e: unknown) => e);
		expect(error).toBe(failure);
		expect('NextToken' in (error as object)).toBe(false);
	});
});
