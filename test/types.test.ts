import type { CustomModelSummary } from '@aws-sdk/client-bedrock';
import type * as sdkTypes from '@aws-sdk/client-bedrock';
import type * as library from '../src/index.js';
import * as table from '../src/operations/table.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	buildListCustomModelsResult,
	iterateListCustomModels,
	paginateListCustomModels,
	type CustomModelsPage,
	type CustomModelsResult,
	type GuardrailsPage,
	type ListCustomModelsFilters,
	type ListingOptions,
	type PageContext,
	type RetryContext,
} from '../src/index.js';
import { ROOT_VALUES } from './support/public-surface.js';
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

describe('types flow from the descriptor table', () => {
	const client = scriptedService(catalogue(1));

	it('types every operation from the SDK, with no type argument to write', async () => {
		const { paginateListGuardrails, iterateListModelCustomizationJobs, buildListAutomatedReasoningPolicyTestResultsResult, processModelCustomizationJobs, paginate, defineOperation } = await import('../src/index.js');
		const sdk = await import('@aws-sdk/client-bedrock');
		expectTypeOf(paginateListGuardrails(client)).toEqualTypeOf<AsyncGenerator<library.PageOf<typeof table.listGuardrailsDescriptor>, void, undefined>>();
		expectTypeOf<GuardrailsPage>().toEqualTypeOf<library.PageOf<typeof table.listGuardrailsDescriptor>>();
		expectTypeOf<library.PageOf<typeof table.listGuardrailsDescriptor>['guardrails']>().toEqualTypeOf<sdkTypes.GuardrailSummary[]>();
		expectTypeOf<Awaited<ReturnType<ReturnType<typeof iterateListModelCustomizationJobs>['next']>>['value']>().toEqualTypeOf<sdkTypes.ModelCustomizationJobSummary | void>();
		expectTypeOf(buildListAutomatedReasoningPolicyTestResultsResult).parameter(1).toEqualTypeOf<library.FiltersOf<typeof table.listAutomatedReasoningPolicyTestResultsDescriptor>>();
		expectTypeOf<Parameters<typeof processModelCustomizationJobs>[2]>().parameter(0).toEqualTypeOf<sdkTypes.ModelCustomizationJobSummary>();
		// The generic engine infers everything from the descriptor.
		expectTypeOf(paginate(table.listImportedModelsDescriptor, client)).toEqualTypeOf<AsyncGenerator<library.PageOf<typeof table.listImportedModelsDescriptor>, void, undefined>>();
		// A descriptor a user declares is typed from the command class alone.
		const mine = defineOperation(sdk.ListModelCopyJobsCommand, { inputToken: 'nextToken', outputToken: 'nextToken', limitKey: 'maxResults', resultKey: 'modelCopyJobSummaries' });
		expectTypeOf<library.ItemOf<typeof mine>>().toEqualTypeOf<sdkTypes.ModelCopyJobSummary>();
		expectTypeOf<library.FiltersOf<typeof mine>>().toHaveProperty('statusEquals');
		expectTypeOf<library.FiltersOf<typeof mine>>().not.toHaveProperty('maxResults');
	});

	it('refuses at compile time an input field the operation lacks, a missing path parameter, and PageSize where there is no limit', async () => {
		const { paginateListGuardrails, paginateListAutomatedReasoningPolicyBuildWorkflows, paginateListEnforcedGuardrailsConfiguration } = await import('../src/index.js');
		// @ts-expect-error ListGuardrails has no statusEquals (refused at run time too)
		await expect(paginateListGuardrails(client, { statusEquals: 'READY' }).next()).rejects.toThrow(/Unknown parameter in ListGuardrails input: "statusEquals"/);
		// @ts-expect-error policyArn is a required path parameter
		await expect(paginateListAutomatedReasoningPolicyBuildWorkflows(client).next()).rejects.toThrow(/Missing required parameter/);
		// @ts-expect-error ListEnforcedGuardrailsConfiguration has no limit member
		await expect(paginateListEnforcedGuardrailsConfiguration(client, {}, { PageSize: 10 }).next()).rejects.toThrow(/has no page size/);
		// @ts-expect-error defineOperation's resultKey must be an array member of the output
		void (await import('../src/index.js')).defineOperation((await import('@aws-sdk/client-bedrock')).ListGuardrailsCommand, { inputToken: 'nextToken', outputToken: 'nextToken', resultKey: 'nextToken' });
	});
});

describe('the root entry', () => {
	it('exports exactly the pinned public values, and no plumbing', async () => {
		const root = await import('../src/index.js');
		expect(Object.keys(root).sort()).toEqual(ROOT_VALUES);
	});

	it('takes pagination and options in one object after the input, or apart as before, with the same types', () => {
		const client = scriptedService(catalogue(1));
		const signal = new AbortController().signal;
		expectTypeOf(paginateListCustomModels(client, undefined, { MaxItems: 3, signal })).toEqualTypeOf<AsyncGenerator<CustomModelsPage, void, undefined>>();
		expectTypeOf(paginateListCustomModels(client, {}, { MaxItems: 3 }, { signal })).toEqualTypeOf<AsyncGenerator<CustomModelsPage, void, undefined>>();
		expectTypeOf(buildListCustomModelsResult(client, {}, { StartingToken: 'x', readAhead: 0 })).toEqualTypeOf<Promise<CustomModelsResult>>();
		expectTypeOf<ListingOptions>().toHaveProperty('PageSize');
		expectTypeOf<ListingOptions>().toHaveProperty('onPage');
		// @ts-expect-error an option misspelt in the one object is a compile error too
		void paginateListCustomModels(client, {}, { signl: signal });
	});
});
