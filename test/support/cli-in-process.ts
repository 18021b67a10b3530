/**
 * The CLI's `main()` run in this process with captured streams: for tests of what it prints before any request
 * (help, suggestions, argument mistakes), where starting the built binary for each case would cost half a second.
 * The binary itself, its exit codes and signals, are tested by starting it (`test/integration/cli.test.ts`).
 */
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** Runs `bedrock-paginators ...args` with `env` over this process's environment; stdout is not a terminal. */
export async function cliInProcess(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
	const output = { stdout: '', stderr: '' };
	const capture = (stream: 'stdout' | 'stderr') =>
		new Writable({
			write(chunk: Buffer | string, _encoding, done) {
				output[stream] += chunk.toString();
				done();
			},
		});
	const status = await main(args, { stdout: capture('stdout'), stderr: capture('stderr'), env: { ...process.env, ...env } });
	return { status, ...output };
}
