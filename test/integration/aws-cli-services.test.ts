/**
 * `bedrock-paginators <service> <command>` beside `aws <service> <command>` (v1, from the machine's Python) on the
 * same local endpoint, for a command of each Bedrock client: the same bytes on stdout and the same exit status in
 * json and text, through a cut inside a page and its NextToken; and the same message and status for a missing
 * required flag and an unknown command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { awsCliProcess } from '../support/aws-cli-batch.js';
import { CLI } from '../support/built.js';
import { AWS_CLI_ENV, botoMissing } from '../support/python.js';
import { run } from '../support/run.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);
const ENV = { AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret', AWS_DEFAULT_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 9, seed: 5 });
});
const awsCliRunner = awsCliProcess();
afterAll(() => Promise.all([local.close(), awsCliRunner.close()]));

const ours = (words: string[], args: string[]) => run('node', [CLI, ...words, '--endpoint-url', local.endpoint, ...args], ENV);
const theirs = (words: string[], args: string[]) => awsCliRunner.run([...words, '--endpoint-url', local.endpoint, ...args], AWS_CLI_ENV);

/** A command of each client that lists without a required flag. */
const COMMANDS: [service: string, command: string][] = [
	['bedrock', 'list-guardrails'],
	['bedrock-agent', 'list-agents'],
	['bedrock-agent-runtime', 'list-sessions'],
	['bedrock-agentcore', 'list-batch-evaluations'],
	['bedrock-agentcore-control', 'list-agent-runtimes'],
	['bedrock-data-automation', 'list-data-automation-projects'],
	['bedrock-runtime', 'list-async-invokes'],
];
const CASES = COMMANDS.flatMap(([service, command]) =>
	['json', 'text'].flatMap((output) => [
		[service, command, ['--output', output]],
		[service, command, ['--output', output, '--max-items', '5', '--page-size', '2']],
	]),
) as [string, string, string[]][];

describe.skipIf(botoMissing !== undefined)('each Bedrock client beside the AWS CLI', () => {
	it.each(CASES)(title('%s %s %j: the same bytes on stdout and the same exit status'), async (service, command, args) => {
		const [mine, aws] = await Promise.all([ours([service, command], args), theirs([service, command], args)]);
		expect(aws.status, aws.stderr).toBe(0);
		expect(aws.stdout.length).toBeGreaterThan(20);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
	});

	const RETRIEVE_CASES = [undefined, 'refundguard', 'intervene'].flatMap((guardrailId) =>
		['json', 'text'].flatMap((output) => [
			[guardrailId ?? 'no guardrail', output, []],
			[guardrailId ?? 'no guardrail', output, ['--max-items', '4']],
		]),
	) as [string, string, string[]][];
	it.each(RETRIEVE_CASES)(title("bedrock-agent-runtime retrieve, %s, --output %s %j: guardrailAction (None when absent) as the AWS CLI prints it, on the same bytes"), async (guardrail, output, cut) => {
		const words = ['bedrock-agent-runtime', 'retrieve'];
		const args = [
			'--knowledge-base-id', local.pathParameters('bedrock-agent-runtime:Retrieve')['knowledgeBaseId'] as string,
			'--retrieval-query', '{"text": "refund policy"}',
			'--retrieval-configuration', '{"vectorSearchConfiguration": {"numberOfResults": 3}}',
			...(guardrail === 'no guardrail' ? [] : ['--guardrail-configuration', JSON.stringify({ guardrailId: guardrail, guardrailVersion: 'DRAFT' })]),
			'--output', output, ...cut,
		];
		const [mine, aws] = await Promise.all([ours(words, args), theirs(words, args)]);
		expect(aws.status, aws.stderr).toBe(0);
		const verdict = guardrail === 'no guardrail' ? 'None' : guardrail === 'intervene' ? 'INTERVENED' : 'NONE';
		expect(aws.stdout).toContain(output === 'json' ? `"guardrailAction": ${verdict === 'None' ? 'null' : `"${verdict}"`}` : `${verdict}\n`);
		expect({ status: mine.status, stdout: mine.stdout }).toEqual({ status: aws.status, stdout: aws.stdout });
	});

	it(title("resumes from the AWS CLI's NextToken where the AWS CLI resumes"), async () => {
		const words = ['bedrock-agent', 'list-agents'];
		const first = JSON.parse((await theirs(words, ['--max-items', '3', '--page-size', '2'])).stdout) as { NextToken: string };
		const [mine, aws] = await Promise.all([ours(words, ['--starting-token', first.NextToken, '--page-size', '2']), theirs(words, ['--starting-token', first.NextToken, '--page-size', '2'])]);
		expect(aws.status).toBe(0);
		expect(mine).toMatchObject({ status: 0, stdout: aws.stdout });
	});

	it.each<[string, string[]]>([
		['a missing required flag', ['bedrock-agent', 'list-agent-versions']],
		['missing required flags, named in the model order', ['bedrock-agent-runtime', 'get-agent-memory', '--memory-id', 'memory-1']],
		['an unknown command of a service', ['bedrock-agent', 'list-agentz']],
	])(title('ends with the same exit status and error line as the AWS CLI for %s, before any request'), async (_, words) => {
		const before = local.requestCounts.total;
		const [mine, aws] = await Promise.all([run('node', [CLI, ...words], ENV), awsCliRunner.run(words, AWS_CLI_ENV)]);
		expect(local.requestCounts.total).toBe(before);
		expect(mine.status).toBe(aws.status);
		const errorLine = (text: string) => text.split('\n').find((line) => /error:/.test(line))?.replace(/^.*error: /, '');
		expect(errorLine(mine.stderr)).toBe(errorLine(aws.stderr));
	});

	it(title('prints a skeleton with the keys of the AWS CLI, in its order, with no required flag given'), async () => {
		for (const words of [['bedrock-agent', 'list-agent-versions'], ['bedrock-agentcore-control', 'list-agent-runtimes']]) {
			const [mine, aws] = await Promise.all([run('node', [CLI, ...words, '--generate-cli-skeleton'], ENV), awsCliRunner.run([...words, '--generate-cli-skeleton'], AWS_CLI_ENV)]);
			expect(aws.status, aws.stderr).toBe(0);
			expect({ status: mine.status, keys: Object.keys(JSON.parse(mine.stdout) as object) }).toEqual({ status: 0, keys: Object.keys(JSON.parse(aws.stdout) as object) });
		}
	});

	it('runs the control plane commands with or without the service word, to the same bytes', async () => {
		const [plain, worded] = await Promise.all([ours(['list-custom-models'], ['--max-items', '4']), ours(['bedrock', 'list-custom-models'], ['--max-items', '4'])]);
		expect(plain.status).toBe(0);
		expect(worded).toEqual(plain);
	});
});
