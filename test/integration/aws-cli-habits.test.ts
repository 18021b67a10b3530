/**
 * The AWS CLI's habits around the listing itself, side by side with the real one (v1, from the machine's Python):
 * mistakes in commands and options, --profile, an endpoint that is not Bedrock, --generate-cli-skeleton and
 * --max-items 0. Same exit status, same first line of the message, same bytes on stdout where both print.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_COMMANDS } from '../../src/cli/commands.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { CLI } from '../support/built.js';
import { awsCliProcess } from '../support/aws-cli-batch.js';
import { botoMissing } from '../support/python.js';
import { run } from '../support/run.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);
// An empty home: no ~/.aws files, so a profile exists only if a test writes one. (AWS_PROFILE is left unset, as
// the AWS CLI takes an empty one for a profile named ''.)
const HOME = mkdtempSync(join(tmpdir(), 'bp-habits-home-'));
const ENV = {
	AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
	AWS_SECRET_ACCESS_KEY: 'local-secret',
	AWS_DEFAULT_REGION: 'us-east-1',
	AWS_EC2_METADATA_DISABLED: 'true',
	AWS_PAGER: '',
	HOME,
	COLUMNS: '',
};

let local: LocalBedrock;
// One Python for the whole file: the AWS CLI's start-up, not its work, took most of this file's time.
const awsCliRunner = awsCliProcess();
/** Something else that answers HTTP: a web server's HTML 404 page for every path. */
let foreign: Server;
let foreignUrl: string;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 14, seed: 8 });
	foreign = createServer((_, response) => {
		response.writeHead(404, 'File not found', { 'content-type': 'text/html' });
		response.end('<!DOCTYPE HTML>\n<html><head><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 404</p></body></html>\n');
	});
	await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
	foreignUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await local.close();
	await awsCliRunner.close();
	await new Promise((resolve) => foreign.close(resolve));
});

const ours = (args: string[], env: Record<string, string> = {}) => run('node', [CLI, ...args], { ...ENV, ...env });
const theirs = (args: string[], env: Record<string, string> = {}) => awsCliRunner.run(['bedrock', ...args], { ...ENV, ...env });
const both = (args: string[], env: Record<string, string> = {}) => Promise.all([ours(args, env), theirs(args, env)]);
/** The line that says what went wrong (the AWS CLI prints its usage first). */
const errorLine = (text: string) => text.split('\n').find((line) => /error|Unknown options|could not be found|An error occurred/.test(line))?.replace(/^(__main__\.py|aws|bedrock-paginators( [\w-]+)?): /, '');

describe.skipIf(botoMissing !== undefined)('side by side with the AWS CLI: mistakes', () => {
	it.each<[string, string[]]>([
		['an unknown flag and its value', ['list-custom-models', '--max-itemz', '3']],
		['two unknown flags and a free word', ['list-custom-models', '--is-ownd', '--max-itemz', '3']],
		['a free word before an unknown flag', ['list-custom-models', 'foo', '--bogus']],
		['-v inside a command', ['list-custom-models', '-v']],
		['an unknown flag with an inline value', ['list-guardrails', '--guardrail-identifer=abc']],
	])(title('%s: the same Unknown options line and exit status'), async (_, args) => {
		const [mine, aws] = await both(args);
		expect(aws.status).toBe(255);
		expect(mine.status).toBe(aws.status);
		expect(errorLine(mine.stderr)).toBe(errorLine(aws.stderr));
	});

	it.each<[string, string[]]>([
		['a prefix of a filter', ['--max', '1']],
		['a prefix of filters and a pagination flag', ['--s', 'x']],
		['a prefix of global flags, some this tool lacks', ['--n', 'x']],
		['a prefix with an inline value', ['--max=1']],
	])(title('an ambiguous abbreviation (%s): exit status 2 and the candidates in the same order'), async (_, args) => {
		const [mine, aws] = await both(['list-custom-models', '--endpoint-url', local.endpoint, ...args]);
		expect(aws.status).toBe(2);
		expect({ status: mine.status, line: errorLine(mine.stderr) }).toEqual({ status: aws.status, line: errorLine(aws.stderr) });
		expect(mine.stderr).toContain('error: ambiguous option: ');
	});

	it(title('a unique abbreviation is the flag it begins, as argparse takes it'), async () => {
		const args = ['list-custom-models', '--endp', local.endpoint, '--max-i', '4', '--page', '3', '--sort-o', 'Ascending', '--is', '--output', 'text'];
		const [mine, aws] = await both(args);
		expect(aws.status, aws.stderr).toBe(0);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
		expect(mine.stdout.split('\n').filter((line) => line.startsWith('MODELSUMMARIES'))).toHaveLength(4);
	});

	it(title('an unknown command: exit status 2 and the suggestions the AWS CLI makes, among the commands both have'), async () => {
		for (const typo of ['list-custom-model', 'list-guardrail', 'lst-inference-profiles', 'list-model-jobs', 'nothing-like-it']) {
			const [mine, aws] = await both([typo]);
			expect(aws.status).toBe(2);
			expect(mine.status, typo).toBe(2);
			const suggestions = (text: string) => (text.split('maybe you meant:\n\n')[1] ?? '').split('\n').filter((line) => line.startsWith('  * ')).map((line) => line.slice(4));
			const commands = new Set(LIST_COMMANDS.keys());
			expect(suggestions(mine.stderr), typo).toEqual(suggestions(aws.stderr).filter((command) => commands.has(command)));
			expect(mine.stderr, typo).toContain("error: argument command: Invalid choice, valid choices are:\n\n");
		}
	});

	it(title("'help' after a command, --version after one and -v before one end as the AWS CLI's do"), async () => {
		for (const args of [['list-custom-models', 'help'], ['list-custom-models', '--max-items', '2', 'help'], ['list-custom-models', '--version'], ['-v']]) {
			const mine = await run('node', [CLI, ...args], ENV);
			const aws = await awsCliRunner.run(args[0] === '-v' ? args : ['bedrock', ...args], ENV);
			expect({ args, status: mine.status }).toEqual({ args, status: aws.status });
		}
		const [mine, aws] = await both(['list-custom-models', '--version']);
		// Both print their own versions, in the same manner: name/version runtime/version platform library/version.
		expect(mine.stdout).toMatch(/^bedrock-paginators\/\S+ node\/\S+ \S+\/\S+ client-bedrock\/\S+\n$/);
		expect(aws.stdout).toMatch(/^aws-cli\/\S+ Python\/\S+ \S+\/\S+ botocore\/\S+\n$/);
	});

	it(title('an unknown --profile or AWS_PROFILE: the same message and exit status, before any request'), async () => {
		const before = local.requests.length;
		for (const [args, env] of [
			[['list-custom-models', '--profile', 'nosuch', '--endpoint-url', local.endpoint], {}],
			[['list-custom-models', '--endpoint-url', local.endpoint], { AWS_PROFILE: 'missing-too' }],
		] as const) {
			const [mine, aws] = await both([...args], env);
			expect(aws.status).toBe(255);
			expect({ status: mine.status, line: errorLine(mine.stderr) }).toEqual({ status: aws.status, line: errorLine(aws.stderr) });
		}
		expect(local.requests.length).toBe(before);
	});

	it(title('a profile of the config or credentials file is found, as the AWS CLI finds it'), async () => {
		const home = mkdtempSync(join(tmpdir(), 'bp-habits-profile-'));
		const config = join(home, 'config');
		const credentials = join(home, 'credentials');
		writeFileSync(config, '[profile from-config]\nregion = us-east-1\n[not-a-profile]\nregion = us-east-1\n');
		writeFileSync(credentials, '[from-credentials]\naws_access_key_id = AKIDLOCAL\naws_secret_access_key = local-secret\n');
		const env = { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials };
		for (const profile of ['from-config', 'from-credentials', 'not-a-profile', 'default']) {
			const [mine, aws] = await both(['list-custom-models', '--profile', profile, '--endpoint-url', local.endpoint, '--max-items', '1'], env);
			expect({ profile, found: !/could not be found/.test(mine.stderr) }).toEqual({ profile, found: !/could not be found/.test(aws.stderr) });
		}
	});
});

describe.skipIf(botoMissing !== undefined)('side by side with the AWS CLI: an endpoint that is not Bedrock', () => {
	it.each([[[]], [['--no-paginate']], [['--output', 'text', '--max-items', '3']]])(title('says An error occurred (404) as the AWS CLI does, then asks about --endpoint-url (%j)'), async (extra) => {
		const [mine, aws] = await both(['list-custom-models', '--endpoint-url', foreignUrl, ...extra]);
		expect(aws.status).toBe(255);
		expect(mine.status).toBe(aws.status);
		const head = 'An error occurred (404) when calling the ListCustomModels operation:';
		expect(aws.stderr).toContain(`\n${head} <!DOCTYPE HTML>`);
		expect(mine.stderr.startsWith(`\n${head} File not found\n`)).toBe(true);
		expect(mine.stderr).toContain(`does --endpoint-url ${foreignUrl} point at Bedrock`);
		expect(mine.stdout).toBe(aws.stdout);
	});
});

describe.skipIf(botoMissing !== undefined)('side by side with the AWS CLI: skeletons and --max-items 0', () => {
	it(title('--generate-cli-skeleton has the same keys in the same order for every command'), { timeout: 180_000 }, async () => {
		const commands = [...LIST_COMMANDS.keys()];
		const results = await Promise.all(commands.map((command) => both([command, '--generate-cli-skeleton'])));
		for (const [index, [mine, aws]] of results.entries()) {
			const command = commands[index];
			expect(aws.status, aws.stderr).toBe(0);
			expect({ command, status: mine.status, keys: Object.keys(JSON.parse(mine.stdout) as object) }).toEqual({ command, status: 0, keys: Object.keys(JSON.parse(aws.stdout) as object) });
		}
	});

	it(title("a skeleton's limit fed back with --cli-input-json is the page size of a listing that --max-items cuts, as in the AWS CLI"), async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bp-habits-skeleton-'));
		const skeleton = JSON.parse((await ours(['list-custom-models', '--generate-cli-skeleton'])).stdout) as Record<string, unknown>;
		// Filled in: a page size, an order; the filters and the token left out.
		const file = join(dir, 'input.json');
		writeFileSync(file, JSON.stringify({ maxResults: 3, sortBy: skeleton['sortBy'], sortOrder: 'Ascending' }));
		const args = ['list-custom-models', '--endpoint-url', local.endpoint, '--cli-input-json', `file://${file}`, '--max-items', '5'];
		const before = local.requests.length;
		const mine = await ours(args);
		const ourRequests = local.requests.slice(before).map((request) => request.query);
		const middle = local.requests.length;
		const aws = await theirs(args);
		const awsRequests = local.requests.slice(middle).map((request) => request.query);
		expect(aws.status, aws.stderr).toBe(0);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
		expect(ourRequests).toEqual(awsRequests);
		expect((JSON.parse(mine.stdout) as { modelSummaries: unknown[] }).modelSummaries).toHaveLength(5);
	});

	it(title('the skeleton as printed, blanks left in, runs with --max-items and lists nothing before 1970'), async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bp-habits-raw-'));
		const file = join(dir, 'skeleton.json');
		writeFileSync(file, (await ours(['list-custom-models', '--generate-cli-skeleton'])).stdout);
		const result = await ours(['list-custom-models', '--endpoint-url', local.endpoint, '--cli-input-json', `file://${file}`, '--max-items', '2']);
		expect(result).toMatchObject({ status: 0, stdout: '{\n    "modelSummaries": []\n}\n' });
	});

	it.each([[['--output', 'json']], [['--output', 'text']], [['--page-size', '4']], [['--query', 'NextToken']]])(
		title('--max-items 0 (%j): the same output, warning and exit status as the AWS CLI, after one request'),
		async (extra) => {
			const args = ['list-custom-models', '--endpoint-url', local.endpoint, '--max-items', '0', ...extra];
			const before = local.requests.length;
			const mine = await ours(args);
			const ourRequests = local.requests.slice(before).map((request) => request.query);
			const middle = local.requests.length;
			const aws = await theirs(args);
			const awsRequests = local.requests.slice(middle).map((request) => request.query);
			expect(aws.status).toBe(0);
			expect({ status: mine.status, stdout: mine.stdout, stderr: mine.stderr }).toEqual({ status: aws.status, stdout: aws.stdout, stderr: aws.stderr });
			expect(ourRequests).toEqual(awsRequests);
			expect(ourRequests).toHaveLength(1);
		},
	);

	it(title('the NextToken of --max-items 0 starts the listing from the beginning, in both'), async () => {
		const token = (JSON.parse((await ours(['list-custom-models', '--endpoint-url', local.endpoint, '--max-items', '0'])).stdout) as { NextToken: string }).NextToken;
		const [mine, aws] = await both(['list-custom-models', '--endpoint-url', local.endpoint, '--starting-token', token, '--max-items', '3']);
		expect(aws.status).toBe(0);
		expect(mine.stdout).toBe(aws.stdout);
		expect((JSON.parse(mine.stdout) as { modelSummaries: { modelArn: string }[] }).modelSummaries.map((model) => model.modelArn)).toEqual(
			local.models().slice().reverse().slice(0, 3).map((model) => model.modelArn),
		);
	});

	it(title('with a --starting-token, --max-items 0 gives that token back, as the AWS CLI does'), async () => {
		const first = await ours(['list-custom-models', '--endpoint-url', local.endpoint, '--max-items', '5', '--page-size', '3']);
		const token = (JSON.parse(first.stdout) as { NextToken: string }).NextToken;
		const [mine, aws] = await both(['list-custom-models', '--endpoint-url', local.endpoint, '--max-items', '0', '--page-size', '3', '--starting-token', token]);
		expect(aws.status).toBe(0);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
		expect((JSON.parse(mine.stdout) as { NextToken: string }).NextToken).toBe(token);
	});

	it(title('with --no-paginate, a bad filter is refused before any request (the AWS CLI checks lengths the same way)'), async () => {
		const before = local.requests.length;
		const mine = await ours(['list-custom-models', '--endpoint-url', local.endpoint, '--no-paginate', '--name-contains', '']);
		const aws = await theirs(['list-custom-models', '--endpoint-url', local.endpoint, '--no-paginate', '--name-contains', '']);
		expect(local.requests.length).toBe(before);
		expect(mine.status).toBe(aws.status);
		expect(mine.stderr).toMatch(/^\nParameter validation failed:\n/);
		expect(aws.stderr).toMatch(/^\nParameter validation failed:\n/);
		const enumMistake = await ours(['list-custom-models', '--endpoint-url', local.endpoint, '--no-paginate', '--model-status', 'Bogus']);
		expect(enumMistake).toMatchObject({ status: 255, stdout: '' });
		expect(enumMistake.stderr).toMatch(/^\nParameter validation failed:\nExpected `modelStatus` \(ListCustomModels\) to be one of `Active`, `Creating` or `Failed`/);
		expect(local.requests.length).toBe(before);
	});
});

describe.skipIf(botoMissing !== undefined)('the AWS CLI run many times in one Python process', () => {
	it(title('gives the exit status, stdout and stderr that a process of its own gives'), async () => {
		const cases: [string[], Record<string, string>][] = [
			[['list-custom-models', '--endpoint-url', local.endpoint, '--max-items', '2', '--output', 'text'], {}],
			[['list-custom-models', '--max', '1'], {}],
			[['list-custom-models', '--bogus'], {}],
			[['list-custom-models', '--endpoint-url', local.endpoint], { AWS_PROFILE: 'missing' }],
		];
		for (const [args, env] of cases) {
			const alone = await run('python3', ['-m', 'awscli', 'bedrock', ...args], { ...ENV, ...env });
			expect(await theirs(args, env)).toEqual(alone);
		}
	});
});
