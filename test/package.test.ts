/**
 * The built package as users load it: `require()` of the CJS entry (p-retry is ESM-only and must be
 * bundled in), `import` of the ESM entry, and the `local` subpath, each in a fresh Node process.
 */
import { describe, expect, it } from 'vitest';
import { minifiedBundle } from './support/bundle.js';
import { run } from './support/run.js';

const script = `
	let calls = 0;
	const scripted = {
		async send(command) {
			// The first request is throttled (a plain object, as some test doubles reject): p-retry must load and run.
			if (++calls === 1) throw { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } };
			const offset = Number(command.input.nextToken ?? 0);
			const all = Array.from({ length: 5 }, (_, i) => ({ modelArn: 'arn:m' + (i + 1), modelName: 'm' + (i + 1) }));
			const page = all.slice(offset, offset + 2);
			return { modelSummaries: page, ...(offset + 2 < all.length ? { nextToken: String(offset + 2) } : {}) };
		},
	};
	const pages = [];
	let retried = 0;
	for await (const page of lib.paginateListCustomModels(scripted, {}, { MaxItems: 3 }, { retry: { minTimeout: 0 }, onRetry: () => retried++ })) pages.push(page);
	const full = await lib.buildListCustomModelsResult(scripted, {}, { StartingToken: pages.at(-1).NextToken });
	let invalid;
	try { await lib.paginateListCustomModels(scripted, {}, { PageSize: 0 }).next(); } catch (error) { invalid = error.name; }
	const local = await localLib.startLocalBedrock({ models: 3 });
	await local.close();
	console.log(JSON.stringify({
		pages: pages.map((p) => p.modelSummaries.map((m) => m.modelName)),
		token: Buffer.from(pages.at(-1).NextToken, 'base64').toString(),
		rest: full.modelSummaries.map((m) => m.modelName),
		invalid,
		guard: lib.isInvalidPaginationConfigError({ name: invalid }),
		localModels: local.models().length,
		retried,
	}));
`;

const expected = {
	pages: [['m1', 'm2'], ['m3']],
	token: '{"nextToken": "2", "boto_truncate_amount": 1}',
	rest: ['m4', 'm5'],
	invalid: 'InvalidPaginationConfigError',
	guard: true,
	localModels: 3,
	retried: 1,
};

describe('the built package', () => {
	it('works through require() of the CJS entry, p-retry included', async () => {
		const source = `const lib = require('bedrock-paginators'); const localLib = require('bedrock-paginators/local');
			(async () => { ${script} })().catch((e) => { console.error(e); process.exit(1); });`;
		const result = await run('node', ['-e', source], { NODE_PATH: '' });
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual(expected);
	});

	it('works through import of the ESM entry', async () => {
		const source = `import * as lib from 'bedrock-paginators'; import * as localLib from 'bedrock-paginators/local'; ${script}`;
		const result = await run('node', ['--input-type=module', '-e', source]);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual(expected);
	});

	it('loads the CJS entry without requiring any ESM-only module at run time', async () => {
		const source = `const Module = require('module'); const load = Module._load; const seen = [];
			Module._load = function (request, ...rest) { seen.push(request); return load.call(this, request, ...rest); };
			require('bedrock-paginators'); console.log(JSON.stringify(seen));`;
		const result = await run('node', ['-e', source]);
		const required = JSON.parse(result.stdout) as string[];
		expect(required).not.toContain('p-retry');
		expect(required).not.toContain('is-network-error');
	});

	it('loads the root entry, with fileCheckpoint, without the S3 or DynamoDB clients; their sub-paths load them (ESM and CJS)', async () => {
		const source = `const Module = require('module'); const load = Module._load; const seen = [];
			Module._load = function (request, ...rest) { seen.push(request); return load.call(this, request, ...rest); };
			const lib = require('bedrock-paginators'); lib.fileCheckpoint('/tmp/x.json');
			const root = seen.filter((name) => name.includes('client-s3') || name.includes('client-dynamodb'));
			const { s3Checkpoint } = require('bedrock-paginators/s3'); const { dynamoCheckpoint } = require('bedrock-paginators/dynamodb');
			const { checkpointStoreContract } = require('bedrock-paginators/testing'); const { leasedCheckpoint } = require('bedrock-paginators/lease');
			console.log(JSON.stringify({ root, s3: seen.includes('@aws-sdk/client-s3'), dynamodb: seen.includes('@aws-sdk/client-dynamodb'),
				functions: [s3Checkpoint, dynamoCheckpoint, checkpointStoreContract, leasedCheckpoint].map((f) => typeof f) }));`;
		const cjs = await run('node', ['-e', source]);
		expect(cjs.stderr).toBe('');
		expect(JSON.parse(cjs.stdout)).toEqual({ root: [], s3: true, dynamodb: true, functions: ['function', 'function', 'function', 'function'] });
		const esm = await run('node', ['--input-type=module', '-e', "import { s3Checkpoint } from 'bedrock-paginators/s3'; import { dynamoCheckpoint } from 'bedrock-paginators/dynamodb'; import { checkpointStoreContract } from 'bedrock-paginators/testing'; console.log(typeof s3Checkpoint, typeof dynamoCheckpoint, typeof checkpointStoreContract);"]);
		expect(esm.stdout.trim()).toBe('function function function');
	});

	it('does nothing at import time', async () => {
		const source = `process.stdout; process.stderr; const before = process._getActiveHandles().length + process._getActiveRequests().length;
			require('bedrock-paginators'); require('bedrock-paginators/local');
			console.log(process._getActiveHandles().length + process._getActiveRequests().length - before);`;
		expect((await run('node', ['-e', source])).stdout.trim()).toBe('0');
	});
});

describe('tree-shaking', () => {
	it('bundles one operation at about the cost of ListCustomModels alone: the other operations are left out', async () => {
		const size = async (source: string) => {
			const text = await minifiedBundle(source, ['@aws-sdk/client-bedrock', 'p-retry']);
			return { bytes: text.length, commands: [...new Set(text.match(/List\w+Command/g))] };
		};
		const customModels = await size("import { paginateListCustomModels } from './dist/index.js'; console.log(paginateListCustomModels);");
		const guardrails = await size("import { paginateListGuardrails } from './dist/index.js'; console.log(paginateListGuardrails);");
		const everything = await size("import * as all from './dist/index.js'; console.log(all);");
		expect(guardrails.commands).toEqual(['ListGuardrailsCommand']);
		expect(customModels.commands).toEqual(['ListCustomModelsCommand']);
		expect(Math.abs(guardrails.bytes - customModels.bytes)).toBeLessThan(2_000);
		expect(everything.commands).toHaveLength(19);
		expect(everything.bytes - guardrails.bytes).toBeGreaterThan(8_000);
	});
});
