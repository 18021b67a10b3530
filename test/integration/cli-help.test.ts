/**
 * The help texts and the mistakes they answer: what a user sees on stdout and stderr, and the exit status. They are
 * printed before any request, so `main()` runs in process; the versions come from the built binary.
 */
import { describe, expect, it } from 'vitest';
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';
import { LIST_COMMANDS } from '../../src/cli/commands.js';
import { FAMILY_COMMANDS } from '../../src/cli/services/family-commands.js';
import { COMMAND_SUMMARIES, memberDescription } from '../../src/cli/descriptions.js';
import { closeMatches } from '../../src/cli/suggest.js';
import { CLI } from '../support/built.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { run } from '../support/run.js';

const cli = (args: string[], env: Record<string, string> = {}) => cliInProcess(args, { COLUMNS: '', ...env });
const binary = (args: string[]) => run('node', [CLI, ...args], { COLUMNS: '' });

describe('the top-level help', () => {
	it('lists every command with its one-line description', async () => {
		const result = await cli(['help'], { COLUMNS: '200' });
		expect(result.status).toBe(0);
		for (const [name, descriptor] of LIST_COMMANDS) {
			const summary = COMMAND_SUMMARIES[(descriptor as AnyOperationDescriptor).operationName];
			expect(summary, name).toBeTruthy();
			expect(result.stdout, name).toMatch(new RegExp(`\\n  ${name} +${(summary as string).replace(/[()]/g, '\\$&')}\\n`));
		}
		expect(result.stdout).toMatch(/\n {2}completion bash\|zsh\|fish +Print a shell script/);
	});

	it("lists a further service's commands with `<service> help`, every one of them", async () => {
		for (const [service, commands] of FAMILY_COMMANDS) {
			const result = await cli([service, 'help'], { COLUMNS: '200' });
			expect(result.status, service).toBe(0);
			for (const name of commands.keys()) expect(result.stdout, `${service} ${name}`).toMatch(new RegExp(`\\n  ${name} `));
		}
	});

	it('wraps at $COLUMNS when stdout is no terminal, and at 80 without it', async () => {
		for (const [columns, width] of [['', 80], ['60', 60], ['132', 132]] as const) {
			const result = await cli(['--help'], { COLUMNS: columns });
			const lines = result.stdout.split('\n');
			expect(Math.max(...lines.map((line) => line.length)), `COLUMNS=${columns}`).toBeLessThanOrEqual(width);
			expect(Math.max(...lines.map((line) => line.length)), `COLUMNS=${columns}`).toBeGreaterThan(width - 25);
		}
		// Wide enough, each command and its description share a line.
		expect((await cli(['--help'], { COLUMNS: '132' })).stdout).toMatch(/\n {2}list-automated-reasoning-policy-build-workflows +Build workflows/);
	});

	it('goes to stderr with exit status 2 when no command is given', async () => {
		const result = await cli([]);
		expect(result).toMatchObject({ status: 2, stdout: '' });
		expect(result.stderr).toMatch(/^Usage: bedrock-paginators <command>/);
	});
});

describe('a command’s help', () => {
	it("describes every filter of every command, in the descriptor table's order", { timeout: 120_000 }, async () => {
		const helps = await Promise.all([...LIST_COMMANDS.keys()].map((name) => cli([name, 'help'], { COLUMNS: '200' })));
		for (const [index, [name, descriptor]] of [...LIST_COMMANDS].entries()) {
			const { operationName, members = {} } = descriptor as AnyOperationDescriptor;
			const help = helps[index] as Awaited<ReturnType<typeof cli>>;
			expect(help.status).toBe(0);
			const positions = Object.keys(members).map((member) => {
				const description = memberDescription(operationName, member);
				expect(description, `${operationName}.${member}`).toBeTruthy();
				return help.stdout.indexOf(`  ${description as string}\n`);
			});
			expect(positions.every((position) => position > 0), name).toBe(true);
			expect(positions, name).toEqual([...positions].sort((a, b) => a - b));
		}
	});

	it('lists required path parameters apart from the filters, and in the usage line', async () => {
		const result = await cli(['list-automated-reasoning-policy-test-results', 'help'], { COLUMNS: '200' });
		expect(result.stdout).toMatch(/^Usage: bedrock-paginators list-automated-reasoning-policy-test-results --policy-arn VALUE --build-workflow-id VALUE \[options\]\n/);
		const required = result.stdout.split('Required (path parameters):\n')[1]?.split('\n\n')[0];
		expect(required).toMatch(/^ {2}--policy-arn VALUE +The ARN of the policy whose test results are listed\n {2}--build-workflow-id VALUE +The ID of the build workflow/);
		expect(result.stdout).not.toContain('Filters:');
		const filters = (await cli(['list-custom-models', 'help'], { COLUMNS: '200' })).stdout;
		expect(filters).not.toContain('Required');
		expect(filters).toMatch(/\n {2}--model-status Active\|Creating\|Failed\n +Only models in this state/);
		expect(filters).toMatch(/\n {2}--is-owned \| --no-is-owned +Only models this account owns/);
	});

	it("is the same for 'help' after the command (anywhere, as the AWS CLI takes it), --help and -h", async () => {
		const [help, late, long, short] = await Promise.all([
			cli(['list-guardrails', 'help']),
			cli(['list-guardrails', '--max-items', '3', 'help']),
			cli(['list-guardrails', '--help']),
			cli(['list-guardrails', '-h']),
		]);
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^Usage: bedrock-paginators list-guardrails \[options\]\n\nGuardrails, or the versions of one guardrail\./);
		for (const other of [late, long, short]) expect(other).toEqual(help);
	});

	it('wraps every line at the width, a long flag putting its description on the next line', async () => {
		const result = await cli(['list-custom-models', 'help'], { COLUMNS: '70' });
		const lines = result.stdout.split('\n');
		expect(lines.filter((line) => line.length > 70)).toEqual([]);
		expect(result.stdout).toMatch(/\n {2}--model-status Active\|Creating\|Failed\n {30}Only models in this state/);
	});
});

describe('versions', () => {
	it('prints the versions for --version, before or after a command, and refuses -v as the AWS CLI does', async () => {
		const [top, after, short] = await Promise.all([binary(['--version']), binary(['list-custom-models', '--version']), binary(['-v'])]);
		expect(top.status).toBe(0);
		expect(top.stdout).toMatch(/^bedrock-paginators\/\d+\.\d+\.\d+ node\/v\d+\S* \S+\/\S+ client-bedrock\/\d+\.\d+\.\d+\n$/);
		expect(after).toEqual(top);
		expect(short.status).toBe(2);
		expect(short.stderr).toContain('bedrock-paginators: error: the following arguments are required: command\n');
		expect(short.stderr).toContain('--version');
		const inCommand = await binary(['list-custom-models', '-v']);
		expect(inCommand).toMatchObject({ status: 255, stderr: '\nUnknown options: -v\n' });
	});
});

describe('did you mean', () => {
	it('suggests the closest commands for an unknown one, after every valid choice', async () => {
		const result = await cli(['list-custom-model']);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^bedrock-paginators: error: argument command: Invalid choice, valid choices are:\n\n/);
		expect(result.stderr).toContain('list-custom-models                       | list-enforced-guardrails-configuration  \n');
		expect(result.stderr.endsWith("\n\n\nInvalid choice: 'list-custom-model', maybe you meant:\n\n  * list-custom-models\n")).toBe(true);
		const far = await cli(['describe-everything']);
		expect(far.stderr).not.toContain('maybe you meant');
	});

	it('ranks as difflib does: best first, at most three', () => {
		expect(closeMatches('list-model-jobs', LIST_COMMANDS.keys())).toEqual(['list-model-copy-jobs', 'list-model-import-jobs']);
		expect(closeMatches('lst-guardrails', LIST_COMMANDS.keys())).toEqual(['list-guardrails']);
		expect(closeMatches('abc', LIST_COMMANDS.keys())).toEqual([]);
	});

	it('lists every unknown word as the AWS CLI does, then the flags each unknown flag may have meant', async () => {
		const result = await cli(['list-custom-models', '--max-itemz', '3', '--is-ownd']);
		expect(result).toMatchObject({
			status: 255,
			stdout: '',
			// argparse's order: the unknown flags, then the first free word (its help slot).
			stderr: '\nUnknown options: --max-itemz, --is-ownd, 3\n' +
				"\nUnknown option: '--max-itemz', maybe you meant:\n\n  * --max-items\n" +
				"\nUnknown option: '--is-ownd', maybe you meant:\n\n  * --is-owned\n  * --no-is-owned\n",
		});
		expect((await cli(['list-custom-models', '--colour'])).stderr).toBe('\nUnknown options: --colour\n');
	});

	it('takes a value that looks like a negative number, as argparse does', async () => {
		const result = await cli(['list-custom-models', '--page-size', '-1', '--endpoint-url', 'http://127.0.0.1:9']);
		expect(result.status).toBe(255);
		expect(result.stderr).toBe('\nParameter validation failed:\nExpected --page-size to be an integer from 1 to 1000, got `-1` (number).\n');
	});
});
