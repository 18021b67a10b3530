/**
 * Cross-checks against botocore itself: boto3's paginator and the AWS CLI on the same local endpoint.
 * Items and tokens must match byte for byte, and each side must resume from the other's tokens.
 */
import * as table from '../../src/operations/table.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';
import { buildListCustomModelsResult, collectFullResult, paginate } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { clientFor } from '../support/local.js';
import { awsCli, botoMissing, botoPaginate, endBotoPaginate, snakeCase, type BotoCase } from '../support/python.js';
import { requiredInput } from '../support/operations.js';
import { run } from '../support/run.js';
import { CLI } from '../support/built.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);

let local: LocalBedrock;
let client: ReturnType<typeof clientFor>;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 53, seed: 21 });
	client = clientFor(local);
});
afterAll(async () => {
	client.destroy();
	endBotoPaginate();
	await local.close();
});

describe.skipIf(botoMissing !== undefined)('against botocore', () => {
	it(title('emits the same items and byte-identical NextTokens as boto3 over a grid of MaxItems, PageSize and order'), async () => {
		const grid: { filters: Record<string, unknown>; pagination: BotoCase['pagination'] }[] = [];
		for (const MaxItems of [undefined, 1, 4, 10, 25, 53, 60])
			for (const PageSize of [undefined, 1, 3, 10, 25])
				for (const sortOrder of ['Ascending', 'Descending'])
					grid.push({ filters: { sortOrder }, pagination: clean({ MaxItems, PageSize }) });
		const boto = await botoPaginate(grid.map((c) => ({ endpoint: local.endpoint, ...c })));
		for (const [index, testCase] of grid.entries()) {
			const ours = await buildListCustomModelsResult(client, testCase.filters, testCase.pagination);
			expect({ case: testCase, arns: ours.modelSummaries.map((m) => m.modelArn), NextToken: ours.NextToken ?? null }).toEqual({
				case: testCase,
				...boto[index],
			});
		}
	}, 120_000);

	it(title('chains runs that alternate between boto3 and this library, every item once, in order'), async () => {
		const all = local.models().map((m) => m.modelArn).reverse();
		for (const [MaxItems, PageSize] of [[4, 3], [7, 10], [3, 2], [10, 4]] as const) {
			const seen: string[] = [];
			let token: string | undefined;
			for (let run = 0; run < 30; run++) {
				const pagination = clean({ MaxItems, PageSize, StartingToken: token });
				if (run % 2 === 0) {
					const [result] = await botoPaginate([{ endpoint: local.endpoint, filters: {}, pagination }]);
					if (!result || 'error' in result) throw new Error(JSON.stringify(result));
					seen.push(...result.arns);
					token = result.NextToken ?? undefined;
				} else {
					const result = await buildListCustomModelsResult(client, {}, pagination);
					seen.push(...result.modelSummaries.map((m) => m.modelArn as string));
					token = result.NextToken;
				}
				if (token === undefined) break;
			}
			expect(seen).toEqual(all);
		}
	}, 120_000);

	it(title('resumes from a per-item token in boto3 exactly after that item'), async () => {
		const pages = [];
		const { paginateListCustomModels } = await import('../../src/index.js');
		for await (const page of paginateListCustomModels(client, {}, { PageSize: 5 })) {
			pages.push(page);
			if (pages.length === 2) break;
		}
		const page = pages[1];
		const token = page?.tokenAfter(1);
		const [result] = await botoPaginate([{ endpoint: local.endpoint, filters: {}, pagination: { MaxItems: 2, StartingToken: token as string } }]);
		const all = local.models().map((m) => m.modelArn).reverse();
		expect(result).toMatchObject({ arns: all.slice(7, 9) });
	});

	it(title('prints what the AWS CLI prints, and each resumes from the other\'s --starting-token'), async () => {
		const cliArgs = ['--endpoint-url', local.endpoint, '--max-items', '7', '--page-size', '3', '--sort-order', 'Ascending'];
		const aws = await awsCli(['bedrock', 'list-custom-models', ...cliArgs, '--output', 'json']);
		expect(aws.status, aws.stderr).toBe(0);
		const ours = (await run('node', [CLI, 'list-custom-models', ...cliArgs], { AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret' })).stdout;
		const awsJson = JSON.parse(aws.stdout) as { modelSummaries: { modelArn: string }[]; NextToken: string };
		const ourJson = JSON.parse(ours) as typeof awsJson;
		expect(Object.keys(ourJson)).toEqual(Object.keys(awsJson));
		expect(ourJson.NextToken).toBe(awsJson.NextToken);
		expect(ourJson.modelSummaries.map((m) => m.modelArn)).toEqual(awsJson.modelSummaries.map((m) => m.modelArn));

		const awsResumed = await awsCli(['bedrock', 'list-custom-models', ...cliArgs, '--starting-token', ourJson.NextToken, '--output', 'json']);
		const ours2 = await buildListCustomModelsResult(client, { sortOrder: 'Ascending' }, { MaxItems: 7, PageSize: 3, StartingToken: awsJson.NextToken });
		expect(JSON.parse(awsResumed.stdout).modelSummaries.map((m: { modelArn: string }) => m.modelArn)).toEqual(
			ours2.modelSummaries.map((m) => m.modelArn),
		);
		expect(ours2.modelSummaries.map((m) => m.modelArn)).toEqual(local.models().slice(7, 14).map((m) => m.modelArn));
	});
});

function clean<T extends Record<string, unknown>>(object: T): BotoCase['pagination'] {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as BotoCase['pagination'];
}

describe.skipIf(botoMissing !== undefined)('every paginated operation against botocore', () => {
	const descriptors = Object.values(table) as AnyOperationDescriptor[];
	interface OperationCheck {
		grid: BotoCase['pagination'][];
		ours: { pagination: BotoCase['pagination']; arns: unknown[]; NextToken: string | null }[];
		boto: unknown[];
		ourCut: { arns: unknown[]; NextToken: string };
		botoCut: { arns: unknown[]; NextToken: string };
		botoRestOfOurs: { arns: unknown[] };
		ourRestOfBoto: unknown[];
	}
	const checks = new Map<string, OperationCheck>();

	beforeAll(async () => {
		const all = await startLocalBedrock({ models: 17, seed: 4, items: Object.fromEntries(descriptors.map((d) => [d.operationName, 17])) });
		const allClient = clientFor(all);
		const base = (d: AnyOperationDescriptor) => ({ endpoint: all.endpoint, operation: snakeCase(d.operationName), resultKey: d.resultKey, idPath: idPathOf(d), filters: requiredInput(d, all) });
		const list = async (d: AnyOperationDescriptor, pagination: BotoCase['pagination']) => {
			const result = (await collectFullResult(paginate(d, allClient, requiredInput(d, all) as never, pagination as never), d.resultKey, undefined)) as Record<string, unknown[]> & { NextToken?: string };
			return { arns: (result[d.resultKey] as unknown[]).map((item) => valueAt(item, idPathOf(d))), NextToken: result.NextToken ?? null };
		};
		// Three questions to boto3 in all: the grids, its cuts, and resuming from ours.
		const grids = descriptors.map((d) => (d.limitKey === undefined ? [undefined] : [undefined, 1, 4, 17]).flatMap((PageSize) => [undefined, 1, 5, 17, 20].map((MaxItems) => clean({ MaxItems, PageSize }))));
		const boto = await botoPaginate(descriptors.flatMap((d, i) => (grids[i] as BotoCase['pagination'][]).map((pagination) => ({ ...base(d), pagination }))));
		const botoCuts = await botoPaginate(descriptors.map((d) => ({ ...base(d), pagination: { MaxItems: 3 } })));
		const ourCuts = await Promise.all(descriptors.map((d) => list(d, { MaxItems: 3 })));
		const botoRests = await botoPaginate(descriptors.map((d, i) => ({ ...base(d), pagination: { StartingToken: ourCuts[i]?.NextToken as string } })));
		let offset = 0;
		for (const [i, d] of descriptors.entries()) {
			const grid = grids[i] as BotoCase['pagination'][];
			const ours = [];
			for (const pagination of grid) ours.push({ pagination, ...(await list(d, pagination)) });
			const botoCut = botoCuts[i] as { arns: unknown[]; NextToken: string };
			checks.set(d.operationName, {
				grid,
				ours,
				boto: boto.slice(offset, offset + grid.length),
				ourCut: ourCuts[i] as { arns: unknown[]; NextToken: string },
				botoCut,
				botoRestOfOurs: botoRests[i] as { arns: unknown[] },
				ourRestOfBoto: (await list(d, { StartingToken: botoCut.NextToken })).arns,
			});
			offset += grid.length;
		}
		allClient.destroy();
		await all.close();
	}, 120_000);

	it.each(descriptors.map((d) => [d.operationName] as const))(title('%s: the same items and byte-identical NextTokens as boto3, and each resumes from the other'), (name) => {
		const check = checks.get(name) as OperationCheck;
		expect(check.ours).toEqual(check.grid.map((pagination, index) => ({ pagination, ...(check.boto[index] as object) })));
		const everything = (check.boto[0] as { arns: unknown[] }).arns;
		expect(everything.length).toBeGreaterThan(0);
		expect([...check.ourCut.arns, ...check.botoRestOfOurs.arns]).toEqual(everything);
		expect([...check.botoCut.arns, ...check.ourRestOfBoto]).toEqual(everything);
	});
});

/** A dotted path to an item's id: the descriptor's `itemId`, or the field each operation without one is keyed by. */
function idPathOf(descriptor: AnyOperationDescriptor): string {
	return descriptor.itemId ?? (descriptor.resultKey === 'testResults' ? 'testCase.testCaseId' : 'configId');
}

function valueAt(item: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], item);
}
