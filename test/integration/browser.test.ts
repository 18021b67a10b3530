/**
 * A core that runs wherever the SDK runs: a paginator use bundled with esbuild for the browser platform needs no
 * Node built-in, and the bundle lists models in headless Chromium through the real BedrockClient (static fake
 * credentials) from a page of another origin, against the local endpoint with CORS on. Skipped with a message
 * where Chromium is missing (CI installs Debian's `chromium` when it can).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginateListCustomModels } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { ROOT } from '../support/built.js';
import { clientFor } from '../support/local.js';

const CHROMIUM = process.env['BEDROCK_PAGINATORS_CHROMIUM'] ?? '/usr/bin/chromium';
const chromiumMissing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found (Debian: apt-get install chromium)`;
const title = (text: string) => (chromiumMissing ? `${text} (skipped: ${chromiumMissing})` : text);

/** The app: lists up to 5 models 2 a page, in the order they were created, and reports each page and its token. */
const APP = `
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { paginateListCustomModels } from 'bedrock-paginators';
globalThis.listModels = async (endpoint) => {
	const client = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
	const pages = [];
	for await (const page of paginateListCustomModels(client, { sortOrder: 'Ascending' }, { MaxItems: 5, PageSize: 2 })) {
		pages.push({ arns: page.modelSummaries.map((model) => model.modelArn), NextToken: page.NextToken ?? null });
	}
	return pages;
};
`;

async function bundle() {
	const { build } = await import('esbuild');
	const result = await build({
		stdin: { contents: APP, resolveDir: ROOT, loader: 'js' },
		alias: { 'bedrock-paginators': join(ROOT, 'dist/index.js') },
		bundle: true,
		write: false,
		metafile: true,
		platform: 'browser',
		format: 'iife',
		logLevel: 'silent',
	});
	const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
	const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path));
	return { code: result.outputFiles[0]?.text ?? '', disabled: inputs.filter((input) => input.startsWith('(disabled)')), imports };
}

describe('the paginator in a browser', () => {
	let local: LocalBedrock;
	let page: Server;
	let code = '';

	beforeAll(async () => {
		local = await startLocalBedrock({ models: 12, cors: true });
		page = createServer((request, response) => {
			if (request.url === '/app.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
			else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/app.js"></script>');
		});
		await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
	});
	afterAll(async () => {
		await new Promise((resolve) => page.close(resolve));
		await local.close();
	});

	it('bundles for the browser platform with no Node built-in in the bundle', async () => {
		const result = await bundle();
		expect(result.imports).toEqual([]);
		expect(result.disabled).toEqual([]);
		expect(result.code).toContain('ListCustomModelsCommand');
		code = result.code;
	});

	it.skipIf(chromiumMissing !== undefined)(title('lists models in headless Chromium through the real BedrockClient, as in Node'), async () => {
		if (code === '') code = (await bundle()).code;
		const { chromium } = await import('playwright-core');
		const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
		try {
			const tab = await browser.newPage();
			const errors: string[] = [];
			tab.on('pageerror', (error) => errors.push(error.message));
			await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
			const inBrowser = await tab.evaluate((endpoint) => (globalThis as unknown as { listModels(endpoint: string): Promise<unknown> }).listModels(endpoint), local.endpoint);
			expect(errors).toEqual([]);

			const client = clientFor(local);
			const inNode: { arns: (string | undefined)[]; NextToken: string | null }[] = [];
			for await (const listed of paginateListCustomModels(client, { sortOrder: 'Ascending' }, { MaxItems: 5, PageSize: 2 })) {
				inNode.push({ arns: listed.modelSummaries.map((model) => model.modelArn), NextToken: listed.NextToken ?? null });
			}
			client.destroy();
			expect(inNode.map((listed) => listed.arns.length)).toEqual([2, 2, 1]);
			expect(inBrowser).toEqual(inNode);
			expect(inNode.at(-1)?.NextToken).not.toBeNull();
		} finally {
			await browser.close();
		}
	});
});
