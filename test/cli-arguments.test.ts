import { describe, expect, it } from 'vitest';
import { parseListArguments } from '../src/cli/arguments.js';
import { bedrockCommand } from '../src/cli/commands.js';
import { ArgumentError, CliFailure } from '../src/cli/exit.js';
import { listCustomModelsDescriptor, listEnforcedGuardrailsConfigurationDescriptor } from '../src/operations/table.js';

const noFiles = (path: string): string => {
	throw new Error(`ENOENT: no such file or directory, open '${path}'`);
};
const parse = (argv: string[], readFile: (path: string) => string = noFiles) => parseListArguments(bedrockCommand('list-custom-models', listCustomModelsDescriptor), argv, readFile);
/** The error's class, message and exit status: what the command line ends with. */
const failure = (argv: string[], readFile?: (path: string) => string) => {
	try {
		parse(argv, readFile);
	} catch (error) {
		if (error instanceof CliFailure) return { kind: 'failure', message: error.message, exitCode: error.exitCode };
		if (error instanceof ArgumentError) return { kind: 'argument', message: error.message };
		throw error;
	}
	throw new Error(`parsed without an error: ${argv.join(' ')}`);
};

describe('parseListArguments: what a list command reads from its flags', () => {
	it('reads no flags as a paginated json listing with retries and no filters', () => {
		expect(parse([])).toEqual({
			input: {},
			maxItems: undefined,
			pageSize: undefined,
			startingToken: undefined,
			singlePage: undefined,
			output: 'json',
			query: undefined,
			region: undefined,
			profile: undefined,
			endpointUrl: undefined,
			readTimeoutSeconds: undefined,
			connectTimeoutSeconds: undefined,
			debug: false,
			retry: true,
			checkpoint: undefined,
			outputFile: undefined,
			checkpointPipe: false,
			skeleton: undefined,
			help: false,
		});
	});

	it('turns member flags into request members, typed: strings, booleans with their --no- form, times as Dates', () => {
		const args = parse(['--name-contains', 'chat', '--no-is-owned', '--creation-time-after', '2024-01-31T12:00:00Z', '--creation-time-before', '1700000000', '--sort-order', 'Ascending']);
		expect(args.input).toEqual({
			nameContains: 'chat',
			isOwned: false,
			creationTimeAfter: new Date('2024-01-31T12:00:00Z'),
			creationTimeBefore: new Date(1_700_000_000_000),
			sortOrder: 'Ascending',
		});
	});

	it('reads the pagination flags as numbers and the token as given', () => {
		expect(parse(['--max-items', '7', '--page-size', ' 3 ', '--starting-token', 'abc'])).toMatchObject({ maxItems: 7, pageSize: 3, startingToken: 'abc', singlePage: undefined });
	});

	it('takes an unambiguous prefix of a flag, as argparse does', () => {
		expect(parse(['--max-i', '4', '--endp', 'http://127.0.0.1:4566', '--is'])).toMatchObject({ maxItems: 4, endpointUrl: 'http://127.0.0.1:4566', input: { isOwned: true } });
	});

	it('--no-paginate, --max-results or --next-token ask for one raw page', () => {
		expect(parse(['--no-paginate'])).toMatchObject({ singlePage: { maxResults: undefined, nextToken: undefined } });
		expect(parse(['--max-results', '4'])).toMatchObject({ singlePage: { maxResults: 4, nextToken: undefined } });
		expect(parse(['--next-token', 't'])).toMatchObject({ singlePage: { maxResults: undefined, nextToken: 't' } });
	});

	it('takes the page size and first token of --cli-input-json for a listing, leaving a skeleton\'s blanks unset', () => {
		const json = JSON.stringify({ maxResults: 3, nextToken: 'from-json', nameContains: '', sortOrder: 'Ascending', creationTimeAfter: '2024-01-31' });
		expect(parse(['--cli-input-json', json])).toMatchObject({
			pageSize: 3,
			startingToken: 'from-json',
			singlePage: undefined,
			input: { sortOrder: 'Ascending', creationTimeAfter: new Date('2024-01-31') },
		});
		expect(parse(['--cli-input-json', 'file:///tmp/input.json'], () => '{"maxResults": 0, "nextToken": ""}')).toMatchObject({ pageSize: undefined, startingToken: undefined, input: {} });
	});

	it('reads `help` in the first free slot as a request for help, and nothing else', () => {
		expect(parse(['--max-items', 'x', 'help'])).toMatchObject({ help: true, maxItems: undefined });
		expect(parse(['--generate-cli-skeleton', 'output'])).toMatchObject({ skeleton: 'output', help: false });
		expect(parse(['--generate-cli-skeleton'])).toMatchObject({ skeleton: 'input' });
	});

	it('leaves --page-size and --max-results out for an operation without a limit member', () => {
		expect(() => parseListArguments(bedrockCommand('list-enforced-guardrails-configuration', listEnforcedGuardrailsConfigurationDescriptor), ['--page-size', '2'], noFiles)).toThrow('Unknown options: --page-size, 2');
	});
});

describe('parseListArguments: the error lines and exit statuses of mistakes', () => {
	it.each<[string, string[], ReturnType<typeof failure>]>([
		['a number that is not one', ['--max-items', 'ten'], { kind: 'argument', message: "argument --max-items: invalid int value: 'ten'" }],
		['a flag without its value', ['--page-size'], { kind: 'argument', message: 'argument --page-size: expected one argument' }],
		['a value that looks like a flag', ['--name-contains', '--is-owned'], { kind: 'argument', message: 'argument --name-contains: expected one argument' }],
		['a value given to a switch', ['--debug=yes'], { kind: 'argument', message: "argument --debug: ignored explicit argument 'yes'" }],
		['a switch and its --no- form together', ['--is-owned', '--no-is-owned'], { kind: 'argument', message: 'argument --is-owned: not allowed with argument --no-is-owned' }],
		['an unknown output', ['--output', 'yaml'], { kind: 'argument', message: 'argument --output: Invalid choice, valid choices are: json, text, jsonl, table' }],
		['an ambiguous prefix', ['--max', '1'], { kind: 'argument', message: 'ambiguous option: --max could match --max-results, --max-items' }],
		['a negative timeout', ['--cli-read-timeout', '-1'], { kind: 'argument', message: "argument --cli-read-timeout: invalid int value: '-1'" }],
		['--checkpoint without jsonl', ['--checkpoint', 'state.json'], { kind: 'argument', message: 'argument --checkpoint: only with --output jsonl (each model is printed, then checkpointed)' }],
		['--output-file without --checkpoint', ['--output-file', 'out.jsonl'], { kind: 'argument', message: 'argument --output-file: only with --checkpoint' }],
	])('%s: one argparse line (exit status 2)', (_, argv, expected) => {
		expect(failure(argv)).toEqual(expected);
	});

	it('lists every unknown word together and suggests the flag one of them was meant to be (exit status 255)', () => {
		expect(failure(['--is-ownd', '--max-itemz', '3'])).toEqual({
			kind: 'failure',
			message: "\nUnknown options: --is-ownd, --max-itemz, 3\n\nUnknown option: '--is-ownd', maybe you meant:\n\n  * --is-owned\n  * --no-is-owned\n\nUnknown option: '--max-itemz', maybe you meant:\n\n  * --max-items\n",
			exitCode: 255,
		});
	});

	it('refuses --no-paginate with pagination flags, naming them as the AWS CLI does', () => {
		expect(failure(['--no-paginate', '--max-items', '2', '--page-size', '1'])).toEqual({
			kind: 'failure',
			message: '\nError during pagination: Cannot specify --no-paginate along with pagination arguments: --max-items, --page-size\n',
			exitCode: 255,
		});
	});

	it('refuses --starting-token with --checkpoint, saying which to drop', () => {
		expect(failure(['--output', 'jsonl', '--checkpoint', 'state.json', '--starting-token', 't'])).toMatchObject({
			kind: 'failure',
			message: '\n--starting-token cannot be used with --checkpoint: the checkpoint says where to continue. Drop --starting-token, or drop --checkpoint to start from the token.\n',
		});
	});

	it('says which time could not be read, and how to write one', () => {
		expect(failure(['--creation-time-after', 'yesterday'])).toMatchObject({
			kind: 'failure',
			message: '\nParameter validation failed:\nInvalid type for parameter --creation-time-after, value: yesterday: expected an ISO 8601 time such as 2024-01-31T12:00:00Z, or seconds since the epoch\n',
		});
	});

	it('says why --cli-input-json could not be used: a file that cannot be read, or no JSON object', () => {
		expect(failure(['--cli-input-json', 'file:///nowhere/input.json'])).toMatchObject({
			kind: 'failure',
			message: "\nError parsing parameter 'cli-input-json': Unable to load paramfile file:///nowhere/input.json: ENOENT: no such file or directory, open '/nowhere/input.json'\n",
		});
		expect(failure(['--cli-input-json', '[1]'])).toMatchObject({ kind: 'failure', message: "\nError parsing parameter 'cli-input-json': Invalid JSON received: expected a JSON object\n" });
	});
});
