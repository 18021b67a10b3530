#!/usr/bin/env node
import { EXIT } from './exit.js';
import { main } from './main.js';

// The SDK's notice about its future Node 22 requirement is noise on a command line; users can turn it back on.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const interrupted = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => interrupted.abort(new Error(`Interrupted by ${signal}`)));
}
// `| head -1`: once stdout is closed, stop listing and end quietly instead of with an EPIPE stack trace.
const closed = new AbortController();
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') closed.abort(error);
	else throw error;
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: interrupted.signal, closed: closed.signal }).then(
	(code) => {
		process.exitCode = closed.signal.aborted ? EXIT.ok : code;
	},
	(error: unknown) => {
		process.stderr.write(`bedrock-paginators: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = EXIT.failed;
	},
);
