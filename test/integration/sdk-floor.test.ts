/**
 * The built package with the oldest @aws-sdk/client-bedrock its peer range allows (3.831.0, the first whose
 * ListCustomModels has every filter: installed as the dev alias `client-bedrock-floor`). A child process sees
 * that version as `@aws-sdk/client-bedrock`, as an app pinned to it would.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { ROOT } from '../support/built.js';
import { run } from '../support/run.js';

let local: LocalBedrock;
let app: string;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 40, seed: 12 });
	app = mkdtempSync(join(tmpdir(), 'sdk-floor-'));
	const modules = join(app, 'node_modules');
	mkdirSync(join(modules, '@aws-sdk'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules', 'client-bedrock-floor'), join(modules, '@aws-sdk', 'client-bedrock'));
	// The package itself is copied (a symlink would resolve the SDK from this project's node_modules).
	cpSync(join(ROOT, 'dist'), join(modules, 'bedrock-paginators', 'dist'), { recursive: true });
	cpSync(join(ROOT, 'package.json'), join(modules, 'bedrock-paginators', 'package.json'));
	for (const dependency of ['p-retry', 'is-network-error']) symlinkSync(join(ROOT, 'node_modules', dependency), join(modules, dependency));
	writeFileSync(
		join(app, 'main.mjs'),
		`
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { createRequire } from 'node:module';
import { buildListCustomModelsResult, paginateListAdvancedPromptOptimizationJobs } from 'bedrock-paginators';
const require = createRequire(import.meta.url);
const client = new BedrockClient({ endpoint: process.env.ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
const result = await buildListCustomModelsResult(client, { modelStatus: 'Active', isOwned: true, sortOrder: 'Ascending' }, { PageSize: 7 });
let missing;
try { await paginateListAdvancedPromptOptimizationJobs(client).next(); } catch (error) { missing = error.message; }
console.log(JSON.stringify({ sdk: require('@aws-sdk/client-bedrock/package.json').version, arns: result.modelSummaries.map((m) => m.modelArn), missing }));
client.destroy();
`,
	);
});
afterAll(() => local.close());

describe('the oldest SDK of the peer range (3.831.0)', () => {
	it('sends every filter of ListCustomModels and lists exactly what they select', async () => {
		const result = await run('node', [join(app, 'main.mjs')], { ENDPOINT: local.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
		expect(result.stderr).toBe('');
		const output = JSON.parse(result.stdout) as { sdk: string; arns: string[]; missing: string };
		expect(output.sdk).toBe('3.831.0');
		const expected = local.models().filter((m) => m.modelStatus === 'Active' && m.ownerAccountId === '123456789012');
		expect(output.arns).toEqual(expected.map((m) => m.modelArn));
		expect(local.requests.at(-1)?.query).toMatchObject({ modelStatus: 'Active', isOwned: 'true', sortOrder: 'Ascending', maxResults: '7' });
		expect(output.missing).toBe('The installed @aws-sdk/client-bedrock has no ListAdvancedPromptOptimizationJobsCommand; ListAdvancedPromptOptimizationJobs needs version 3.1047.0 or later.');
	});
});
