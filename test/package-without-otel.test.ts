/**
 * The built package in a project without `@opentelemetry/api` (an optional peer dependency): `require()` of the CJS
 * entry and `import` of the ESM entry load, list (retries included) and run a job, and nothing is asked of the
 * providers a call names. The project is made in a temporary directory: the package copied in, its other
 * dependencies linked, `@opentelemetry/*` left out. Beside it, in this repository (where the API is installed), both
 * entries record a listing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/built.js';

let project: string;
beforeAll(() => {
	project = mkdtempSync(join(tmpdir(), 'no-otel-'));
	const modules = join(project, 'node_modules');
	mkdirSync(modules);
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (name === '@opentelemetry' || name.startsWith('.')) continue;
		symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
	}
	const own = join(modules, 'bedrock-paginators');
	mkdirSync(own);
	cpSync(join(ROOT, 'package.json'), join(own, 'package.json'));
	cpSync(join(ROOT, 'dist'), join(own, 'dist'), { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const runIn = (cwd: string, args: string[]) =>
	new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
		execFile(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } }, (error, stdout, stderr) =>
			resolve({ status: error ? 1 : 0, stdout, stderr }),
		);
	});
const inProject = (args: string[]) => runIn(project, args);

const script = `
	let calls = 0;
	const scripted = {
		async send(command) {
			if (++calls === 1) throw { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } };
			const offset = Number(command.input.nextToken ?? 0);
			const all = Array.from({ length: 5 }, (_, i) => ({ modelArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/m' + (i + 1), modelName: 'm' + (i + 1), creationTime: new Date(Date.UTC(2024, 0, 1) + i * 1000) }));
			const page = all.slice(offset, offset + 2);
			return { modelSummaries: page, ...(offset + 2 < all.length ? { nextToken: String(offset + 2) } : {}) };
		},
	};
	const asked = [];
	const telemetry = { tracerProvider: { getTracer: (name) => asked.push(name) }, meterProvider: { getMeter: (name) => asked.push(name) } };
	const names = [];
	for await (const page of lib.paginateListCustomModels(scripted, {}, {}, { retry: { minTimeout: 0 }, telemetry })) names.push(...page.modelSummaries.map((m) => m.modelName));
	const progress = [];
	const summary = await lib.processCustomModels(scripted, {}, () => {}, { checkpoint: lib.fileCheckpoint(dir + '/job.json'), concurrency: 1, telemetry, onProgress: (p) => progress.push(p.handled) });
	console.log(JSON.stringify({ absent, names, handled: summary.handled, progress, asked }));
`;
const expected = { absent: true, names: ['m1', 'm2', 'm3', 'm4', 'm5'], handled: 5, progress: [1, 2, 3, 4, 5], asked: [] };

describe('the built package without @opentelemetry/api', () => {
	it('works through require() of the CJS entry, and asks nothing of the providers given', async () => {
		const source = `const lib = require('bedrock-paginators'); const dir = require('fs').mkdtempSync(require('os').tmpdir() + '/no-otel-cjs-');
			let absent = false; try { require.resolve('@opentelemetry/api'); } catch { absent = true; }
			(async () => { ${script} })().catch((e) => { console.error(e); process.exit(1); });`;
		const result = await inProject(['-e', source]);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual(expected);
	});

	it('works through import of the ESM entry, and asks nothing of the providers given', async () => {
		const source = `import * as lib from 'bedrock-paginators'; import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os';
			const dir = mkdtempSync(tmpdir() + '/no-otel-esm-');
			const absent = await import('@opentelemetry/api').then(() => false, (error) => error.code === 'ERR_MODULE_NOT_FOUND');
			${script}`;
		const result = await inProject(['--input-type=module', '-e', source]);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual(expected);
	});

	it('leaves @opentelemetry/api out of both builds: it is loaded from the project, never bundled', async () => {
		const { readFileSync, readdirSync } = await import('node:fs');
		// The ESM root is split into chunks: read it with every chunk beside it.
		const esm = readdirSync(join(ROOT, 'dist')).filter((name) => name.endsWith('.js'));
		const builds = [esm.map((name) => readFileSync(join(ROOT, 'dist', name), 'utf8')).join('\n'), readFileSync(join(ROOT, 'dist/index.cjs'), 'utf8')];
		for (const text of builds) {
			expect(text).toContain('import("@opentelemetry/api")');
			expect(text).not.toMatch(/ProxyTracerProvider|NoopMeterProvider/);
		}
	});
});

describe('the built package with @opentelemetry/api', () => {
	it('records a listing through require() of the CJS entry as through import of the ESM entry', async () => {
		const body = `const exporter = new InMemorySpanExporter();
			const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
			const scripted = { async send() { return { modelSummaries: [{ modelArn: 'arn:m1', modelName: 'm1', creationTime: new Date() }] }; } };
			for await (const _ of lib.paginateListCustomModels(scripted, {}, {}, { telemetry: { tracerProvider } })) void _;
			console.log(JSON.stringify(exporter.getFinishedSpans().map((span) => [span.name, span.attributes['bedrock_paginators.items']])));`;
		const cjs = await runIn(ROOT, ['-e', `const lib = require('bedrock-paginators'); const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base'); (async () => { ${body} })();`]);
		const esm = await runIn(ROOT, ['--input-type=module', '-e', `import * as lib from 'bedrock-paginators'; import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'; ${body}`]);
		for (const result of [cjs, esm]) {
			expect(result.stderr).toBe('');
			expect(JSON.parse(result.stdout)).toEqual([['bedrock-paginators.list ListCustomModels', 1]]);
		}
	});
});
