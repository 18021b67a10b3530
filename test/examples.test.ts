/** The examples run as users run them (tsx), against the local endpoint through AWS_ENDPOINT_URL_BEDROCK. */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../src/local/index.js';
import { ROOT } from './support/built.js';
import { run } from './support/run.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 180, seed: 9, faults: { throttleProbability: 0.1, seed: 2 } });
});
afterAll(() => local.close());

const example = (name: string, ...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name), ...args], {
		AWS_ENDPOINT_URL_BEDROCK: local.endpoint,
		AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
		AWS_SECRET_ACCESS_KEY: 'local-secret',
		AWS_REGION: 'us-east-1',
		AWS_EC2_METADATA_DISABLED: 'true',
		AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
	});
const ascendingNames = () => local.models().map((m) => m.modelName);
const exampleEnv = () => ({ ...process.env, AWS_ENDPOINT_URL_BEDROCK: local.endpoint, AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' });

/** Starts an example, waits for 20 lines of its output, stops it with `signal`; its output so far and exit status. */
async function interrupted(args: string[], signal: NodeJS.Signals): Promise<{ output: string; status: number | null }> {
	const { spawn } = await import('node:child_process');
	const child = spawn(process.execPath, args, { env: exampleEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => ((output += chunk.toString()), output.split('\n').length > 20 && resolve())));
	child.kill(signal);
	const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return { output, status };
}

describe('examples', () => {
	it('pages.ts prints 120 models page by page with a resume token per page', async () => {
		const result = await example('pages.ts');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0])).toEqual(ascendingNames().slice(0, 120));
		expect(result.stderr.match(/^-- \d+ models; resume after them with: \S+$/gm)).toHaveLength(3);
	});

	it('items.ts counts every active model by customization type', async () => {
		const result = await example('items.ts');
		expect(result.status, result.stderr).toBe(0);
		const counts = Function(`return (${result.stdout})`)() as Record<string, number>;
		const active = local.models().filter((m) => m.modelStatus === 'Active');
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(active.length);
	});

	it('resume.ts carries on across runs from its checkpoint: every model once, in order', async () => {
		const checkpoint = join(mkdtempSync(join(tmpdir(), 'bp-')), 'checkpoint');
		const handled: string[] = [];
		for (let runs = 0; runs < 20; runs++) {
			const result = await example('resume.ts', checkpoint, '40');
			expect(result.status, result.stderr).toBe(0);
			handled.push(...result.stdout.trimEnd().split('\n').filter(Boolean));
			if (result.stderr.includes('done: every model handled')) break;
		}
		expect(handled).toEqual(local.models().map((m) => m.modelArn));
	});

	it('local-endpoint.ts lists the owned models of a throttled endpoint', async () => {
		const result = await example('local-endpoint.ts');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^\d{4} owned models listed; \d+ of \d+ requests were throttled and retried\n$/);
	});

	it('resumable-job.ts stops on Ctrl-C, continues on the next run, and then does nothing until reset', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'resumable-job-'));
		const checkpoint = join(dir, 'audit.json');
		const args = ['--import', 'tsx', join(ROOT, 'examples', 'resumable-job.ts'), '--checkpoint', checkpoint, '--delay', '5'];
		const env = exampleEnv();
		const { output: first, status } = await interrupted(args, 'SIGINT');
		expect(status).toBe(130);
		const second = await run(process.execPath, args, env);
		expect(second.status, second.stderr).toBe(0);
		expect(second.stderr).toMatch(/resumed: true\); complete: true/);
		const audited = [...first.split('\n'), ...second.stdout.split('\n')].filter((line) => line.startsWith('audited ')).map((line) => line.slice(8));
		const active = local.models().filter((m) => m.modelStatus === 'Active').map((m) => m.modelName);
		expect(new Set(audited)).toEqual(new Set(active));
		expect(audited.length - active.length).toBeLessThanOrEqual(4);
		const third = await run(process.execPath, args, env);
		expect(third.stderr).toMatch(/Already complete; run with --reset/);
	}, 60_000);

	it('deployed-job.ts stops on SIGTERM, continues with the same idempotency keys, keeps the models it could not copy, and redrives them', async () => {
		const state = mkdtempSync(join(tmpdir(), 'deployed-job-'));
		const args = ['--import', 'tsx', join(ROOT, 'examples', 'deployed-job.ts'), '--state', state, '--delay', '5'];
		const env = exampleEnv();
		const { output: first, status } = await interrupted(args, 'SIGTERM');
		expect(status).toBe(143);
		const second = await run(process.execPath, args, env);
		expect(second.status, second.stderr).toBe(0);
		const keys = new Map<string, Set<string>>();
		for (const line of [...first.split('\n'), ...second.stdout.split('\n')]) {
			const match = /^would start a copy of (\S+) with clientRequestToken ([0-9a-f]{32})$/.exec(line);
			if (match !== null) keys.set(match[1] as string, (keys.get(match[1] as string) ?? new Set()).add(match[2] as string));
		}
		const notActive = local.models().filter((m) => m.modelStatus !== 'Active');
		expect([...keys.keys()].sort()).toEqual(local.models().filter((m) => m.modelStatus === 'Active').map((m) => m.modelName).sort());
		expect([...keys.values()].every((set) => set.size === 1)).toBe(true);
		expect(second.stderr).toMatch(new RegExp(`${notActive.length} failures recorded; stopped by complete; complete: true`));
		const redrive = await run(process.execPath, [...args, '--redrive'], env);
		expect(redrive.stderr).toMatch(new RegExp(`^Redrove ${notActive.length} models \\(${notActive.length} failed\\)`));
	}, 60_000);

	it('operations.ts lists jobs, guardrails and a descriptor of its own', async () => {
		const result = await example('operations.ts');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.trim().split('\n').length).toBeGreaterThan(10);
	});

	it('telemetry.ts prints the span tree of a job: its listing and each handler under it, the handler’s own span under each', async () => {
		const result = await example('telemetry.ts');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toContain('handled 6 models in 2 pages');
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^bedrock-paginators\.job ListCustomModels {2}\d+ ms {2}pages=2 requests=\d+ retries=\d+ handled=6$/);
		expect(lines.filter((line) => /^ {2}bedrock-paginators\.list ListCustomModels {2}\d+ ms {2}pages=2 items=6 /.test(line))).toHaveLength(1);
		const handlers = lines.filter((line) => line.startsWith('  bedrock-paginators.handle '));
		expect(handlers.map((line) => /index=(\d+)/.exec(line)?.[1])).toEqual(['0', '1', '2', '3', '4', '5']);
		const audits = lines.filter((line) => line.startsWith('    audit model '));
		expect(audits.map((line) => /name=(\S+)/.exec(line)?.[1])).toEqual(ascendingNames().slice(0, 6));
	});

	it('demo.ts lists a throttled catalogue exactly once and says so', async () => {
		const result = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', 'demo.ts'), '--models', '400', '--rate', '200', '--page-size', '20'], {
			AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
		});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('models #31 to #35 of the catalogue: nothing repeated, nothing skipped.');
		expect(result.stdout).toMatch(/Summary: 400 models in 20 pages/);
		expect(result.stdout).toContain('Every model listed exactly once.');
	});
});

/** The environment of a machine with no AWS configuration: no AWS_* variables, a HOME without ~/.aws (IMDS off: loopback only). */
function noAwsEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
	return { ...env, HOME: mkdtempSync(join(tmpdir(), 'no-aws-home-')), AWS_EC2_METADATA_DISABLED: 'true', ...extra };
}

/** Runs node with exactly `env` (run() adds the test process's own, which sets the SDK's warning switch). */
function node(args: string[], env: NodeJS.ProcessEnv) {
	return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
		execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env }, (error, stdout, stderr) => {
			resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
		});
	});
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** A running resumable-job.ts with its own embedded endpoint; `lines(n)` waits for n lines of output. */
function startResumableJob(args: string[]) {
	const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', 'resumable-job.ts'), ...args], { cwd: ROOT, env: noAwsEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	const waiting: { count: number; resolve: () => void }[] = [];
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
		const count = stdout.split('\n').length - 1;
		for (const wait of waiting.filter((w) => count >= w.count)) wait.resolve();
	});
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return {
		child,
		exited,
		output: () => ({ stdout, stderr }),
		lines: (count: number) => new Promise<void>((resolve) => waiting.push({ count, resolve })),
	};
}

/** The models resumable-job.ts audits: the active ones of its embedded catalogue (400 models, seed 42). */
async function activeOfEmbeddedCatalogue(): Promise<string[]> {
	const same = await startLocalBedrock({ models: 400, seed: 42 });
	const names = same.models().filter((m) => m.modelStatus === 'Active').map((m) => m.modelName);
	await same.close();
	return names;
}

const audited = (output: string) => output.split('\n').filter((line) => line.startsWith('audited ')).map((line) => line.slice(8));

describe('examples without an AWS account', () => {
	it.each(['pages', 'items', 'operations', 'resume', 'telemetry'])('%s.ts without AWS configuration says in one line how to run it against a local endpoint, and prints nothing else', async (name) => {
		const result = await node(['--import', 'tsx', join(ROOT, 'examples', `${name}.ts`)], noAwsEnv());
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			`examples/${name}.ts: no AWS region is configured. Without an account, run it against an embedded local endpoint: npm run example -- ${name}` +
				' (or point it at one: AWS_ENDPOINT_URL_BEDROCK=http://127.0.0.1:4566 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local).\n',
		);
	});

	it('pages.ts with a region but no credentials says so in one line', async () => {
		const result = await node(['--import', 'tsx', join(ROOT, 'examples', 'pages.ts')], noAwsEnv({ AWS_REGION: 'us-east-1' }));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^examples\/pages\.ts: no AWS credentials were found\. Without an account, run it against an embedded local endpoint: npm run example -- pages \(.*\)\.\n$/);
	});

	it('`npm run example -- pages` runs pages.ts against an embedded endpoint: the seeded catalogue on stdout, no SDK warning', async () => {
		const result = await node(['--import', 'tsx', join(ROOT, 'scripts', 'run-example.ts'), 'pages'], noAwsEnv());
		expect(result.status, result.stderr).toBe(0);
		const same = await startLocalBedrock({ models: 250, seed: 1 });
		const expected = same.models().slice(0, 120).map((m) => m.modelName);
		await same.close();
		expect(result.stdout.trimEnd().split('\n').map((line) => line.split('\t')[0])).toEqual(expected);
		const [banner, ...pages] = result.stderr.trimEnd().split('\n');
		expect(banner).toMatch(/^examples\/pages\.ts against an embedded local endpoint \(http:\/\/127\.0\.0\.1:\d+, 250 models, seed 1\)$/);
		expect(pages).toHaveLength(3);
		expect(pages.every((line) => line.startsWith('-- '))).toBe(true);
	});

	it('`npm run example` with an unknown name lists the runnable examples and exits with 2', async () => {
		const result = await node(['--import', 'tsx', join(ROOT, 'scripts', 'run-example.ts'), 'nope'], noAwsEnv());
		expect(result.status).toBe(2);
		expect(result.stderr).toBe("No runnable example 'nope': npm run example -- NAME [args], NAME one of pages, items, operations, resume, telemetry, demo, local-endpoint, resumable-job, deployed-job.\n");
	});

	it('resumable-job.ts resumes from its checkpoint token after its embedded endpoint restarts with the same seed: not from the start, every model once', async () => {
		const active = await activeOfEmbeddedCatalogue();
		const checkpoint = join(mkdtempSync(join(tmpdir(), 'resumable-job-')), 'audit.json');
		const args = ['--checkpoint', checkpoint, '--port', String(await freePort())];
		// Past the second page of 50, so that the resume has a token to continue from.
		const first = startResumableJob([...args, '--delay', '50']);
		await first.lines(110);
		first.child.kill('SIGINT');
		expect(await first.exited).toBe(130);
		expect(first.output().stderr).toBe(`Stopped; the checkpoint ${checkpoint} is saved. Run again to continue.\n`);
		const firstAudited = audited(first.output().stdout);
		expect(firstAudited.length).toBeLessThan(active.length);

		const second = await node(['--import', 'tsx', join(ROOT, 'examples', 'resumable-job.ts'), ...args, '--delay', '1'], noAwsEnv());
		expect(second.status, second.stderr).toBe(0);
		const summary = /^Audited (\d+) models, skipped (\d+) audited by an earlier run, in (\d+) pages .*resumed: true\); complete: true\.\n$/.exec(second.stderr);
		expect(summary, second.stderr).not.toBeNull();
		const [, , skipped, pages] = (summary as RegExpExecArray).map(Number);
		// From the token: only the models of the resumed page before where it stopped are passed over.
		expect(skipped).toBeLessThan(50);
		expect(pages).toBeLessThan(Math.ceil(active.length / 50));
		const all = [...firstAudited, ...audited(second.stdout)];
		expect(new Set(all)).toEqual(new Set(active));
		expect(all.length - active.length).toBeLessThanOrEqual(4);
	}, 60_000);

	it('resumable-job.ts into a pipe its reader closed stops with one line, and the next run continues', async () => {
		const checkpoint = join(mkdtempSync(join(tmpdir(), 'resumable-job-')), 'audit.json');
		const args = ['--checkpoint', checkpoint, '--port', String(await freePort())];
		const job = startResumableJob([...args, '--delay', '20']);
		await job.lines(3);
		job.child.stdout.destroy();
		expect(await job.exited).toBe(0);
		expect(job.output().stderr).toBe(`Output closed; the checkpoint ${checkpoint} is saved. Run again to continue.\n`);
		const next = await node(['--import', 'tsx', join(ROOT, 'examples', 'resumable-job.ts'), ...args, '--delay', '1'], noAwsEnv());
		expect(next.status, next.stderr).toBe(0);
		expect(next.stderr).toMatch(/resumed: true\); complete: true\.\n$/);
	}, 60_000);

	it('deployed-job.ts on its embedded endpoint, run again after it completed, finds its checkpoint complete instead of another service', async () => {
		const args = ['--import', 'tsx', join(ROOT, 'examples', 'deployed-job.ts'), '--state', mkdtempSync(join(tmpdir(), 'deployed-job-')), '--delay', '1', '--port', String(await freePort())];
		const first = await node(args, noAwsEnv());
		expect(first.status, first.stderr).toBe(0);
		expect(first.stderr).toMatch(/stopped by complete; complete: true\.\n$/);
		const again = await node(args, noAwsEnv());
		expect(again.status, again.stderr).toBe(0);
		expect(again.stderr).toMatch(/^Handled 0 models \(0 failed\) in \d+ ms; \d+ failures recorded; stopped by alreadyComplete; complete: true\.\n$/);
	}, 60_000);

	it('resumable-job.ts started while another run holds the checkpoint says so in one line, and the first run goes on', async () => {
		const checkpoint = join(mkdtempSync(join(tmpdir(), 'resumable-job-')), 'audit.json');
		const args = ['--checkpoint', checkpoint, '--port', String(await freePort())];
		const first = startResumableJob([...args, '--delay', '100']);
		await first.lines(4);
		// Same checkpoint, same port (busy: it takes another).
		const second = await node(['--import', 'tsx', join(ROOT, 'examples', 'resumable-job.ts'), ...args], noAwsEnv());
		expect(second.status).toBe(1);
		expect(second.stdout).toBe('');
		expect(second.stderr).toMatch(new RegExp(`^The checkpoint ${checkpoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by process ${first.child.pid} on [^\\n]*\\n$`));
		first.child.kill('SIGINT');
		expect(await first.exited).toBe(130);
	}, 60_000);
});

describe('README', () => {
	it('shows only TypeScript that type-checks as it stands, imports included', async () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
		expect(blocks.length).toBeGreaterThan(5);
		const dir = join(ROOT, 'test', '.readme-snippets');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		blocks.forEach((block, index) => writeFileSync(join(dir, `snippet-${index + 1}.ts`), `${block}\nexport {};\n`));
		writeFileSync(
			join(dir, 'tsconfig.json'),
			JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, baseUrl: '../..', paths: { 'bedrock-paginators': ['./src/index.ts'], 'bedrock-paginators/local': ['./src/local/index.ts'], 'bedrock-paginators/s3': ['./src/stores/s3/index.ts'], 'bedrock-paginators/dynamodb': ['./src/stores/dynamodb/index.ts'], 'bedrock-paginators/lease': ['./src/stores/lease/index.ts'], 'bedrock-paginators/testing': ['./src/testing/index.ts'] } }, include: ['./*.ts'] }),
		);
		const result = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')]);
		expect(result.stdout + result.stderr).toBe('');
		expect(result.status).toBe(0);
	}, 60_000);
});
