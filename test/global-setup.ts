/** Builds the package once, so the package and CLI tests run what users install. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
	if (process.env['BEDROCK_PAGINATORS_SKIP_BUILD'] === '1') return;
	execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/tsup/dist/cli-default.js', import.meta.url))], {
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	// Each vitest project runs its global setup: one build serves them all.
	process.env['BEDROCK_PAGINATORS_SKIP_BUILD'] = '1';
}
