/**
 * The real AWS CLI, kept running in one Python process per test file (test/support/aws_cli_batch.py): each
 * invocation gets the environment, working directory, output and exit status of its own `python3 -m awscli`,
 * without a second of interpreter start-up each time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const DRIVER = fileURLToPath(new URL('./aws_cli_batch.py', import.meta.url));

export interface CliResult {
	status: number;
	stdout: string;
	stderr: string;
}

export interface AwsCliProcess {
	/** `python3 -m awscli ...args` with `process.env` and `env` over it, in `cwd` (default: this process's). */
	run(args: readonly string[], env?: Record<string, string>, cwd?: string): Promise<CliResult>;
	close(): Promise<void>;
}

/** Python starts at the first `run()`, so that a file whose tests are skipped starts nothing. */
export function awsCliProcess(): AwsCliProcess {
	let started: AwsCliProcess | undefined;
	return {
		run: (args, env, cwd) => (started ??= startAwsCli()).run(args, env, cwd),
		close: async () => started?.close(),
	};
}

function startAwsCli(): AwsCliProcess {
	const child: ChildProcessWithoutNullStreams = spawn('python3', [DRIVER], { stdio: 'pipe' });
	const waiting = new Map<number, { resolve: (result: CliResult) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
	createInterface({ input: child.stdout }).on('line', (line) => {
		const { id, ...result } = JSON.parse(line) as CliResult & { id: number };
		waiting.get(id)?.resolve(result);
		waiting.delete(id);
	});
	const exited = new Promise<void>((resolve) => {
		const fail = (why: string) => {
			for (const { reject } of waiting.values()) reject(new Error(`the AWS CLI driver ${why}: ${stderr}`));
			waiting.clear();
			resolve();
		};
		child.on('error', (error) => fail(`could not run (${error.message})`));
		child.on('close', (code) => fail(`exited (${code})`));
	});
	return {
		run(args, env = {}, cwd = process.cwd()) {
			const id = nextId++;
			return new Promise<CliResult>((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				child.stdin.write(`${JSON.stringify({ id, args, env: { ...process.env, ...env }, cwd })}\n`);
			});
		},
		async close() {
			child.stdin.end();
			await exited;
		},
	};
}
