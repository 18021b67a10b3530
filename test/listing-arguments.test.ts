/** Pagination and options after the input: one object, or apart (the four-argument form), with the same effect. */
import { describe, expect, it } from 'vitest';
import { buildListCustomModelsResult, iterateListCustomModels, listCustomModelsDescriptor, paginate, paginateListCustomModels, type CustomModelsPage } from '../src/index.js';
import { splitListingOptions } from '../src/core/listing-arguments.js';
import { catalogue, collect, scriptedService } from './support/scripted-service.js';

const names = (pages: readonly CustomModelsPage[]) => pages.map((page) => page.modelSummaries.map((model) => model.modelName));

describe('options after the input in one object', () => {
	it('pages as the four-argument form does, calling onPage and honouring readAhead', async () => {
		const one = scriptedService(catalogue(7));
		const apart = scriptedService(catalogue(7));
		const seen: number[] = [];
		const together = await collect(paginateListCustomModels(one, {}, { MaxItems: 5, PageSize: 2, readAhead: 0, onPage: ({ itemCount }) => void seen.push(itemCount) }));
		const separately = await collect(paginateListCustomModels(apart, {}, { MaxItems: 5, PageSize: 2 }, { readAhead: 0 }));
		expect(names(together)).toEqual([['m1', 'm2'], ['m3', 'm4'], ['m5']]);
		expect(names(together)).toEqual(names(separately));
		expect(together.at(-1)?.NextToken).toBe(separately.at(-1)?.NextToken);
		expect(seen).toEqual([2, 2, 1]);
		expect(one.requests).toEqual(apart.requests);
	});

	it('stops on the signal given there, with an AbortError that says where to resume', async () => {
		const controller = new AbortController();
		const pages = paginateListCustomModels(scriptedService(catalogue(9)), undefined, { PageSize: 3, readAhead: 0, signal: controller.signal });
		const first = await pages.next();
		controller.abort();
		await expect(pages.next()).rejects.toMatchObject({ name: 'AbortError', NextToken: first.value?.NextToken });
	});

	it('resumes items and full results from the StartingToken given there', async () => {
		const start = (await paginateListCustomModels(scriptedService(catalogue(6)), {}, { MaxItems: 2 }).next()).value?.NextToken;
		const items = iterateListCustomModels(scriptedService(catalogue(6)), {}, { StartingToken: start, MaxItems: 2 });
		expect((await collect(items)).map((model) => model.modelName)).toEqual(['m3', 'm4']);
		const result = await buildListCustomModelsResult(scriptedService(catalogue(6)), {}, { StartingToken: start, readAhead: 0 });
		expect(result.modelSummaries.map((model) => model.modelName)).toEqual(['m3', 'm4', 'm5', 'm6']);
		expect(result.NextToken).toBeUndefined();
	});

	it('works for the generic paginate() too', async () => {
		const pages = await collect(paginate(listCustomModelsDescriptor, scriptedService(catalogue(4)), {}, { MaxItems: 3, readAhead: 0 }));
		expect(names(pages)).toEqual([['m1', 'm2', 'm3']]);
	});

	it('names a misspelt pagination key, suggesting its spelling, and an unknown option, listing the options, before any request', async () => {
		const service = scriptedService(catalogue(3));
		// @ts-expect-error maxItems is spelt MaxItems
		await expect(paginateListCustomModels(service, {}, { maxItems: 2, readAhead: 0 }).next()).rejects.toThrow(/`maxItems`.*did you mean `MaxItems`/);
		// @ts-expect-error signl is not an option
		await expect(paginateListCustomModels(service, {}, { MaxItems: 2, signl: 1 }).next()).rejects.toThrow(/`signl`.*`signal`/);
		expect(service.requests).toEqual([]);
	});
});

describe('splitListingOptions', () => {
	it('passes the four-argument form, and a pagination-only object, through unchanged (the same objects)', () => {
		const pagination = { MaxItems: 1 };
		const options = { readAhead: 0 };
		expect(splitListingOptions([pagination, options])).toEqual({ pagination, options });
		expect(splitListingOptions([pagination, options]).pagination).toBe(pagination);
		expect(splitListingOptions([pagination]).pagination).toBe(pagination);
		expect(splitListingOptions([]).pagination).toBeUndefined();
	});

	it('splits one object by key and leaves values that are not objects to the plan to refuse', () => {
		const signal = new AbortController().signal;
		expect(splitListingOptions([{ MaxItems: 1, PageSize: 2, signal, retry: false }])).toEqual({ pagination: { MaxItems: 1, PageSize: 2 }, options: { signal, retry: false } });
		expect(splitListingOptions(['nope'])).toEqual({ pagination: 'nope', options: undefined });
		expect(splitListingOptions([{ pageSize: 3, pacing: false }])).toEqual({ pagination: { pageSize: 3 }, options: { pacing: false } });
	});
});
