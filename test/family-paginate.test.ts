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
import { buildListAgentAliasesResult } from '../src/clients/agent/index.js';
import { buildGetAgentMemoryResult, buildRerankResult, buildRetrieveResult, paginateRetrieve } from '../src/clients/agent-runtime/index.js';
import { buildListEventsResult, buildListPaymentInstrumentsResult } from '../src/clients/agentcore/index.js';
import { paginateListGateways, paginateListMemories } from '../src/clients/agentcore-control/index.js';
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
	it('takes pagination and options in one object after the input, as the root entry does', async () => {
		const service = familyService(Array.from({ length: 5 }, (_, i) => invocation(i + 1)), { resultKey: 'asyncInvokeSummaries', limitKey: 'maxResults' });
		const handed: number[] = [];
		const pages = await collect(paginateListAsyncInvokes(service, {}, { MaxItems: 3, PageSize: 2, onPage: ({ itemCount }) => void handed.push(itemCount) }));
		expect(pages.map((page) => arnsOf(page.asyncInvokeSummaries))).toEqual([['i1', 'i2'], ['i3']]);
		expect(handed).toEqual([2, 1]);
		expect(service.requests.map((request) => request['maxResults'])).toEqual([2, 2]);
		const aborted = await buildListAsyncInvokesResult(service, {}, { MaxItems: 3, signal: AbortSignal.abort() }).catch((error: unknown) => error);
		expect(aborted).toMatchObject({ name: 'AbortError' });
		expect(service.requests).toHaveLength(2);
	});

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

describe('bedrock-paginators/agent: POST with the token and the limit in the body, path parameters', () => {
	const alias = (i: number) => ({ agentAliasId: `A${i}`, agentAliasName: `alias-${i}`, agentAliasStatus: 'PREPARED', createdAt: new Date(0), updatedAt: new Date(0) });

	it('ListAgentAliases: agentId required before any request; sent on every page; MaxItems cut and resume', async () => {
		const service = familyService(Array.from({ length: 5 }, (_, i) => alias(i + 1)), { resultKey: 'agentAliasSummaries', limitKey: 'maxResults' });
		await refusedBeforeAnyRequest(() => buildListAgentAliasesResult(service, {} as never), service.requests, 'Missing required parameter in ListAgentAliases input: `agentId`');
		const first = await buildListAgentAliasesResult(service, { agentId: 'AGENT12345' }, { MaxItems: 2, PageSize: 3 });
		expect(first.agentAliasSummaries.map((a) => a.agentAliasId)).toEqual(['A1', 'A2']);
		expect(tokenJson(first.NextToken)).toBe('{"nextToken": null, "boto_truncate_amount": 2}');
		const rest = await buildListAgentAliasesResult(service, { agentId: 'AGENT12345' }, { PageSize: 3, StartingToken: first.NextToken });
		expect(rest.agentAliasSummaries.map((a) => a.agentAliasId)).toEqual(['A3', 'A4', 'A5']);
		expect(service.requests).toEqual([
			{ agentId: 'AGENT12345', maxResults: 3 },
			{ agentId: 'AGENT12345', maxResults: 3 },
			{ agentId: 'AGENT12345', maxResults: 3, nextToken: 'tok-3' },
		]);
		await refusedBeforeAnyRequest(() => buildListAgentAliasesResult(familyService([], { resultKey: 'agentAliasSummaries' }), { agentId: 12345 as never }), [], 'Expected `agentId` (ListAgentAliases) to be a string');
	});
});

describe('bedrock-paginators/agent-runtime: maxItems as the limit key, and operations with none', () => {
	it('GetAgentMemory: PageSize is sent as maxItems, and MaxItems still cuts mid-page', async () => {
		const memory = (i: number) => ({ sessionSummary: { memoryId: 'mem-1', sessionId: `s${i}`, summaryText: `summary ${i}` } });
		const service = familyService(Array.from({ length: 6 }, (_, i) => memory(i + 1)), { resultKey: 'memoryContents', limitKey: 'maxItems' });
		const input = { agentId: 'AGENT12345', agentAliasId: 'ALIAS12345', memoryId: 'mem-1', memoryType: 'SESSION_SUMMARY' } as const;
		const first = await buildGetAgentMemoryResult(service, input, { PageSize: 4, MaxItems: 5 });
		expect(first.memoryContents.map((m) => m.sessionSummary?.sessionId)).toEqual(['s1', 's2', 's3', 's4', 's5']);
		expect(tokenJson(first.NextToken)).toBe('{"nextToken": "tok-4", "boto_truncate_amount": 1}');
		expect(service.requests.map((request) => [request['maxItems'], request['maxResults']])).toEqual([[4, undefined], [4, undefined]]);
		await refusedBeforeAnyRequest(() => buildGetAgentMemoryResult(service, { ...input, memoryType: undefined } as never), [], '`memoryType`');
	});

	it('Retrieve: PageSize is refused; MaxItems cuts the page and the token resumes after it', async () => {
		const result = (i: number) => ({ content: { text: `passage ${i}` } });
		const service = familyService(Array.from({ length: 5 }, (_, i) => result(i + 1)), { resultKey: 'retrievalResults', servicePageSize: 2 });
		const input = { knowledgeBaseId: 'KB12345678', retrievalQuery: { text: 'what is a paginator?' } };
		await refusedBeforeAnyRequest(
			() => collect(paginateRetrieve(service, input, { PageSize: 2 } as never)),
			service.requests,
			'Retrieve has no page size to set (no limit member); leave `PageSize` out.',
		);
		const first = await buildRetrieveResult(service, input, { MaxItems: 3 });
		expect(first.retrievalResults.map((r) => r.content?.text)).toEqual(['passage 1', 'passage 2', 'passage 3']);
		expect(tokenJson(first.NextToken)).toBe('{"nextToken": "tok-2", "boto_truncate_amount": 1}');
		const rest = await buildRetrieveResult(service, input, { StartingToken: first.NextToken });
		expect(rest.retrievalResults.map((r) => r.content?.text)).toEqual(['passage 4', 'passage 5']);
		expect(service.requests.map((request) => request['nextToken'] ?? null)).toEqual([null, 'tok-2', 'tok-2', 'tok-4']);
		await refusedBeforeAnyRequest(() => buildRetrieveResult(service, { knowledgeBaseId: 'KB12345678' } as never), [], 'Missing required parameter in Retrieve input: `retrievalQuery`.');
	});

	it("Retrieve: guardrailAction (botocore's non-aggregate key) is on every page, and the full result takes it from the run's first page, as boto3 does", async () => {
		const result = (i: number) => ({ content: { text: `passage ${i}` } });
		// A different verdict per page, to tell which page the full result took it from.
		const service = familyService(Array.from({ length: 5 }, (_, i) => result(i + 1)), {
			resultKey: 'retrievalResults',
			servicePageSize: 2,
			wholeListing: (offset) => ({ guardrailAction: offset === 0 ? 'INTERVENED' : 'NONE' }),
		});
		const input = { knowledgeBaseId: 'KB12345678', retrievalQuery: { text: 'what is a paginator?' } };
		const pages = await collect(paginateRetrieve(service, input));
		expect(pages.map((page) => page.guardrailAction)).toEqual(['INTERVENED', 'NONE', 'NONE']);
		const whole = await buildRetrieveResult(service, input);
		expect(Object.keys(whole)).toEqual(['retrievalResults', 'guardrailAction']);
		expect(whole.guardrailAction).toBe('INTERVENED');
		const cut = await buildRetrieveResult(service, input, { MaxItems: 3 });
		expect(Object.keys(cut)).toEqual(['retrievalResults', 'guardrailAction', 'NextToken']);
		const resumed = await buildRetrieveResult(service, input, { StartingToken: cut.NextToken });
		expect(resumed.retrievalResults.map((r) => r.content?.text)).toEqual(['passage 4', 'passage 5']);
		expect(resumed.guardrailAction).toBe('NONE');
		// Members the table does not name stay out of the full result.
		const plain = familyService([result(1)], { resultKey: 'retrievalResults', wholeListing: () => ({ somethingElse: 1 }) });
		expect(await buildRetrieveResult(plain, input)).toEqual({ retrievalResults: [result(1)], guardrailAction: null });
	});

	it("Retrieve: a first page without guardrailAction gives null in the full result (boto3's None), wherever the run starts", async () => {
		const result = (i: number) => ({ content: { text: `passage ${i}` } });
		// The verdict only from the second page on: a run from the start has none on its first page.
		const service = familyService(Array.from({ length: 5 }, (_, i) => result(i + 1)), {
			resultKey: 'retrievalResults',
			servicePageSize: 2,
			wholeListing: (offset) => (offset === 0 ? {} : { guardrailAction: 'INTERVENED' }),
		});
		const input = { knowledgeBaseId: 'KB12345678', retrievalQuery: { text: 'what is a paginator?' } };
		const pages = await collect(paginateRetrieve(service, input));
		expect(pages.map((page) => 'guardrailAction' in page)).toEqual([false, true, true]);
		const cut = await buildRetrieveResult(service, input, { MaxItems: 3 });
		expect(Object.entries(cut).map(([key, value]) => [key, key === 'NextToken' ? typeof value : Array.isArray(value) ? value.length : value])).toEqual([
			['retrievalResults', 3],
			['guardrailAction', null],
			['NextToken', 'string'],
		]);
		const resumed = await buildRetrieveResult(service, input, { StartingToken: cut.NextToken });
		expect(resumed.guardrailAction).toBe('INTERVENED');
		expect(JSON.stringify(await buildRetrieveResult(service, input))).toContain('"guardrailAction":null');
	});

	it('Rerank: lists are checked for their entry count before any request', async () => {
		const service = familyService([], { resultKey: 'results' });
		await refusedBeforeAnyRequest(
			() => buildRerankResult(service, { queries: [], sources: [], rerankingConfiguration: { type: 'BEDROCK_RERANKING_MODEL', bedrockRerankingConfiguration: { modelConfiguration: { modelArn: 'm' } } } }),
			service.requests,
			'Expected `queries` (Rerank) to be an array of 1 to 1 entries',
		);
	});
});

describe('bedrock-paginators/agentcore: data-plane POSTs', () => {
	it('ListEvents: three path parameters, each required', async () => {
		const service = familyService([{ memoryId: 'memory-00001', actorId: 'a', sessionId: 's', eventId: 'e1', eventTimestamp: new Date(0), payload: [] }], { resultKey: 'events', limitKey: 'maxResults' });
		await refusedBeforeAnyRequest(() => buildListEventsResult(service, { memoryId: 'memory-00001', actorId: 'a' } as never), service.requests, '`sessionId`');
		const result = await buildListEventsResult(service, { memoryId: 'memory-00001', actorId: 'a', sessionId: 's' }, { PageSize: 100 });
		expect(result.events.map((e) => e.eventId)).toEqual(['e1']);
		await refusedBeforeAnyRequest(() => buildListEventsResult(service, { memoryId: 'memory-00001', actorId: 'a', sessionId: 's' }, { PageSize: 101 }), [], 'PageSize');
	});

	it('ListPaymentInstruments: the model sets no maximum page size, so none is checked', async () => {
		const service = familyService([{ paymentInstrumentId: 'p1' }], { resultKey: 'paymentInstruments', limitKey: 'maxResults' });
		const arn = `arn:aws:bedrock-agentcore:us-east-1:123456789012:payment-manager/${'m'.repeat(20)}`;
		const result = await buildListPaymentInstrumentsResult(service, { paymentManagerArn: arn }, { PageSize: 5000 });
		expect(result.paymentInstruments.map((p) => p.paymentInstrumentId)).toEqual(['p1']);
		expect(service.requests).toEqual([{ paymentManagerArn: arn, maxResults: 5000 }]);
	});
});

describe('bedrock-paginators/agentcore-control: GET and POST', () => {
	it('ListGateways: the result key is `items`; cut and resumed', async () => {
		const gateway = (i: number) => ({ gatewayId: `g${i}`, name: `gateway-${i}`, status: 'READY', createdAt: new Date(0), updatedAt: new Date(0), authorizerType: 'NONE' });
		const service = familyService(Array.from({ length: 4 }, (_, i) => gateway(i + 1)), { resultKey: 'items', limitKey: 'maxResults' });
		const first = await collect(paginateListGateways(service, {}, { MaxItems: 3, PageSize: 2 }));
		expect(first.map((page) => page.items.map((g) => g.gatewayId))).toEqual([['g1', 'g2'], ['g3']]);
		const rest = await collect(paginateListGateways(service, {}, { PageSize: 2, StartingToken: first.at(-1)?.NextToken }));
		expect(rest.map((page) => page.items.map((g) => g.gatewayId))).toEqual([['g4']]);
	});

	it('ListMemories: its token has no maximum length in the model, so a long one is accepted', async () => {
		const service = familyService([], { resultKey: 'memories', limitKey: 'maxResults' });
		const long = 'x'.repeat(3000);
		await collect(paginateListMemories(service, {}, { StartingToken: long }));
		expect(service.requests).toEqual([{ nextToken: long }]);
	});
});
