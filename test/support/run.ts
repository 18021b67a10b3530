/** Child processes for tests; asynchronous, since the local endpoint answers from the test's own process. */
import { execFile } from 'node:child_process';

/** Runs a command without blocking the event loop; resolves with its exit status and output. */
export function run(command: string, args: string[], env: Record<string, string> = {}) {
	return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
		execFile(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
		});
	});
}
