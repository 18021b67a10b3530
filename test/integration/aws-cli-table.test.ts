/**
 * `--output table`, `--query` mistakes and `--output jsonl --query` beside the real AWS CLI (v1, from the machine's
 * Python), both against the same local endpoint: the same bytes on stdout and stderr and the same exit status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { CLI } from '../support/built.js';
import { awsCliProcess } from '../support/aws-cli-batch.js';
import { AWS_CLI_ENV, botoMissing } from '../support/python.js';
import { run } from '../support/run.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);
const ENV = { AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret', AWS_DEFAULT_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 23, seed: 41, items: { ListGuardrails: 9, ListInferenceProfiles: 6, ListPromptRouters: 5, ListModelInvocationJobs: 6, ListModelCustomizationJobs: 7 } });
});
// One Python for the whole file: the AWS CLI's start-up, not its work, took most of this file's time.
const awsCliRunner = awsCliProcess();
afterAll(() => Promise.all([local.close(), awsCliRunner.close()]));

const ours = (command: string, ...args: string[]) => run('node', [CLI, command, '--endpoint-url', local.endpoint, ...args], ENV);
const theirs = (command: string, ...args: string[]) => awsCliRunner.run(['bedrock', command, '--endpoint-url', local.endpoint, ...args], AWS_CLI_ENV);

describe.skipIf(botoMissing !== undefined)('--output table side by side with the AWS CLI', () => {
	it.each<[string, string[]]>([
		['list-custom-models', []],
		['list-custom-models', ['--page-size', '4', '--sort-order', 'Ascending']],
		['list-custom-models', ['--max-items', '7', '--page-size', '3']],
		['list-custom-models', ['--query', 'modelSummaries[].[modelName,modelStatus]', '--page-size', '5']],
		['list-custom-models', ['--query', 'modelSummaries[0]']],
		['list-custom-models', ['--query', 'modelSummaries[].{Name: modelName, Created: creationTime}', '--max-items', '6', '--page-size', '4']],
		['list-custom-models', ['--query', 'length(modelSummaries)']],
		['list-custom-models', ['--max-items', '5', '--query', 'NextToken']],
		['list-custom-models', ['--query', 'modelSummaries[?modelName==`nothing`]']],
		['list-custom-models', ['--name-contains', 'no-model-has-this-name']],
		['list-custom-models', ['--no-paginate', '--max-results', '4']],
		['list-custom-models', ['--no-paginate', '--max-results', '3', '--query', 'modelSummaries[].modelArn']],
		['list-guardrails', ['--max-items', '5', '--page-size', '2']],
		['list-guardrails', ['--query', 'guardrails[].[name, status, version]']],
		['list-model-customization-jobs', []],
		['list-model-invocation-jobs', ['--max-items', '3', '--page-size', '2']],
		['list-inference-profiles', []],
		['list-prompt-routers', ['--query', 'promptRouterSummaries[].{name: promptRouterName, models: models[].modelArn}']],
	])(title('%s %j: the same table, byte for byte'), async (command, args) => {
		const [mine, aws] = await Promise.all([ours(command, '--output', 'table', ...args), theirs(command, '--output', 'table', ...args)]);
		expect(aws.status, aws.stderr).toBe(0);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
		expect(mine.stdout.length === 0 || mine.stdout.startsWith('-')).toBe(true);
	});

	it(title('draws one table for all pages, not one per page'), async () => {
		const mine = await ours('list-custom-models', '--output', 'table', '--page-size', '2');
		expect(mine.stdout.match(/\| +ListCustomModels +\|/g)).toHaveLength(1);
		expect(mine.stdout.match(/arn:aws:bedrock:us-east-1:\d+:custom-model\//g)).toHaveLength(23);
	});

	it.each([120, 400])(title('on a terminal %i columns wide, fits the table to it as the AWS CLI does (its colours aside)'), async (columns) => {
		// One model's row is wider than 120 columns and narrower than 400: at 120 it turns into key/value rows.
		// stderr goes elsewhere, as our progress line would share the terminal.
		const args = ['--output', 'table', '--query', 'modelSummaries[0]', '--endpoint-url', local.endpoint];
		const onTerminal = (command: string) => run('script', ['-qec', `stty cols ${columns}; ${command} list-custom-models ${args.join(' ')} 2>/dev/null`, '/dev/null'], { ...ENV, AWS_PAGER: '' });
		const [mine, aws] = await Promise.all([onTerminal(`node ${CLI}`), onTerminal('python3 -m awscli bedrock')]);
		const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r/g, '');
		expect(aws.status).toBe(0);
		expect(plain(mine.stdout)).toBe(plain(aws.stdout));
		// Key/value rows (`|  modelArn  |  arn:...`) only where the row does not fit.
		expect(/^\|  modelArn +\|  arn:/m.test(plain(mine.stdout))).toBe(columns === 120);
	});

	it(title('fails as the AWS CLI does for a result its table cannot draw'), async () => {
		const query = '`[["a"], ["a", "b"]]`';
		const [mine, aws] = await Promise.all([ours('list-custom-models', '--output', 'table', '--query', query), theirs('list-custom-models', '--output', 'table', '--query', query)]);
		expect(aws.status).toBe(255);
		expect(mine).toEqual(aws);
	});
});

describe.skipIf(botoMissing !== undefined)('a bad --query side by side with the AWS CLI', () => {
	it.each(['a.[', 'modelSummaries[?modelName==', 'a ~ b', 'a.', 'modelSummaries[1:2:3:4]', '"model\\qName"', 'a = b', '`"bad`', '', 'foo[0](bar)', '{a b}'])(
		title('%j: the same message on stderr, exit status 255, before any request'),
		async (query) => {
			const before = local.requests.length;
			const [mine, aws] = await Promise.all([ours('list-custom-models', '--query', query), theirs('list-custom-models', '--query', query)]);
			expect(aws.status).toBe(255);
			expect(local.requests.length).toBe(before);
			expect(mine).toEqual(aws);
		},
	);

	it.each(['nosuch(modelSummaries)', 'length(modelSummaries, `1`)', 'not_null()'])(
		title('%j: an unknown function or a wrong number of arguments ends as in the AWS CLI, when the query runs'),
		async (query) => {
			for (const format of ['json', 'table']) {
				const [mine, aws] = await Promise.all([ours('list-custom-models', '--output', format, '--query', query), theirs('list-custom-models', '--output', format, '--query', query)]);
				expect(aws.status).toBe(255);
				expect(mine).toEqual(aws);
			}
		},
	);

	it.each([
		['max_by(modelSummaries, &modelName).modelName', ['json', 'text']],
		['min_by(modelSummaries, &creationTime).[modelName, creationTime]', ['json', 'text']],
		['sort_by(modelSummaries, &modelName)[:3].modelName', ['json', 'text']],
		["modelSummaries[?modelName > 'm'] | length(@)", ['json', 'text']],
		['`{bad json`', ['json', 'text']],
		['length(`1`)', ['json', 'text']],
		['contains(modelSummaries[0].modelName, `1`)', ['json', 'text']],
		['&modelName', ['json']],
	])(title('%j: the same result, or the same error and exit status, as the AWS CLI when the query runs'), async (query, formats) => {
		for (const format of formats) {
			const [mine, aws] = await Promise.all([ours('list-custom-models', '--output', format, '--query', query), theirs('list-custom-models', '--output', format, '--query', query)]);
			expect(mine).toEqual(aws);
		}
	});

	it(title('is refused the same way whatever the output format'), async () => {
		const results = await Promise.all(['json', 'text', 'table', 'jsonl'].map((format) => ours('list-guardrails', '--output', format, '--query', 'guardrails[')));
		const aws = await theirs('list-guardrails', '--query', 'guardrails[');
		for (const result of results) expect(result).toEqual({ status: 255, stdout: '', stderr: aws.stderr });
	});
});

describe.skipIf(botoMissing !== undefined)('--output jsonl --query', () => {
	it(title('applies the query to each item: the lines are the AWS CLI\'s result for the whole list'), async () => {
		const [mine, aws] = await Promise.all([
			ours('list-custom-models', '--output', 'jsonl', '--page-size', '6', '--query', '{name: modelName, status: modelStatus}'),
			theirs('list-custom-models', '--page-size', '6', '--query', 'modelSummaries[].{name: modelName, status: modelStatus}'),
		]);
		expect(mine.status).toBe(0);
		expect(mine.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(JSON.parse(aws.stdout));
		expect(mine.stderr).toBe('');
	});

	it(title('says once on stderr, instead of printing null lines, when the query gives null for every item'), async () => {
		const mine = await ours('list-custom-models', '--output', 'jsonl', '--page-size', '5', '--query', 'modelSummaries[].modelName');
		expect(mine).toEqual({ status: 0, stdout: '', stderr: "--query gave null for all 23 items: with --output jsonl it applies to each item (write 'name', not 'modelSummaries[].name').\n" });
	});

	it(title('keeps a line for every item when only some give null, in order'), async () => {
		const all = JSON.parse((await theirs('list-custom-models', '--query', 'modelSummaries[].{name: modelName, base: baseModelName}')).stdout) as { name: string; base: string }[];
		// The base model of a later item, so that the first items give null and are held back, then printed.
		const base = all.find((model, i) => i > 0 && model.base !== all[0]?.base)?.base ?? '';
		expect(base).not.toBe('');
		const mine = await ours('list-custom-models', '--output', 'jsonl', '--page-size', '4', '--query', `[@][?baseModelName=='${base}'].modelName | [0]`);
		expect(mine.status).toBe(0);
		expect(mine.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(all.map((model) => (model.base === base ? model.name : null)));
		expect(mine.stderr).toBe('');
	});
});
