/** The built CLI run as a subprocess, as users run it, against the local endpoint. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { CLI, CLI_ENV as ENV } from '../support/built.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { run } from '../support/run.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 25, seed: 5, items: { ListGuardrails: 7 } });
});
afterAll(() => local.close());

const cli = (...args: string[]) => run('node', [CLI, ...args], ENV);
const list = (...args: string[]) => cli('list-custom-models', '--endpoint-url', local.endpoint, ...args);
const ascending = () => local.models().map((m) => m.modelArn);
const arnsOf = (jsonl: string) => jsonl.trimEnd().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { modelArn: string }).modelArn);

describe('bedrock-paginators list-custom-models', () => {
	it("prints the AWS CLI's JSON shape with a NextToken that resumes after the last model", async () => {
		const first = await list('--max-items', '10', '--page-size', '4', '--sort-order', 'Ascending');
		expect(first.status, first.stderr).toBe(0);
		const json = JSON.parse(first.stdout) as { modelSummaries: { modelArn: string; creationTime: string }[]; NextToken: string };
		expect(Object.keys(json)).toEqual(['modelSummaries', 'NextToken']);
		expect(first.stdout).toContain('\n    "modelSummaries": [');
		expect(json.modelSummaries.map((m) => m.modelArn)).toEqual(ascending().slice(0, 10));
		const rest = await list('--starting-token', json.NextToken, '--sort-order', 'Ascending');
		expect((JSON.parse(rest.stdout) as { modelSummaries: { modelArn: string }[] }).modelSummaries.map((m) => m.modelArn)).toEqual(ascending().slice(10));
	});

	it('streams one model per line with --output jsonl, NextToken on stderr, and applies filters given as flags', async () => {
		const result = await list('--output', 'jsonl', '--max-items', '7', '--page-size', '3', '--sort-order', 'Ascending');
		expect(result.status, result.stderr).toBe(0);
		expect(arnsOf(result.stdout)).toEqual(ascending().slice(0, 7));
		expect(result.stderr).toMatch(/^NextToken: \S+\n$/);
		const owned = local.models().filter((m) => m.modelStatus === 'Active' && m.ownerAccountId === '123456789012');
		const filtered = await list('--model-status', 'Active', '--is-owned', '--sort-order', 'Ascending', '--output', 'jsonl');
		expect(arnsOf(filtered.stdout)).toEqual(owned.map((m) => m.modelArn));
	});

	it('prints one raw page as JSON Lines with --output jsonl, --query applied to each item, the token on stderr', async () => {
		const result = await list('--output', 'jsonl', '--max-results', '2', '--query', '{name: modelName}');
		expect(result.status, result.stderr).toBe(0);
		const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { name: string });
		expect(lines).toHaveLength(2);
		expect(lines.every((line) => Object.keys(line).join() === 'name' && typeof line.name === 'string')).toBe(true);
		expect(result.stderr).toMatch(/^NextToken: \S+\n$/);
	});

	it("prints the AWS CLI's boxed table: the operation as title, a NextToken row, a row per model", async () => {
		const result = await list('--output', 'table', '--max-items', '3');
		expect(result.status, result.stderr).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^-+$/);
		expect(lines[1]).toMatch(/^\| +ListCustomModels +\|$/);
		expect(lines[3]).toMatch(/^\|  NextToken +\|  \S+ +\|$/);
		expect(lines.filter((line) => line.includes(':custom-model/'))).toHaveLength(3);
		expect(new Set(lines.map((line) => line.length)).size).toBe(1);
	});

	it.each<[string[], number, RegExp]>([
		[['--page-size', 'ten'], 2, /error: argument --page-size: invalid int value: 'ten'/],
		[['--page-size'], 2, /error: argument --page-size: expected one argument/],
		[['--output', 'yaml'], 2, /error: argument --output: Invalid choice, valid choices are: json, text, jsonl, table/],
		[['--colour'], 255, /^\nUnknown options: --colour\n$/],
		[['--page-size', '0'], 255, /^\nParameter validation failed:\nExpected --page-size to be an integer from 1 to 1000, got `0` \(number\)\.\n$/],
		[['--starting-token', 'eyJuZXh0VG9rZW4iOiAxfQ=='], 255, /Parameter validation failed:\n--starting-token is not a valid resume token/],
		[['--sort-order', 'ascending'], 255, /Values are case-sensitive: use `Ascending`/],
		[['--creation-time-after', 'yesterday'], 255, /Parameter validation failed:\nInvalid type for parameter --creation-time-after, value: yesterday/],
		[['--no-paginate', '--max-items', '2'], 255, /^\nError during pagination: Cannot specify --no-paginate along with pagination arguments: --max-items\n$/],
	])('for %j exits %i with the message, and no stack trace', async (args, status, message) => {
		// Refused before any request: main() in process says the same as the binary, at a fraction of the start-up.
		const result = await cliInProcess(['list-custom-models', '--endpoint-url', local.endpoint, ...args], ENV);
		expect(result.status).toBe(status);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(result.stdout).toBe('');
	});

	it("reports a service error with the AWS CLI's first line, exit 255, and says what to fix when running again cannot help", async () => {
		const invalid = await list('--name-contains', 'bad name!');
		expect(invalid.status).toBe(255);
		expect(invalid.stderr).toMatch(/^\nAn error occurred \(ValidationException\) when calling the ListCustomModels operation: 1 validation error detected: .*nameContains/);
		expect(invalid.stderr).toMatch(/Fix the request/);
		expect(invalid.stderr).not.toMatch(/starting-token|may pass/i);
	});

	it('reports a service error the same way with --checkpoint, without advice to run again when that cannot help', async () => {
		const checkpoint = join(mkdtempSync(join(tmpdir(), 'cli-checkpoint-')), 'state.json');
		const invalid = await list('--name-contains', 'bad name!', '--output', 'jsonl', '--checkpoint', checkpoint, '--checkpoint-pipe');
		expect(invalid.status).toBe(255);
		expect(invalid.stderr).toMatch(/^\nAn error occurred \(ValidationException\) when calling the ListCustomModels operation: 1 validation error detected: .*nameContains/);
		expect(invalid.stderr).toMatch(/Fix the request/);
		expect(invalid.stderr).not.toMatch(/run the same command again/i);
	});

	it('after a throttle storm, says how to resume right after what was printed, and the resume loses nothing', async () => {
		const failing = await startLocalBedrock({ models: 25, seed: 5, faults: { script: [3, 4, 5].map((request) => ({ request, fault: 503 as const })) } });
		try {
			const streamed = await run('node', [CLI, 'list-custom-models', '--endpoint-url', failing.endpoint, '--output', 'jsonl', '--page-size', '5', '--sort-order', 'Ascending', '--no-retry'], ENV);
			expect(streamed.status).toBe(255);
			const printed = arnsOf(streamed.stdout);
			expect(printed).toEqual(failing.models().slice(0, 10).map((m) => m.modelArn));
			expect(streamed.stderr).toMatch(/^\nAn error occurred \(ServiceUnavailableException\) when calling the ListCustomModels operation: .*\n10 items printed\. The error may pass: Run it again with --starting-token \S+\n$/);
			const token = /--starting-token (\S+)/.exec(streamed.stderr)?.[1] as string;
			failing.setFaults({ script: [] });
			const rest = await run('node', [CLI, 'list-custom-models', '--endpoint-url', failing.endpoint, '--output', 'jsonl', '--sort-order', 'Ascending', '--starting-token', token], ENV);
			expect([...printed, ...arnsOf(rest.stdout)]).toEqual(failing.models().map((m) => m.modelArn));
		} finally {
			await failing.close();
		}
	});

	it('fails within seconds on an unreachable endpoint, naming it and the cause', async () => {
		const started = performance.now();
		const result = await cli('list-custom-models', '--endpoint-url', 'http://127.0.0.1:1');
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(result.status).toBe(255);
		expect(result.stderr).toMatch(/^\nCould not connect to the endpoint URL: "http:\/\/127\.0\.0\.1:1\/custom-models" \(connection refused: nothing listens there\)\n/);
	});

	it('ends quietly when stdout is closed early (| head -1)', async () => {
		const result = await run('bash', ['-c', `node ${CLI} list-custom-models --endpoint-url ${local.endpoint} --output jsonl --page-size 2 | head -1`], ENV);
		expect(result.status).toBe(0);
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toBe('');
	});

	it('prints each request and response with --debug, and no credential', async () => {
		const result = await cli('list-custom-models', '--endpoint-url', local.endpoint, '--debug', '--max-items', '2', '--page-size', '2');
		expect(result.stderr).toMatch(/request: GET http:\/\/127\.0\.0\.1:\d+\/custom-models\?maxResults=2 \(headers: .*authorization/);
		expect(result.stderr).toMatch(/response: 200 in \d+ ms \(request id [0-9a-f-]+\)/);
		expect(result.stderr).not.toMatch(/AWS4-HMAC-SHA256|Signature=|local-secret/);
	});

	it('shows a throttled response by its status and code with --debug, the retry and its reason, and a token by its length only', async () => {
		const throttling = await startLocalBedrock({ models: 25, seed: 5, faults: { script: [{ request: 2, fault: 429 }] } });
		try {
			const result = await cli('list-custom-models', '--endpoint-url', throttling.endpoint, '--debug', '--max-items', '3', '--page-size', '2');
			expect(result.status).toBe(0);
			expect(result.stderr).toMatch(/response: 429 ThrottlingException in \d+ ms/);
			expect(result.stderr).toMatch(/page 2: retry 1 in \d+ ms \(throttled 1 time in a row: backoff/);
			expect(result.stderr).toMatch(/custom-models\?maxResults=2&nextToken=<\d+ characters>/);
			expect(result.stderr).not.toMatch(/nextToken=[^<]/);
			expect(result.stderr).not.toMatch(/ShieldedFailure/);
		} finally {
			await throttling.close();
		}
	});

	it('takes --cli-input-json (from a file too) and prints a skeleton for it', async () => {
		const skeleton = await cli('list-custom-models', '--generate-cli-skeleton');
		expect(JSON.parse(skeleton.stdout)).toMatchObject({ nameContains: '', sortOrder: 'Ascending', isOwned: true, maxResults: 0, nextToken: '' });
		const file = join(mkdtempSync(join(tmpdir(), 'cli-')), 'input.json');
		writeFileSync(file, JSON.stringify({ sortOrder: 'Ascending', modelStatus: 'Active' }));
		const fromFile = await list('--cli-input-json', `file://${file}`, '--output', 'jsonl');
		expect(arnsOf(fromFile.stdout)).toEqual(local.models().filter((m) => m.modelStatus === 'Active').map((m) => m.modelArn));
		const inline = await list('--cli-input-json', '{"sortOrder": "Descending"}', '--sort-order', 'Ascending', '--output', 'jsonl', '--max-items', '3');
		expect(arnsOf(inline.stdout)).toEqual(ascending().slice(0, 3));
	});

	it('with --checkpoint --checkpoint-pipe, continues after a kill right after the lines the pipe accepted, and then says the listing is complete', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-checkpoint-'));
		const checkpoint = join(dir, 'state.json');
		const slow = await startLocalBedrock({ models: 60, seed: 8, faults: { latencyMs: 30 } });
		try {
			const args = [CLI, 'list-custom-models', '--endpoint-url', slow.endpoint, '--output', 'jsonl', '--page-size', '5', '--checkpoint', checkpoint, '--checkpoint-pipe'];
			const child = spawn('node', args, { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
			let first = '';
			await new Promise<void>((resolve) => {
				child.stdout.on('data', (chunk: Buffer) => {
					first += chunk.toString();
					if (first.split('\n').length > 12) resolve();
				});
			});
			child.kill('SIGKILL');
			await new Promise((resolve) => child.on('exit', resolve));
			const second = await run('node', args, ENV);
			expect(second.status, second.stderr).toBe(0);
			const all = [...arnsOf(first.split('\n').filter((line) => line.endsWith('}')).join('\n')), ...arnsOf(second.stdout)];
			const expected = slow.models().map((m) => m.modelArn);
			expect(new Set(all)).toEqual(new Set(expected));
			expect(all.length - expected.length).toBeLessThanOrEqual(1);
			const third = await run('node', args, ENV);
			expect(third.stdout).toBe('');
			expect(third.stderr).toMatch(/is already complete; delete that file to list again/);
			expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toMatchObject({ complete: true });
		} finally {
			await slow.close();
		}
	});

	it('prints the NextToken to carry on with and exits 130 on Ctrl-C', async () => {
		const slow = await startLocalBedrock({ models: 40, seed: 8, faults: { latencyMs: 50 } });
		try {
			const child = spawn('node', [CLI, 'list-custom-models', '--endpoint-url', slow.endpoint, '--output', 'jsonl', '--page-size', '5', '--sort-order', 'Ascending'], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
			let stdout = '';
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), stdout.split('\n').length > 6 && resolve())));
			child.kill('SIGINT');
			const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
			expect(code).toBe(130);
			const token = /--starting-token (\S+)/.exec(stderr)?.[1] as string;
			expect(stderr).toMatch(/Interrupted\. \d+ items printed\. To carry on: --starting-token \S+/);
			const rest = await run('node', [CLI, 'list-custom-models', '--endpoint-url', slow.endpoint, '--output', 'jsonl', '--sort-order', 'Ascending', '--starting-token', token], ENV);
			expect([...arnsOf(stdout), ...arnsOf(rest.stdout)]).toEqual(slow.models().map((m) => m.modelArn));
		} finally {
			await slow.close();
		}
	});

	it('shows progress on a terminal only, cleared before each line printed', async () => {
		const piped = await list('--output', 'jsonl', '--page-size', '5');
		expect(piped.stderr).toBe('');
		const tty = await run('script', ['-qec', `node ${CLI} list-custom-models --endpoint-url ${local.endpoint} --output jsonl --page-size 5`, '/dev/null'], ENV);
		expect(tty.stdout).toContain('pages ');
		// As a terminal shows it (a carriage return goes back to the start of the line, ESC[2K wipes it), every
		// model line is whole: the progress line was wiped before it was printed.
		const screen = tty.stdout.replace(/\r\n/g, '\n').split('\n').map((line) => (line.split('\r').at(-1) ?? '').replace(/\x1b\[2K/g, ''));
		const models = screen.filter((line) => line.includes('modelArn'));
		expect(models).toHaveLength(25);
		for (const line of models) expect(line).toMatch(/^\{"modelArn".*\}$/);
	});

	it('prints help, its version, and usage for an unknown command', async () => {
		expect((await cli('list-custom-models', '--help')).stdout).toMatch(/--max-items N/);
		expect((await cli('--version')).stdout).toMatch(/^bedrock-paginators\/\d+\.\d+\.\d+ node\/v\d+/);
		const unknown = await cli('list-models');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toMatch(/^bedrock-paginators: error: argument command: Invalid choice, valid choices are:\n\nlist-/);
	});

	it('lists every other operation too, generated from the same table (list-guardrails)', async () => {
		const result = await cli('list-guardrails', '--endpoint-url', local.endpoint, '--output', 'jsonl', '--max-items', '5', '--page-size', '2');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { arn: string }).arn)).toEqual(local.items('ListGuardrails').slice(0, 5).map((g) => g['arn']));
	});
});

describe('bedrock-paginators local-endpoint', () => {
	it('serves a generated catalogue in the foreground until interrupted', async () => {
		const child = spawn('node', [CLI, 'local-endpoint', '--port', '0', '--models', '12'], { stdio: ['ignore', 'pipe', 'pipe'] });
		const endpoint = await new Promise<string>((resolve, reject) => {
			child.stdout.on('data', (chunk: Buffer) => {
				const match = /endpoint: (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
				if (match?.[1]) resolve(match[1]);
			});
			child.on('exit', (code) => reject(new Error(`exited ${code}`)));
		});
		const listed = await cli('list-custom-models', '--endpoint-url', endpoint, '--output', 'jsonl');
		expect(listed.stdout.trimEnd().split('\n')).toHaveLength(12);
		const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
		child.kill('SIGINT');
		expect(await exited).toBe(0);
	});

	it('says in one line that a port is busy', async () => {
		const result = await cli('local-endpoint', '--port', String(local.port));
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`bedrock-paginators local-endpoint: Port ${local.port} on 127.0.0.1 is already in use; choose another port (0 picks a free one).\n`);
	});
});
