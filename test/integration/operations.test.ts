/**
 * Every paginated Bedrock operation through the real BedrockClient over HTTP against the local endpoint:
 * pages, items and full results from the one descriptor table; MaxItems cut inside a page and the resume.
 */
import { BedrockClient } from '@aws-sdk/client-bedrock';
import * as table from '../../src/operations/table.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';
import { paginate } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock, type LocalOperation } from '../../src/local/index.js';
import { collect } from '../support/scripted-service.js';
import { clientFor } from '../support/local.js';
import { requiredInput } from '../support/operations.js';

let local: LocalBedrock;
let client: BedrockClient;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 23, items: Object.fromEntries(Object.values(table).map((d) => [d.operationName, 23])) });
	client = clientFor(local);
});
afterAll(async () => {
	client.destroy();
	await local.close();
});

const descriptors = Object.values(table) as AnyOperationDescriptor[];
const inputFor = (descriptor: AnyOperationDescriptor) => requiredInput(descriptor, local);
/** What the endpoint stores, in the order the operation lists it (sortable ones newest first by default). */
const expectedIds = (descriptor: AnyOperationDescriptor): string[] => {
	const items = local.items(descriptor.operationName as LocalOperation);
	const ids = items.map((item) => idOf(descriptor, item));
	return descriptor.order === undefined ? ids : ids.reverse();
};
const idOf = (descriptor: AnyOperationDescriptor, item: unknown): string => {
	const record = item as Record<string, unknown>;
	if (descriptor.itemId !== undefined) return String(record[descriptor.itemId]);
	return String((record['testCase'] as Record<string, unknown> | undefined)?.['testCaseId'] ?? record['configId']);
};
const functionsOf = (descriptor: AnyOperationDescriptor) => {
	const name = descriptor.operationName;
	const exports = library as unknown as Record<string, (...args: unknown[]) => unknown>;
	return {
		pages: exports[`paginate${name}`] as (...args: unknown[]) => AsyncGenerator<Record<string, unknown[]> & { NextToken?: string }>,
		items: exports[`iterate${name}`] as (...args: unknown[]) => AsyncGenerator<unknown> & { NextToken?: string },
		result: exports[`build${name}Result`] as (...args: unknown[]) => Promise<Record<string, unknown[]> & { NextToken?: string }>,
	};
};

describe.each(descriptors.map((descriptor) => [descriptor.operationName, descriptor] as const))('%s', (_, descriptor) => {
	const pageSize = descriptor.limitKey === undefined ? undefined : 5;
	const pagination = pageSize === undefined ? {} : { PageSize: pageSize };

	it('lists every item once, in order, as pages, items and a full result', async () => {
		const { pages, items, result } = functionsOf(descriptor);
		const expected = expectedIds(descriptor);
		const listed = await collect(pages(client, inputFor(descriptor), pagination));
		expect(listed.flatMap((page) => page[descriptor.resultKey] as unknown[]).map((item) => idOf(descriptor, item))).toEqual(expected);
		if (pageSize !== undefined) expect(listed.map((page) => (page[descriptor.resultKey] as unknown[]).length)).toEqual([5, 5, 5, 5, 3]);
		expect((await collect(items(client, inputFor(descriptor), pagination))).map((item) => idOf(descriptor, item))).toEqual(expected);
		const full = await result(client, inputFor(descriptor), pagination);
		expect((full[descriptor.resultKey] as unknown[]).map((item) => idOf(descriptor, item))).toEqual(expected);
		expect(full.NextToken).toBeUndefined();
	});

	it('cuts at MaxItems inside a page, and resumes from the token exactly after', async () => {
		const { result } = functionsOf(descriptor);
		const expected = expectedIds(descriptor);
		const first = await result(client, inputFor(descriptor), { ...pagination, MaxItems: 7 });
		expect((first[descriptor.resultKey] as unknown[]).map((item) => idOf(descriptor, item))).toEqual(expected.slice(0, 7));
		expect(first.NextToken).toEqual(expect.any(String));
		const rest = await result(client, inputFor(descriptor), { ...pagination, StartingToken: first.NextToken });
		expect((rest[descriptor.resultKey] as unknown[]).map((item) => idOf(descriptor, item))).toEqual(expected.slice(7));
	});

	it('is reachable through the generic engine with the descriptor alone', async () => {
		const pages = await collect(paginate(descriptor, client, inputFor(descriptor) as never, { MaxItems: 2 } as never));
		expect(pages.flatMap((page) => (page as Record<string, unknown[]>)[descriptor.resultKey] as unknown[])).toHaveLength(2);
	});
});

describe('path parameters and operations without a limit', () => {
	it('lists the build workflows of one policy, and answers a policy that does not exist with ResourceNotFoundException', async () => {
		const items = await collect(library.iterateListAutomatedReasoningPolicyBuildWorkflows(client, { policyArn: local.policyArn }));
		expect(items).toHaveLength(23);
		const missing = `${local.policyArn.slice(0, -12)}nosuchpolicy`;
		await expect(collect(library.iterateListAutomatedReasoningPolicyBuildWorkflows(client, { policyArn: missing }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
	});

	it('sends no maxResults for ListEnforcedGuardrailsConfiguration, and refuses a PageSize before any request', async () => {
		const before = local.requestCounts.total;
		await expect(library.paginateListEnforcedGuardrailsConfiguration(client, {}, { PageSize: 5 } as never).next()).rejects.toThrow(/has no page size to set/);
		expect(local.requestCounts.total).toBe(before);
		const pages = await collect(library.paginateListEnforcedGuardrailsConfiguration(client, {}, { MaxItems: 5 }));
		expect(pages.flatMap((page) => page.guardrailsConfig)).toHaveLength(5);
		expect(local.requests.at(-1)?.query).toEqual({});
	});

	it('sends each filter under its wire name (typeEquals as type, targetModelNameContains as outputModelNameContains)', async () => {
		await collect(library.paginateListInferenceProfiles(client, { typeEquals: 'APPLICATION' }));
		expect(local.requests.at(-1)?.query).toEqual({ type: 'APPLICATION' });
		const profiles = await collect(library.iterateListInferenceProfiles(client, { typeEquals: 'APPLICATION' }));
		expect(profiles.every((profile) => profile.type === 'APPLICATION')).toBe(true);
		await collect(library.paginateListModelCopyJobs(client, { targetModelNameContains: 'copy' }));
		expect(local.requests.at(-1)?.query).toEqual({ outputModelNameContains: 'copy' });
	});
});
