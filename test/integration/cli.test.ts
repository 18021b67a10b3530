/** The built CLI run as a subprocess, as users run it, against the local endpoint. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { CLI } from '../support/built.js';
import { run } from '../support/run.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 25, seed: 5 });
});
afterAll(() => local.close());

// No credentials in the environment: a loopback --endpoint-url gets dummy ones. The metadata service is
// switched off in case that ever regressed: no test may reach an address off this machine.
const ENV = { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '', AWS_EC2_METADATA_DISABLED: 'true' };
const cli = (...args: string[]) => run('node', [CLI, ...args], ENV);
const list = (...args: string[]) => cli('list-custom-models', '--endpoint-url', local.endpoint, ...args);
const ascending = () => local.models().map((m) => m.modelArn);

describe('bedrock-paginators list-custom-models', () => {
	it("prints the AWS CLI's JSON shape with a NextToken that resumes after the last model", async () => {
		const first = await list('--max-items', '10', '--page-size', '4', '--sort-order', 'Ascending');
		expect(first.status, first.stderr).toBe(0);
		const json = JSON.parse(first.stdout) as { modelSummaries: { modelArn: string; creationTime: string }[]; NextToken: string };
		expect(Object.keys(json)).toEqual(['modelSummaries', 'NextToken']);
		expect(first.stdout).toContain('\n    "modelSummaries": [');
		expect(json.modelSummaries.map((m) => m.modelArn)).toEqual(ascending().slice(0, 10));
		expect(json.modelSummaries[0]?.creationTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

		const rest = await list('--starting-token', json.NextToken, '--sort-order', 'Ascending');
		const restJson = JSON.parse(rest.stdout) as { modelSummaries: { modelArn: string }[]; NextToken?: string };
		expect(restJson.modelSummaries.map((m) => m.modelArn)).toEqual(ascending().slice(10));
		expect(restJson.NextToken).toBeUndefined();
	});

	it('streams one model per line with --output jsonl, NextToken on stderr', async () => {
		const result = await list('--output', 'jsonl', '--max-items', '7', '--page-size', '3', '--sort-order', 'Ascending');
		expect(result.status, result.stderr).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines.map((line) => (JSON.parse(line) as { modelArn: string }).modelArn)).toEqual(ascending().slice(0, 7));
		expect(result.stderr).toMatch(/^NextToken: \S+\n$/);
	});

	it('applies filters given as flags', async () => {
		const owned = local.models().filter((m) => m.modelStatus === 'Active' && m.ownerAccountId === '123456789012');
		const result = await list('--model-status', 'Active', '--is-owned', '--sort-order', 'Ascending', '--output', 'jsonl');
		expect(result.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { modelArn: string }).modelArn)).toEqual(owned.map((m) => m.modelArn));
	});

	it('prints a table for people', async () => {
		const result = await list('--output', 'table', '--max-items', '3');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^NAME +TYPE +STATUS +CREATED +BASE MODEL\n/);
		expect(result.stdout).toMatch(/\n3 models\nNextToken: \S+\n$/);
	});

	it.each([
		[['--page-size', '0'], /--page-size expects a whole number from 1 to 1000, got '0'/],
		[['--max-items', 'ten'], /--max-items expects a whole number >= 1, got 'ten'/],
		[['--starting-token', 'eyJuZXh0VG9rZW4iOiAxfQ=='], /--starting-token` is not a valid resume token|--starting-token is not a valid resume token/],
		[['--output', 'yaml'], /--output expects one of json, jsonl, table/],
		[['--colour'], /Unknown option '--colour'/],
		[['--sort-order', 'Up'], /--sort-order expects one of Ascending, Descending/],
		[['--creation-time-after', 'yesterday'], /--creation-time-after expects an ISO 8601 time/],
	])('exits 2 with one clear line for %j, no stack trace', async (args, message) => {
		const result = await list(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(result.stdout).toBe('');
	});

	it('exits 1 on a service error and says how to go on without losing a model', async () => {
		const json = await list('--name-contains', 'bad name!');
		expect(json.status).toBe(1);
		expect(json.stderr).toMatch(/^error: ValidationException: 1 validation error detected: .*nameContains.* \(HTTP 400\)\n/);
		expect(json.stderr).toMatch(/Nothing was printed; run the same command again/);
		expect(json.stderr).not.toMatch(/\n\s+at /);
		expect(json.stdout).toBe('');

		// Streamed output keeps what it printed: the token resumes right after it.
		const failing = await startLocalBedrock({ models: 25, seed: 5, faults: { script: [3, 4, 5].map((request) => ({ request, fault: 403 as const })) } });
		try {
			const env = { ...ENV };
			const streamed = await run('node', [CLI, 'list-custom-models', '--endpoint-url', failing.endpoint, '--output', 'jsonl', '--page-size', '5', '--sort-order', 'Ascending'], env);
			expect(streamed.status).toBe(1);
			const printed = streamed.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { modelArn: string }).modelArn);
			expect(printed).toEqual(failing.models().slice(0, 10).map((m) => m.modelArn));
			expect(streamed.stderr).toMatch(/^error: AccessDeniedException: .* \(HTTP 403\)\nprinted 10 models from 2 pages before it\.\nResume after them with: --starting-token \S+\n$/);
			const token = /--starting-token (\S+)/.exec(streamed.stderr)?.[1] as string;
			failing.setFaults({ script: [] });
			const rest = await run('node', [CLI, 'list-custom-models', '--endpoint-url', failing.endpoint, '--output', 'jsonl', '--sort-order', 'Ascending', '--starting-token', token], env);
			const resumed = rest.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { modelArn: string }).modelArn);
			expect([...printed, ...resumed]).toEqual(failing.models().map((m) => m.modelArn));
		} finally {
			await failing.close();
		}
	});

	it('prints help, and usage for an unknown command', async () => {
		expect((await cli('list-custom-models', '--help')).stdout).toMatch(/--max-items N/);
		const unknown = await cli('list-models');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toMatch(/unknown command 'list-models'/);
	});
});

describe('bedrock-paginators local-endpoint', () => {
	it('serves a generated catalogue in the foreground until interrupted', async () => {
		const { spawn } = await import('node:child_process');
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
});
