/**
 * The CLI as a drop-in for the AWS CLI (v1, from the machine's Python): the same flags against the same local
 * endpoint must print the same bytes, send the same requests and end with the same exit status.
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
	local = await startLocalBedrock({ models: 23, seed: 31, items: { ListGuardrails: 9, ListInferenceProfiles: 9, ListPromptRouters: 7, ListModelInvocationJobs: 8 } });
});
// One Python for the whole file: the AWS CLI's start-up, not its work, took most of this file's time.
const awsCliRunner = awsCliProcess();
afterAll(() => Promise.all([local.close(), awsCliRunner.close()]));

const ours = (command: string, ...args: string[]) => run('node', [CLI, command, '--endpoint-url', local.endpoint, ...args], ENV);
const theirs = (command: string, ...args: string[]) => awsCliRunner.run(['bedrock', command, '--endpoint-url', local.endpoint, ...args], AWS_CLI_ENV);

describe.skipIf(botoMissing !== undefined)('side by side with the AWS CLI', () => {
	it.each<[string, string[]]>([
		['list-custom-models', ['--output', 'text']],
		['list-custom-models', ['--output', 'text', '--max-items', '7', '--page-size', '3', '--sort-order', 'Ascending']],
		['list-custom-models', ['--output', 'text', '--query', 'modelSummaries[].modelName']],
		['list-custom-models', ['--output', 'text', '--max-items', '4', '--query', 'modelSummaries[].[modelName,modelStatus]']],
		['list-custom-models', ['--query', 'modelSummaries[?modelStatus==`Active`].{name: modelName, at: creationTime}']],
		['list-custom-models', ['--query', 'length(modelSummaries)', '--page-size', '5']],
		['list-custom-models', ['--max-items', '5', '--query', 'NextToken']],
		['list-custom-models', ['--no-paginate', '--max-results', '4']],
		['list-custom-models', ['--no-paginate', '--max-results', '4', '--output', 'text']],
		['list-guardrails', ['--output', 'text', '--max-items', '5', '--page-size', '2']],
		['list-guardrails', []],
		['list-inference-profiles', ['--output', 'text']],
		['list-inference-profiles', ['--type-equals', 'APPLICATION']],
		['list-prompt-routers', ['--output', 'text', '--max-items', '3']],
		['list-model-invocation-jobs', ['--output', 'text', '--page-size', '3']],
		['list-model-invocation-jobs', ['--max-items', '3', '--sort-order', 'Ascending']],
	])(title('%s %j: the same bytes on stdout and the same exit status'), async (command, args) => {
		const [mine, aws] = await Promise.all([ours(command, ...args), theirs(command, ...args)]);
		expect(aws.status, aws.stderr).toBe(0);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
	});

	it(title('sends the same requests on the wire for the same flags, filters included'), async () => {
		const flags = [
			['list-custom-models', '--page-size', '7', '--max-items', '10', '--name-contains', 'chat', '--is-owned', '--model-status', 'Active', '--sort-by', 'CreationTime', '--sort-order', 'Ascending'],
			['list-custom-models', '--no-is-owned', '--creation-time-after', '2024-01-31T12:00:00Z', '--creation-time-before', '2030-01-01'],
			['list-custom-models', '--base-model-arn-equals', 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1'],
			['list-model-copy-jobs', '--target-model-name-contains', 'copy', '--status-equals', 'Completed'],
			['list-inference-profiles', '--type-equals', 'SYSTEM_DEFINED', '--page-size', '3'],
			['list-guardrails', '--no-paginate', '--max-results', '2'],
		];
		for (const [command, ...args] of flags) {
			const before = local.requests.length;
			await theirs(command as string, ...args);
			const awsRequests = local.requests.slice(before).map((request) => ({ path: request.path, query: request.query }));
			const middle = local.requests.length;
			await ours(command as string, ...args);
			const ourRequests = local.requests.slice(middle).map((request) => ({ path: request.path, query: request.query }));
			expect({ command, args, requests: ourRequests }).toEqual({ command, args, requests: awsRequests });
		}
	});

	it.each<[string, string[]]>([
		['a service error', ['--name-contains', 'bad name!']],
		['a page size the service refuses', ['--no-paginate', '--max-results', '5000']],
		['pagination flags with --no-paginate', ['--no-paginate', '--page-size', '2']],
		['an unknown option', ['--bogus']],
		['a value that is not a number', ['--page-size', 'ten']],
		['a missing value', ['--page-size']],
	])(title('ends with the same exit status and first error line for %s'), async (_, args) => {
		const [mine, aws] = await Promise.all([ours('list-custom-models', ...args), theirs('list-custom-models', ...args)]);
		expect(mine.status).toBe(aws.status);
		// The AWS CLI prints its usage first: compare the line that says what went wrong.
		const firstLine = (text: string) => text.split('\n').find((line) => /error|Unknown options/.test(line))?.replace(/^(__main__\.py|aws|bedrock-paginators list-custom-models): /, '');
		expect(firstLine(mine.stderr)).toBe(firstLine(aws.stderr));
	});
});
