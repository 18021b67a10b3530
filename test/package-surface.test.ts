/**
 * The built root entry as users meet it: the names its declarations export, the types an editor shows for each
 * operation's functions, and what loading it loads (no Node built-in, in ESM or CJS, until the file store is used).
 */
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/built.js';
import { OPERATIONS, ROOT_TYPES, ROOT_VALUES } from './support/public-surface.js';
import { run } from './support/run.js';

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0] ?? name);
const stem = (operation: string) => operation.replace(/^List/, '');

describe('dist/index.d.ts', () => {
	it('exports exactly the pinned public values and types', async () => {
		const declarations = await readFile(join(ROOT, 'dist/index.d.ts'), 'utf8');
		const list = /export \{([^}]*)\};\s*$/.exec(declarations)?.[1] ?? '';
		const names = list.split(',').map((entry) => entry.trim().replace(/^type /, '').split(' as ').at(-1) ?? '').filter((name) => name !== '');
		expect(names.sort()).toEqual([...ROOT_VALUES, ...ROOT_TYPES].sort());
	});

	it("shows each operation's functions with its named types, as an editor does", () => {
		const probe = join(ROOT, 'test', '__hover-probe__.ts');
		const text = [
			"import * as lib from '../dist/index.js';",
			'declare const client: lib.SendClient;',
			...OPERATIONS.flatMap((operation, i) => [
				`const pages${i} = lib.paginate${operation}(client, {} as lib.${operation}Filters);`,
				`const result${i} = lib.build${operation}Result(client, {} as lib.${operation}Filters);`,
				`const paginator${i} = lib.paginate${operation};`,
			]),
		].join('\n');
		const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true };
		const host = ts.createCompilerHost(options);
		const { getSourceFile, fileExists, readFile: read } = host;
		host.getSourceFile = (name, version, ...rest) => (name === probe ? ts.createSourceFile(name, text, version) : getSourceFile.call(host, name, version, ...rest));
		host.fileExists = (name) => name === probe || fileExists.call(host, name);
		host.readFile = (name) => (name === probe ? text : read.call(host, name));
		const program = ts.createProgram([probe], options, host);
		const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
		expect(errors).toEqual([]);
		const checker = program.getTypeChecker();
		const shown = new Map<string, string>();
		program.getSourceFile(probe)?.forEachChild((node) => {
			if (!ts.isVariableStatement(node)) return;
			for (const declaration of node.declarationList.declarations) shown.set(declaration.name.getText(), checker.typeToString(checker.getTypeAtLocation(declaration.name), undefined, ts.TypeFormatFlags.NoTruncation));
		});
		OPERATIONS.forEach((operation, i) => {
			const pagination = operation === 'ListEnforcedGuardrailsConfiguration' ? 'PaginationWithoutPageSize' : 'PaginationConfig';
			expect(shown.get(`pages${i}`)).toBe(`AsyncGenerator<${stem(operation)}Page, void, undefined>`);
			expect(shown.get(`result${i}`)).toBe(`Promise<${stem(operation)}Result>`);
			expect(shown.get(`paginator${i}`)).toBe(`PaginateFunction<${operation}Filters, ${stem(operation)}Page, ${pagination}>`);
		});
		// Type-checking against the SDK's declarations takes seconds, more on a loaded machine.
	}, 180_000);
});

describe('loading the root entry', () => {
	it('imports no Node built-in in ESM: only the parts loaded on first use (the file store, the jobs) do', async () => {
		const { build } = await import('esbuild');
		const result = await build({ entryPoints: [join(ROOT, 'dist/index.js')], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
		const inputs = result.metafile.inputs;
		const reached = (kinds: readonly string[]) => {
			const seen = new Set<string>();
			const builtins = new Set<string>();
			const visit = (file: string) => {
				if (seen.has(file)) return;
				seen.add(file);
				for (const imported of inputs[file]?.imports ?? []) {
					if (!kinds.includes(imported.kind)) continue;
					if (imported.external) {
						if (isBuiltin(imported.path)) builtins.add(imported.path);
					} else visit(imported.path);
				}
			};
			visit(Object.keys(inputs).find((file) => file.endsWith('dist/index.js')) ?? '');
			return [...builtins].sort();
		};
		expect(reached(['import-statement'])).toEqual([]);
		expect(reached(['import-statement', 'dynamic-import'])).toEqual(expect.arrayContaining(['fs/promises', 'path']));
	});

	it('requires no Node built-in in CJS until fileCheckpoint is used; then the file store saves and loads', async () => {
		const source = `const Module = require('module'); const { isBuiltin } = Module; const load = Module._load; const byRoot = [];
			Module._load = function (request, parent, ...rest) { if (parent?.filename?.endsWith('index.cjs') && isBuiltin(request)) byRoot.push(request); return load.call(this, request, parent, ...rest); };
			const lib = require('bedrock-paginators'); const atLoad = [...byRoot];
			(async () => {
				const dir = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'bp-cjs-'));
				const store = lib.fileCheckpoint(dir + '/sub/../state.json');
				await store.save({ hello: 'world' });
				const loaded = await store.load().catch((error) => error.name);
				require('fs').rmSync(dir, { recursive: true, force: true });
				console.log(JSON.stringify({ atLoad, afterUse: byRoot.length > 0, path: store.path === dir + '/state.json', loaded }));
			})().catch((error) => { console.error(error); process.exit(1); });`;
		const result = await run('node', ['-e', source]);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual({ atLoad: [], afterUse: true, path: true, loaded: { hello: 'world' } });
	});
});
