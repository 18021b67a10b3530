/**
 * The further clients' types: inferred from each client's descriptor table with no type argument to write,
 * required members (path parameters) required at compile time, and the built declarations naming each
 * function's types as an editor shows them. (The expectTypeOf lines are checked by `tsc -p .`.)
 */
import type { AsyncInvokeSummary } from '@aws-sdk/client-bedrock-runtime';
import type { DataAutomationLibraryEntitySummary } from '@aws-sdk/client-bedrock-data-automation';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	buildListDataAutomationLibraryEntitiesResult,
	paginateListDataAutomationLibraryEntities,
	type DataAutomationLibraryEntitiesItem,
	type ListDataAutomationLibraryEntitiesFilters,
} from '../src/clients/data-automation/index.js';
import { iterateListAsyncInvokes, paginateListAsyncInvokes, processAsyncInvokes, type AsyncInvokesPage, type AsyncInvokesItem } from '../src/clients/runtime/index.js';
import { paginateRetrieve, type GetAgentMemoryFilters, type RetrievePage, type RetrieveResult } from '../src/clients/agent-runtime/index.js';
import type { GuardrailAction } from '@aws-sdk/client-bedrock-agent-runtime';
import { ROOT } from './support/built.js';
import { FAMILY, stem } from './support/family-clients.js';
import { familyService } from './support/family-service.js';

describe('types flow from each client table', () => {
	const client = familyService([], { resultKey: 'entities', limitKey: 'maxResults' });

	it('types pages and items from the SDK, with no type argument', () => {
		expectTypeOf(paginateListAsyncInvokes(client)).toEqualTypeOf<AsyncGenerator<AsyncInvokesPage, void, undefined>>();
		expectTypeOf<AsyncInvokesPage['asyncInvokeSummaries']>().toEqualTypeOf<AsyncInvokeSummary[]>();
		expectTypeOf<AsyncInvokesItem>().toEqualTypeOf<AsyncInvokeSummary>();
		expectTypeOf<Awaited<ReturnType<ReturnType<typeof iterateListAsyncInvokes>['next']>>['value']>().toEqualTypeOf<AsyncInvokeSummary | void>();
		expectTypeOf<DataAutomationLibraryEntitiesItem>().toEqualTypeOf<DataAutomationLibraryEntitySummary>();
		expectTypeOf(processAsyncInvokes).toBeFunction();
	});

	it("types Retrieve's guardrailAction from the table's non-aggregate key: optional on a page, GuardrailAction or null in the full result", () => {
		expectTypeOf<RetrievePage['guardrailAction']>().toEqualTypeOf<GuardrailAction | undefined>();
		expectTypeOf<RetrieveResult['guardrailAction']>().toEqualTypeOf<GuardrailAction | null>();
		expectTypeOf<AsyncInvokesPage>().not.toHaveProperty('guardrailAction');
		expectTypeOf(buildListDataAutomationLibraryEntitiesResult).returns.resolves.not.toHaveProperty('guardrailAction');
	});

	it('requires path parameters and leaves the token and the limit to pagination, at compile time', async () => {
		expectTypeOf<ListDataAutomationLibraryEntitiesFilters>().toHaveProperty('libraryArn').toEqualTypeOf<string | undefined>();
		expectTypeOf<ListDataAutomationLibraryEntitiesFilters>().not.toHaveProperty('maxResults');
		expectTypeOf<ListDataAutomationLibraryEntitiesFilters>().not.toHaveProperty('nextToken');
		// @ts-expect-error the input (with its path parameters) is not optional
		const missing = paginateListDataAutomationLibraryEntities(client);
		await expect(missing.next()).rejects.toThrow(/Missing required parameter in ListDataAutomationLibraryEntities input: `libraryArn`/);
		// @ts-expect-error entityType is required
		const partial = paginateListDataAutomationLibraryEntities(client, { libraryArn: 'l1' });
		await expect(partial.next()).rejects.toThrow(/`entityType`/);
		expect(client.requests).toHaveLength(0);
	});
});

describe('limit keys in the types', () => {
	it("leaves GetAgentMemory's maxItems to PageSize, and refuses PageSize for Retrieve, at compile time", async () => {
		expectTypeOf<GetAgentMemoryFilters>().not.toHaveProperty('maxItems');
		expectTypeOf<GetAgentMemoryFilters>().toHaveProperty('memoryType');
		const client = familyService([], { resultKey: 'retrievalResults' });
		// @ts-expect-error Retrieve has no limit member
		const pages = paginateRetrieve(client, { knowledgeBaseId: 'KB12345678', retrievalQuery: { text: 'q' } }, { PageSize: 5 });
		await expect(pages.next()).rejects.toThrow(/Retrieve has no page size to set/);
		expect(client.requests).toHaveLength(0);
	});
});

describe.each(FAMILY.map((c) => [c.path, c] as const))("bedrock-paginators/%s's declarations, built", (path, c) => {
	it('name each function with its operation\'s types, as an editor shows them', () => {
		const declarations = readFileSync(join(ROOT, 'dist', path, 'index.d.ts'), 'utf8');
		for (const { operationName: name, limitKey } of c.descriptors) {
			const noLimit = limitKey === undefined ? ', PaginationWithoutPageSize' : '';
			expect(declarations).toContain(`declare const paginate${name}: PaginateFunction<${name}Filters, ${stem(name)}Page${noLimit}>;`);
			expect(declarations).toContain(`declare const build${name}Result: ResultFunction<${name}Filters, ${stem(name)}Result${noLimit}>;`);
			expect(declarations).toContain(`declare const process${stem(name)}: JobFunction<${name}Filters, ${stem(name)}Item>;`);
			expect(declarations).toMatch(new RegExp(`interface ${name}Filters extends `));
		}
	});
});
