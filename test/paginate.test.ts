import { describe, expect, it } from 'vitest';
import {
	buildListCustomModelsResult,
	DuplicateTokenError,
	InvalidPaginationConfigError,
	InvalidStartingTokenError,
	isDuplicateTokenError,
	isInvalidPaginationConfigError,
	isInvalidStartingTokenError,
	isPaginationError,
	iterateListCustomModels,
	paginateListCustomModels,
	type CustomModelsPage,
} from '../src/index.js';
import { catalogue, collect, names, replayService, scriptedService, tokenJson } from './support/scripted-service.js';

const pageNames = (pages: CustomModelsPage[]) => pages.map((page) => names(page.modelSummaries));

describe('paginateListCustomModels: pages and tokens', () => {
	it('yields every service page in order and no NextToken after the last one', async () => {
		const service = scriptedService(catalogue(7));
		const pages = await collect(paginateListCustomModels(service));
		expect(pageNames(pages)).toEqual([['m1', 'm2', 'm3'], ['m4', 'm5', 'm6'], ['m7']]);
		expect(pages.map((page) => tokenJson(page.NextToken))).toEqual([
			'{"nextToken": "tok-3"}',
			'{"nextToken": "tok-6"}',
			undefined,
		]);
		expect('NextToken' in (pages[2] as object)).toBe(false);
		expect(service.requests).toEqual([{}, { nextToken: 'tok-3' }, { nextToken: 'tok-6' }]);
	});

	it('cuts the page where MaxItems is reached and resumes after it (7 items, MaxItems 4, PageSize 3)', async () => {
		const service = scriptedService(catalogue(7));
		const first = await collect(paginateListCustomModels(service, {}, { MaxItems: 4, PageSize: 3 }));
		expect(pageNames(first)).toEqual([['m1', 'm2', 'm3'], ['m4']]);
		expect(first[1]?.NextToken).toBe('eyJuZXh0VG9rZW4iOiAidG9rLTMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==');

		const resumed = await collect(
			paginateListCustomModels(service, {}, { MaxItems: 4, PageSize: 3, StartingToken: first[1]?.NextToken }),
		);
		expect(pageNames(resumed)).toEqual([['m5', 'm6'], ['m7']]);
		expect(resumed[1]?.NextToken).toBeUndefined();
		expect(service.requests.map((r) => r.maxResults)).toEqual([3, 3, 3, 3]);
	});

	it("matches botocore's chain of runs over 10 items with MaxItems 2 and PageSize 5", async () => {
		const service = scriptedService(catalogue(10));
		const runs: { pages: string[][]; token: string | undefined }[] = [];
		let token: string | undefined;
		do {
			const pages = await collect(paginateListCustomModels(service, {}, { MaxItems: 2, PageSize: 5, StartingToken: token }));
			token = pages.at(-1)?.NextToken;
			runs.push({ pages: pageNames(pages), token: tokenJson(token) });
		} while (token !== undefined);
		expect(runs).toEqual([
			{ pages: [['m1', 'm2']], token: '{"nextToken": null, "boto_truncate_amount": 2}' },
			{ pages: [['m3', 'm4']], token: '{"nextToken": null, "boto_truncate_amount": 4}' },
			{ pages: [['m5'], ['m6']], token: '{"nextToken": "tok-5", "boto_truncate_amount": 1}' },
			{ pages: [['m7', 'm8']], token: '{"nextToken": "tok-5", "boto_truncate_amount": 3}' },
			{ pages: [['m9', 'm10']], token: undefined },
		]);
	});

	it('gives a page boundary token when MaxItems lands exactly on the end of a page', async () => {
		const pages = await collect(paginateListCustomModels(scriptedService(catalogue(9)), {}, { MaxItems: 6 }));
		expect(pageNames(pages)).toEqual([['m1', 'm2', 'm3'], ['m4', 'm5', 'm6']]);
		expect(tokenJson(pages[1]?.NextToken)).toBe('{"nextToken": "tok-6"}');
	});

	it('gives no token when MaxItems is reached on the last page of the data', async () => {
		const pages = await collect(paginateListCustomModels(scriptedService(catalogue(6)), {}, { MaxItems: 6 }));
		expect(pages.at(-1)?.NextToken).toBeUndefined();
	});

	it('gives a token when MaxItems cuts the last page of the data, since items follow', async () => {
		const service = scriptedService(catalogue(5));
		const pages = await collect(paginateListCustomModels(service, {}, { MaxItems: 4 }));
		expect(tokenJson(pages.at(-1)?.NextToken)).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 1}');
		const rest = await collect(paginateListCustomModels(service, {}, { StartingToken: pages.at(-1)?.NextToken }));
		expect(pageNames(rest)).toEqual([['m5']]);
	});

	it('treats an empty-string service token as the end of the listing', async () => {
		const service = replayService([{ modelSummaries: catalogue(2), nextToken: '' }]);
		const pages = await collect(paginateListCustomModels(service));
		expect(pages).toHaveLength(1);
		expect(pages[0]?.NextToken).toBeUndefined();
	});

	it('yields an empty service page as a page, with the token after it', async () => {
		const service = replayService([{ modelSummaries: [], nextToken: 'A' }, { modelSummaries: catalogue(1) }]);
		const pages = await collect(paginateListCustomModels(service));
		expect(pageNames(pages)).toEqual([[], ['m1']]);
		expect(tokenJson(pages[0]?.NextToken)).toBe('{"nextToken": "A"}');
	});

	it('reads a response without modelSummaries as an empty page', async () => {
		const pages = await collect(paginateListCustomModels(replayService([{}])));
		expect(pages).toEqual([{ modelSummaries: [] }]);
	});

	it('resumes with a raw service token and with the legacy TOKEN___N form', async () => {
		const service = scriptedService(catalogue(7));
		expect(pageNames(await collect(paginateListCustomModels(service, {}, { StartingToken: 'tok-3' })))).toEqual([
			['m4', 'm5', 'm6'],
			['m7'],
		]);
		expect(pageNames(await collect(paginateListCustomModels(service, {}, { StartingToken: 'tok-3___2' })))).toEqual([
			['m6'],
			['m7'],
		]);
	});

	it('carries a truncate amount longer than the page over to the next pages (smaller PageSize on resume)', async () => {
		const service = scriptedService(catalogue(10));
		const [cut] = await collect(paginateListCustomModels(service, {}, { MaxItems: 4, PageSize: 5 }));
		expect(tokenJson(cut?.NextToken)).toBe('{"nextToken": null, "boto_truncate_amount": 4}');
		const resumed = await collect(paginateListCustomModels(service, {}, { PageSize: 3, StartingToken: cut?.NextToken }));
		expect(pageNames(resumed)).toEqual([[], ['m5', 'm6'], ['m7', 'm8', 'm9'], ['m10']]);
		expect(tokenJson(resumed[0]?.NextToken)).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 1}');
	});

	it('prints and compares as { modelSummaries, NextToken }', async () => {
		const [page] = await collect(paginateListCustomModels(scriptedService(catalogue(4)), {}, { MaxItems: 2 }));
		expect(Object.keys(page as object)).toEqual(['modelSummaries', 'NextToken']);
		expect(JSON.parse(JSON.stringify(page))).toEqual({
			modelSummaries: JSON.parse(JSON.stringify(catalogue(2))),
			NextToken: page?.NextToken,
		});
	});
});

describe('tokenAfter: a resume token after any item', () => {
	it('resumes right after the chosen item, also after a starting skip', async () => {
		const service = scriptedService(catalogue(8));
		const [first] = await collect(paginateListCustomModels(service, {}, { MaxItems: 2 }));
		const [second] = await collect(paginateListCustomModels(service, {}, { StartingToken: first?.NextToken, MaxItems: 1 }));
		expect(names(second?.modelSummaries ?? [])).toEqual(['m3']);
		const pages = await collect(paginateListCustomModels(service, {}, { StartingToken: 'tok-3' }));
		expect(tokenJson(pages[0]?.tokenAfter(0))).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 1}');
		expect(pages[0]?.tokenAfter(2)).toBe(pages[0]?.NextToken);
		for (const [index, expected] of [[0, 'm5'], [1, 'm6']] as const) {
			const rest = await collect(paginateListCustomModels(service, {}, { StartingToken: pages[0]?.tokenAfter(index) }));
			expect(names(rest.flatMap((p) => p.modelSummaries))[0]).toBe(expected);
		}
	});

	it('rejects an index outside the page with a RangeError', async () => {
		const [page] = await collect(paginateListCustomModels(scriptedService(catalogue(3))));
		expect(() => page?.tokenAfter(3)).toThrow(RangeError);
		expect(() => page?.tokenAfter(-1)).toThrow(RangeError);
		expect(() => page?.tokenAfter(0.5)).toThrow(RangeError);
	});
});

describe('paginateListCustomModels: requests', () => {
	it('sends the filters unchanged on every request and never mutates them', async () => {
		const service = scriptedService(catalogue(5), 2);
		const filters = Object.freeze({ sortOrder: 'Descending', nameContains: 'm', isOwned: true } as const);
		const pagination = Object.freeze({ PageSize: 2 });
		await collect(paginateListCustomModels(service, filters, pagination));
		expect(service.requests).toEqual([
			{ sortOrder: 'Descending', nameContains: 'm', isOwned: true, maxResults: 2 },
			{ sortOrder: 'Descending', nameContains: 'm', isOwned: true, maxResults: 2, nextToken: 'tok-2' },
			{ sortOrder: 'Descending', nameContains: 'm', isOwned: true, maxResults: 2, nextToken: 'tok-4' },
		]);
	});

	it('copies the filters at the call, so later changes by the caller do not leak into requests', async () => {
		const service = scriptedService(catalogue(2));
		const filters: { nameContains?: string } = { nameContains: 'a' };
		const pages = paginateListCustomModels(service, filters);
		filters.nameContains = 'b';
		await collect(pages);
		expect(service.requests).toEqual([{ nameContains: 'a' }]);
	});

	it('sends nothing until the first page is asked for, and nothing after a break with readAhead 0', async () => {
		const service = scriptedService(catalogue(9));
		const pages = paginateListCustomModels(service, {}, {}, { readAhead: 0 });
		expect(service.requests).toHaveLength(0);
		for await (const _page of pages) break;
		expect(service.requests).toHaveLength(1);
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests).toHaveLength(1);
	});

	it('with the default read-ahead, has at most the next page requested after a break, and aborts it', async () => {
		const service = scriptedService(catalogue(9));
		const pages = paginateListCustomModels(service);
		for await (const _page of pages) break;
		expect(service.requests.length).toBeLessThanOrEqual(2);
		expect(service.signals.every((signal) => signal?.aborted)).toBe(true);
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests.length).toBeLessThanOrEqual(2);
	});

	it('starts fresh on every call', async () => {
		const service = scriptedService(catalogue(4));
		const a = await collect(paginateListCustomModels(service, {}, { MaxItems: 3 }));
		const b = await collect(paginateListCustomModels(service, {}, { MaxItems: 3 }));
		expect(pageNames(a)).toEqual(pageNames(b));
	});

	it('accepts any object with send(), such as a client from another copy of the SDK', async () => {
		const foreign = { send: scriptedService(catalogue(1)).send };
		expect(pageNames(await collect(paginateListCustomModels(foreign)))).toEqual([['m1']]);
	});
});

describe('paginateListCustomModels: repeated service tokens', () => {
	it('stops with DuplicateTokenError when the service repeats a token (A, A)', async () => {
		const service = replayService([
			{ modelSummaries: catalogue(1), nextToken: 'A' },
			{ modelSummaries: catalogue(1), nextToken: 'A' },
		]);
		const seen: string[][] = [];
		const error = await (async () => {
			for await (const page of paginateListCustomModels(service)) seen.push(names(page.modelSummaries));
		})().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DuplicateTokenError);
		expect(isDuplicateTokenError(error)).toBe(true);
		expect(error).toMatchObject({ name: 'DuplicateTokenError', token: 'A', pageIndex: 2 });
		expect(service.requests).toHaveLength(2);
		expect(seen).toHaveLength(2);
	});

	it('stops on a cycle A, B, A, which botocore misses', async () => {
		const service = replayService([
			{ modelSummaries: [], nextToken: 'A' },
			{ modelSummaries: [], nextToken: 'B' },
			{ modelSummaries: [], nextToken: 'A' },
		]);
		await expect(collect(paginateListCustomModels(service))).rejects.toThrow(DuplicateTokenError);
		expect(service.requests).toHaveLength(3);
	});

	it('stops when the service hands back the starting token itself', async () => {
		const service = replayService([{ modelSummaries: [], nextToken: 'S' }]);
		await expect(collect(paginateListCustomModels(service, {}, { StartingToken: 'S' }))).rejects.toThrow(
			DuplicateTokenError,
		);
		expect(service.requests).toEqual([{ nextToken: 'S' }]);
	});
});

describe('paginateListCustomModels: bad input', () => {
	const service = scriptedService(catalogue(3));

	const first = (pages: AsyncGenerator<unknown>) => pages.next();

	it.each([0, -1, 2.5, Number.NaN, '3', Number.POSITIVE_INFINITY, 1001, null, true])(
		'rejects PageSize %s before any request',
		async (PageSize) => {
			await expect(first(paginateListCustomModels(service, {}, { PageSize: PageSize as number }))).rejects.toThrow(
				InvalidPaginationConfigError,
			);
			expect(service.requests).toHaveLength(0);
		},
	);

	it.each([0, -1, 2.5, Number.NaN, '3', Number.POSITIVE_INFINITY, null])('rejects MaxItems %s before any request', async (MaxItems) => {
		await expect(first(paginateListCustomModels(service, {}, { MaxItems: MaxItems as number }))).rejects.toThrow(
			InvalidPaginationConfigError,
		);
		expect(service.requests).toHaveLength(0);
	});

	it('says how to fix a bad value, and names the option', async () => {
		const error = await first(paginateListCustomModels(service, {}, { PageSize: 0 })).catch((e: unknown) => e);
		expect(error).toMatchObject({
			name: 'InvalidPaginationConfigError',
			option: 'PageSize',
			message: 'Expected `PageSize` to be an integer from 1 to 1000, got `0` (number).',
		});
		expect(isInvalidPaginationConfigError(error)).toBe(true);
		await expect(first(paginateListCustomModels(service, {}, { MaxItems: '3' as unknown as number }))).rejects.toThrow(
			"Expected `MaxItems` to be an integer >= 1, got `'3'` (string).",
		);
	});

	it('points maxResults and nextToken in filters at PageSize and StartingToken', async () => {
		await expect(first(paginateListCustomModels(service, { maxResults: 5 } as never))).rejects.toThrow(/pass it as `PageSize`/);
		await expect(first(paginateListCustomModels(service, { nextToken: 'x' } as never))).rejects.toThrow(/pass it as `StartingToken`/);
	});

	it('names a misspelt pagination option', async () => {
		await expect(first(paginateListCustomModels(service, {}, { maxItems: 3 } as never))).rejects.toThrow(/did you mean `MaxItems`/);
	});

	it('rejects an empty or malformed StartingToken with InvalidStartingTokenError', async () => {
		await expect(first(paginateListCustomModels(service, {}, { StartingToken: '' }))).rejects.toThrow(InvalidStartingTokenError);
		const negative = Buffer.from('{"nextToken": "t", "boto_truncate_amount": -1}').toString('base64');
		const error = await first(paginateListCustomModels(service, {}, { StartingToken: negative })).catch((e: unknown) => e);
		expect(error).toMatchObject({ name: 'InvalidStartingTokenError', token: negative });
		expect(isInvalidStartingTokenError(error)).toBe(true);
		expect(isPaginationError(error)).toBe(true);
	});

	it('rejects a client without send()', async () => {
		await expect(first(paginateListCustomModels({} as never))).rejects.toThrow(/`client` to be an SDK client with a `send\(\)` method/);
	});

	it('rejects the same way from the item iterator and the full result', async () => {
		await expect(iterateListCustomModels(service, {}, { PageSize: 0 }).next()).rejects.toThrow(InvalidPaginationConfigError);
		await expect(buildListCustomModelsResult(service, {}, { MaxItems: -1 })).rejects.toThrow(InvalidPaginationConfigError);
		expect(service.requests).toHaveLength(0);
	});

	it('rejects in a for await loop too, and has sent nothing', async () => {
		const local = scriptedService(catalogue(3));
		await expect(async () => {
			for await (const _ of paginateListCustomModels(local, {}, { PageSize: 0 })) {
				// never reached
			}
		}).rejects.toThrow(InvalidPaginationConfigError);
		expect(local.requests).toHaveLength(0);
	});
});
