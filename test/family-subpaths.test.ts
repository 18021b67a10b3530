/**
 * The built client sub-paths: a bundle of one function of a sub-path holds that one operation of its own SDK
 * package and nothing of another client or of the root's operations; the root entry, ESM and CJS, loads none
 * of the further clients' packages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/built.js';
import { minifiedBundle } from './support/bundle.js';
import { FAMILY } from './support/family-clients.js';

const FAMILY_PACKAGES = FAMILY.map((client) => client.sdkPackage);

/** The minified ESM bundle of `source` (run from the project root), with every SDK package left external. */
async function bundle(source: string): Promise<{ packages: string[]; commands: string[]; bytes: number }> {
	const text = await minifiedBundle(source, ['@aws-sdk/*', 'p-retry']);
	return {
		// What the bundle loads (not names in messages), and the commands it reads off the SDK namespaces.
		packages: [...new Set([...text.matchAll(/(?:from|import\(|require\()\s*"(@aws-sdk\/[\w-]+)"/g)].map((match) => match[1] as string))].sort(),
		commands: [...new Set([...text.matchAll(/\.([A-Z]\w*Command)\b/g)].map((match) => match[1] as string))].sort(),
		bytes: text.length,
	};
}

describe.each(FAMILY.map((client) => [client.path, client] as const))('bedrock-paginators/%s, built', (path, client) => {
	const [first] = client.descriptors;
	const name = first?.operationName ?? '';

	it(`a bundle of paginate${name} alone holds ${name} of ${client.sdkPackage} and nothing else`, async () => {
		const one = await bundle(`import { paginate${name} } from './dist/${path}/index.js'; console.log(paginate${name});`);
		expect(one.packages).toEqual([client.sdkPackage]);
		expect(one.commands).toEqual([`${name}Command`]);
	});

	it('a bundle of the whole sub-path holds every operation of its client and none of the root', async () => {
		const all = await bundle(`import * as all from './dist/${path}/index.js'; console.log(all);`);
		expect(all.packages).toEqual([client.sdkPackage]);
		expect(all.commands).toEqual(client.descriptors.map((d) => `${d.operationName}Command`).sort());
	});

	it('the CJS build requires its own SDK package and no other client', () => {
		const text = readFileSync(join(ROOT, 'dist', path, 'index.cjs'), 'utf8');
		expect([...new Set(text.match(/require\("(@aws-sdk\/[\w-]+)"\)/g))]).toEqual([`require("${client.sdkPackage}")`]);
	});
});

describe('the root entry, built', () => {
	it('a bundle of everything it exports holds no further client', async () => {
		const all = await bundle("import * as all from './dist/index.js'; console.log(all);");
		expect(all.packages).toEqual(['@aws-sdk/client-bedrock']);
		expect(all.commands).toHaveLength(19);
	});

	it('no file the root ESM entry or its CJS build can load names a further client', () => {
		const rootGraph = new Set<string>();
		const visit = (file: string) => {
			if (rootGraph.has(file)) return;
			rootGraph.add(file);
			const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
			for (const [, imported] of text.matchAll(/(?:from|import\()\s*"\.\/([\w.-]+\.js)"/g)) visit(imported as string);
		};
		visit('index.js');
		visit('index.cjs');
		expect(rootGraph.size).toBeGreaterThan(2);
		for (const file of rootGraph) {
			const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
			for (const name of FAMILY_PACKAGES) expect(text.includes(name), `${file} names ${name}`).toBe(false);
		}
	});
});
