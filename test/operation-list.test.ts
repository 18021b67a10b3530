/** The README's generated list of the further clients' operations says what the descriptor tables say (CI checks it so). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the README operation list', () => {
	it('matches the descriptor tables: `npm run operation-list -- --check` passes', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/operation-list.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
		expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
		expect(run.stdout).toBe('README.md: the operation list matches the descriptor tables.\n');
	});
});
