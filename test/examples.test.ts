/** The examples run as users run them (tsx), against the local endpoint through AWS_ENDPOINT_URL_BEDROCK. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../src/local/index.js';
import { ROOT } from './support/built.js';
import { run } from './support/run.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 180, seed: 9, faults: { throttleProbability: 0.1, seed: 2 } });
});
afterAll(() => local.close());

const example = (name: string, ...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name), ...args], {
		AWS_ENDPOINT_URL_BEDROCK: local.endpoint,
		AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
		AWS_SECRET_ACCESS_KEY: 'local-secret',
		AWS_REGION: 'us-east-1',
		AWS_EC2_METADATA_DISABLED: 'true',
		AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
	});
const ascendingNames = () => local.models().map((m) => m.modelName);

describe('examples', () => {
	it('pages.ts prints 120 models page by page with a resume token per page', async () => {
		const result = await example('pages.ts');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0])).toEqual(ascendingNames().slice(0, 120));
		expect(result.stderr.match(/^-- \d+ models; resume after them with: \S+$/gm)).toHaveLength(3);
	});

	it('items.ts counts every active model by customization type', async () => {
		const result = await example('items.ts');
		expect(result.status, result.stderr).toBe(0);
		const counts = Function(`return (${result.stdout})`)() as Record<string, number>;
		const active = local.models().filter((m) => m.modelStatus === 'Active');
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(active.length);
	});

	it('resume.ts carries on across runs from its checkpoint: every model once, in order', async () => {
		const checkpoint = join(mkdtempSync(join(tmpdir(), 'bp-')), 'checkpoint');
		const handled: string[] = [];
		for (let runs = 0; runs < 20; runs++) {
			const result = await example('resume.ts', checkpoint, '40');
			expect(result.status, result.stderr).toBe(0);
			handled.push(...result.stdout.trimEnd().split('\n').filter(Boolean));
			if (result.stderr.includes('done: every model handled')) break;
		}
		expect(handled).toEqual(local.models().map((m) => m.modelArn));
	});

	it('local-endpoint.ts lists the owned models of a throttled endpoint', async () => {
		const result = await example('local-endpoint.ts');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^\d{4} owned models listed; \d+ of \d+ requests were throttled and retried\n$/);
	});

	it('demo.ts lists a throttled catalogue exactly once and says so', async () => {
		const result = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', 'demo.ts'), '--models', '400', '--rate', '200', '--page-size', '20'], {
			AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
		});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('models #31 to #35 of the catalogue: nothing repeated, nothing skipped.');
		expect(result.stdout).toMatch(/Summary: 400 models in 20 pages/);
		expect(result.stdout).toContain('Every model listed exactly once.');
	});
});

describe('README', () => {
	it('shows only TypeScript that an example or test type-checks and runs', () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
		expect(blocks.length).toBeGreaterThan(2);
		const sources = ['pages.ts', 'items.ts', 'resume.ts', 'demo.ts', 'local-endpoint.ts'].map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));
		const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
		for (const block of blocks) {
			const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
			for (const line of lines) expect(sources.some((source) => squash(source).includes(squash(line))), line).toBe(true);
		}
	});
});
