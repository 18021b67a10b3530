import type { CustomModelSummary } from '@aws-sdk/client-bedrock';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	buildListCustomModelsResult,
	iterateListCustomModels,
	paginateListCustomModels,
	type CustomModelsPage,
	type ListCustomModelsFilters,
	type PageContext,
	type RetryContext,
} from '../src/index.js';
import { catalogue, scriptedService } from './support/scripted-service.js';

describe('types', () => {
	const client = scriptedService(catalogue(1));

	it('types pages, items, tokens and results without widening to any', () => {
		expectTypeOf(paginateListCustomModels(client)).toEqualTypeOf<AsyncGenerator<CustomModelsPage, void, undefined>>();
		expectTypeOf<CustomModelsPage['modelSummaries']>().toEqualTypeOf<CustomModelSummary[]>();
		expectTypeOf<CustomModelsPage['NextToken']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<CustomModelsPage['tokenAfter']>().toEqualTypeOf<(index: number) => string | undefined>();
		const items = iterateListCustomModels(client);
		expectTypeOf(items.NextToken).toEqualTypeOf<string | undefined>();
		expectTypeOf<Awaited<ReturnType<typeof items.next>>['value']>().toEqualTypeOf<CustomModelSummary | void>();
		expectTypeOf(buildListCustomModelsResult(client)).resolves.toHaveProperty('modelSummaries').toEqualTypeOf<CustomModelSummary[]>();
		expectTypeOf<PageContext['NextToken']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<RetryContext['delay']>().toEqualTypeOf<number>();
	});

	it('refuses maxResults and nextToken in filters, and unknown pagination keys, at compile time', async () => {
		expectTypeOf<ListCustomModelsFilters>().not.toHaveProperty('maxResults');
		expectTypeOf<ListCustomModelsFilters>().not.toHaveProperty('nextToken');
		expectTypeOf<ListCustomModelsFilters>().toHaveProperty('sortOrder');
		// @ts-expect-error maxItems is spelt MaxItems (and is refused at run time too)
		return expect(paginateListCustomModels(client, {}, { maxItems: 3 }).next()).rejects.toThrow(/did you mean `MaxItems`/);
	});
});
