/** The local endpoint's banner suggests a first command that works where it runs: in a clone, `npm run -s cli`. */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/built.js';

describe('bedrock-paginators local-endpoint, started in a clone', () => {
	it('suggests `npm run -s cli -- list-custom-models ...`, which prints the listing as JSON on stdout, nothing else', async () => {
		const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), 'local-endpoint', '--port', '0', '--models', '20'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		try {
			const banner = await new Promise<string>((resolve) => {
				let seen = '';
				server.stdout.on('data', (chunk: Buffer) => ((seen += chunk.toString()), /^Try: .*\n/m.test(seen) && resolve(seen)));
			});
			const suggested = /^Try: (.*)$/m.exec(banner)?.[1] ?? '';
			expect(suggested).toMatch(/^npm run -s cli -- list-custom-models --endpoint-url http:\/\/127\.0\.0\.1:\d+ --max-items 5$/);
			const { status, stdout } = await new Promise<{ status: number; stdout: string }>((resolve) => {
				execFile('bash', ['-c', suggested], { cwd: ROOT, encoding: 'utf8' }, (error, out) => resolve({ status: error ? 1 : 0, stdout: out }));
			});
			expect(status).toBe(0);
			const listing = JSON.parse(stdout) as { modelSummaries: unknown[]; NextToken?: string };
			expect(listing.modelSummaries).toHaveLength(5);
			expect(listing.NextToken).toBeTypeOf('string');
		} finally {
			server.kill('SIGINT');
		}
	}, 60_000);
});
