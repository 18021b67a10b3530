/** esbuild bundles of a snippet that imports the built package, for the tree-shaking tests. */
import { ROOT } from './built.js';

/** The minified ESM bundle for Node of `source` (resolved from the project root), leaving `external` out. */
export async function minifiedBundle(source: string, external: readonly string[]): Promise<string> {
	const { build } = await import('esbuild');
	const result = await build({
		stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
		bundle: true,
		minify: true,
		write: false,
		platform: 'node',
		format: 'esm',
		external: [...external],
		logLevel: 'silent',
	});
	return result.outputFiles[0]?.text ?? '';
}
