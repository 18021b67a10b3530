/**
 * The further clients' functions over a scripted `send()`, one or more representative operations per client:
 * MaxItems cut mid-page, botocore's NextToken, the resume from it without loss or repeat, the limit key sent
 * as the operation names it, required members (path parameters) checked before any request, and `PageSize`
 * refused where the operation has no limit member.
 */
import { describe, expect, it } from 'vitest';
import { isInvalidPaginationConfigError } from '../src/index.js';
import { buildListDataAutomationLibraryEntitiesResult, iterateListDataAutomationLibraryEntities, paginateListBlueprints } from '../src/clients/data-automation/index.js';
import { buildListAsyncInvokesResult, paginateListAsyncInvokes } from '../src/clients/runtime/index.js';
import { collect, familyService, tokenJson } from './support/family-service.js';

const invocation = (i: number) => ({
	invocationArn: `arn:aws:bedrock:us-east-1:123456789012:async-invoke/i${i}`,
	modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:0',
	submitTime: new Date(Date.UTC(2025, 0, 1) + i * 1000),
	outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://bucket/i${i}` } },
});
const entity = (i: number) => ({ vocabulary: { entityId: `e${i}`, description: `entity ${i}` } });
const arnsOf = (items: { invocationArn?: string | undefined }[]) => items.map((item) => item.invocationArn?.split('/').pop());

/** Asserts that `run` fails with an InvalidPaginationConfigError whose message contains `text`, before any request. */
async function refusedBeforeAnyRequest(run: () => Promise<unknown>, requests: unknown[], text: string): Promise<void> {
	const error = await run().then(() => undefined, (failure: unknown) => failure);
	expect(isInvalidPaginationConfigError(error)).toBe(true);
	expect((error as Error).message).toContain(text);
	expect(requests).toHaveLength(0);
}

describe('bedrock-paginators/runtime: ListAsyncInvokes (GET, query token)', () => {
	it('cuts the page at MaxItems, writes botocore\'s token, and resumes after it without loss or repeat', async () => {
		const service = familyService(Array.from({ length: 7 }, (_, i) => invocation(i + 1)), { resultKey: 'asyncInvokeSummaries', limitKey: 'maxResults' });
		const first = await collect(paginateListAsyncInvokes(service, { statusEquals: 'Completed' }, { MaxItems: 4, PageSize: 3 }));
		expect(first.map((page) => arnsOf(page.asyncInvokeSummaries))).toEqual([['i1', 'i2', 'i3'], ['i4']]);
		expect(first.at(-1)?.NextToken).toBe('eyJuZXh0VG9rZW4iOiAidG9rLTMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==');
		expect(tokenJson(first.at(-1)?.NextToken)).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 1}');

		const rest = await collect(paginateListAsyncInvokes(service, { statusEquals: 'Completed' }, { PageSize: 3, StartingToken: first.at(-1)?.NextToken }));
		expect(rest.map((page) => arnsOf(page.asyncInvokeSummaries))).toEqual([['i5', 'i6'], ['i7']]);
		expect(rest.at(-1)?.NextToken).toBeUndefined();
		expect(service.requests).toEqual([
			{ statusEquals: 'Completed', maxResults: 3 },
			{ statusEquals: 'Completed', maxResults: 3, nextToken: 'tok-3' },
			{ statusEquals: 'Completed', maxResults: 3, nextToken: 'tok-3' },
			{ statusEquals: 'Completed', maxResults: 3, nextToken: 'tok-6' },
		]);
	});

	it("builds boto3's full result: the items up to MaxItems and the token after them", async () => {
		const service = familyService(Array.from({ length: 5 }, (_, i) => invocation(i + 1)), { resultKey: 'asyncInvokeSummaries', limitKey: 'maxResults', servicePageSize: 2 });
		const result = await buildListAsyncInvokesResult(service, {}, { MaxItems: 3 });
		expect(arnsOf(result.asyncInvokeSummaries)).toEqual(['i1', 'i2', 'i3']);
		expect(tokenJson(result.NextToken)).toBe('{"nextToken": "tok-2", "boto_truncate_amount": 1}');
		expect(service.requests).toHaveLength(2);
	});

	it('refuses a page size above the model\'s maximum (1000) and an unknown filter before any request', async () => {
		const service = familyService([], { resultKey: 'asyncInvokeSummaries', limitKey: 'maxResults' });
		await refusedBeforeAnyRequest(() => collect(paginateListAsyncInvokes(service, {}, { PageSize: 1001 })), service.requests, 'PageSize');
		await refusedBeforeAnyRequest(
			() => collect(paginateListAsyncInvokes(service, { statusEqual: 'Completed' } as never)),
			service.requests,
			'Unknown parameter in ListAsyncInvokes input: "statusEqual"',
		);
	});
});

describe('bedrock-paginators/data-automation: POST operations with the token in the body', () => {
	it('ListDataAutomationLibraryEntities: both path parameters are required, checked before any request', async () => {
		const service = familyService([], { resultKey: 'entities', limitKey: 'maxResults' });
		await refusedBeforeAnyRequest(
			() => buildListDataAutomationLibraryEntitiesResult(service, { entityType: 'VOCABULARY' } as never),
			service.requests,
			'Missing required parameter in ListDataAutomationLibraryEntities input: `libraryArn`',
		);
		await refusedBeforeAnyRequest(
			() => buildListDataAutomationLibraryEntitiesResult(service, { libraryArn: 'arn:aws:bedrock:us-east-1:123456789012:data-automation-library/l1' } as never),
			service.requests,
			'Missing required parameter in ListDataAutomationLibraryEntities input: `entityType`',
		);
		await refusedBeforeAnyRequest(
			() => buildListDataAutomationLibraryEntitiesResult(service, { libraryArn: 'l1', entityType: 'vocabulary' as never }),
			service.requests,
			'Values are case-sensitive: use `VOCABULARY`',
		);
	});

	it('ListDataAutomationLibraryEntities: items cut at MaxItems mid-page, resumed from the token', async () => {
		const service = familyService(Array.from({ length: 8 }, (_, i) => entity(i + 1)), { resultKey: 'entities', limitKey: 'maxResults', servicePageSize: 4 });
		const input = { libraryArn: 'arn:aws:bedrock:us-east-1:123456789012:data-automation-library/l1', entityType: 'VOCABULARY' } as const;
		const first = await buildListDataAutomationLibraryEntitiesResult(service, input, { MaxItems: 6 });
		expect(first.entities.map((e) => e.vocabulary?.entityId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
		expect(tokenJson(first.NextToken)).toBe('{"nextToken": "tok-4", "boto_truncate_amount": 2}');

		const rest: string[] = [];
		for await (const item of iterateListDataAutomationLibraryEntities(service, input, { StartingToken: first.NextToken })) rest.push(item.vocabulary?.entityId ?? '?');
		expect(rest).toEqual(['e7', 'e8']);
		expect(service.requests.map((request) => request['nextToken'])).toEqual([undefined, 'tok-4', 'tok-4']);
		expect(service.requests.every((request) => request['libraryArn'] === input.libraryArn && request['entityType'] === 'VOCABULARY')).toBe(true);
	});

	it('ListBlueprints: a structure filter is passed through as given; a non-object is refused', async () => {
		const service = familyService([{ blueprintArn: 'b1', creationTime: new Date(0) }], { resultKey: 'blueprints', limitKey: 'maxResults' });
		const pages = await collect(paginateListBlueprints(service, { projectFilter: { projectArn: 'p1' }, resourceOwner: 'ACCOUNT' }, { PageSize: 10 }));
		expect(pages.map((page) => page.blueprints.map((b) => b.blueprintArn))).toEqual([['b1']]);
		expect(service.requests).toEqual([{ projectFilter: { projectArn: 'p1' }, resourceOwner: 'ACCOUNT', maxResults: 10 }]);
		const other = familyService([], { resultKey: 'blueprints', limitKey: 'maxResults' });
		await refusedBeforeAnyRequest(() => collect(paginateListBlueprints(other, { projectFilter: 'p1' as never })), other.requests, 'to be an object');
	});
});
