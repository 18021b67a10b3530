/**
 * A list command's arguments, read as the AWS CLI reads them: the request from its member flags and
 * `--cli-input-json`, then pagination (a paginated listing, or one raw page), output and connection settings,
 * with the AWS CLI's checks of which flags go together.
 */
import { commandFlags, kebab, memberFlags, OUTPUTS, type OutputFormat } from './command-flags.js';
import { isRequiredMember, type CommandSpec } from './command-spec.js';
import { ArgumentError, CliFailure } from './exit.js';
import { expandAbbreviations, readFlags, takeSkeleton, type FlagValues } from './flag-reading.js';
import { readCount, readInputJson, readMember, readSeconds, reviveJsonMember } from './flag-values.js';

export interface ListArguments {
	readonly input: Record<string, unknown>;
	readonly maxItems: number | undefined;
	readonly pageSize: number | undefined;
	readonly startingToken: string | undefined;
	/** `--no-paginate`, or `--max-results`/`--next-token` given: one request, the raw page. */
	readonly singlePage: { readonly maxResults: number | undefined; readonly nextToken: string | undefined } | undefined;
	readonly output: OutputFormat;
	readonly query: string | undefined;
	readonly region: string | undefined;
	readonly profile: string | undefined;
	readonly endpointUrl: string | undefined;
	readonly readTimeoutSeconds: number | undefined;
	readonly connectTimeoutSeconds: number | undefined;
	readonly debug: boolean;
	readonly retry: boolean;
	readonly checkpoint: string | undefined;
	/** `--output-file PATH`: where `--checkpoint` writes its lines (else stdout, when it is a regular file). */
	readonly outputFile: string | undefined;
	/** `--checkpoint-pipe`: lines a pipe or terminal accepted count as printed. */
	readonly checkpointPipe: boolean;
	readonly skeleton: 'input' | 'output' | undefined;
	readonly help: boolean;
}

export function parseListArguments(command: CommandSpec, argv: string[], readFile: (path: string) => string): ListArguments {
	const { args, skeleton } = takeSkeleton(argv);
	const options = commandFlags(command);
	const values = readFlags(expandAbbreviations(args, command, Object.keys(options)), options);
	if (values === 'help') return helpOnly(skeleton);

	const fromJson = values['cli-input-json'] === undefined ? {} : readInputJson(values['cli-input-json'] as string, readFile);
	const input = readInput(command, values, fromJson);
	// As in the AWS CLI, a skeleton needs no required flag, and --cli-input-json may carry them.
	if (values['cli-input-json'] === undefined && skeleton === undefined) checkRequired(command, input);
	const paging = readPaging(command, values, fromJson);
	const output = readOutput(values);
	checkCheckpointFlags(values);
	return {
		input,
		maxItems: readCount('--max-items', values['max-items']),
		pageSize: readCount('--page-size', values['page-size']) ?? (paging.noPaginate ? undefined : paging.jsonMaxResults),
		startingToken: (values['starting-token'] as string | undefined) ?? (paging.noPaginate ? undefined : paging.jsonNextToken),
		singlePage: paging.noPaginate ? { maxResults: paging.flagMaxResults ?? paging.jsonMaxResults, nextToken: paging.flagNextToken ?? paging.jsonNextToken } : undefined,
		output,
		query: values.query as string | undefined,
		region: values.region as string | undefined,
		profile: values.profile as string | undefined,
		endpointUrl: values['endpoint-url'] as string | undefined,
		readTimeoutSeconds: readSeconds('--cli-read-timeout', values['cli-read-timeout']),
		connectTimeoutSeconds: readSeconds('--cli-connect-timeout', values['cli-connect-timeout']),
		debug: values.debug === true,
		retry: values['no-retry'] !== true,
		checkpoint: values.checkpoint as string | undefined,
		outputFile: values['output-file'] as string | undefined,
		checkpointPipe: values['checkpoint-pipe'] === true,
		skeleton,
		help: values.help === true,
	};
}

/** The request: members from `--cli-input-json`, then each member flag over them. */
function readInput(command: CommandSpec, values: FlagValues, fromJson: Record<string, unknown>): Record<string, unknown> {
	const input: Record<string, unknown> = {};
	for (const [member, value] of Object.entries(fromJson)) {
		// A skeleton's blank placeholders ("" and a limit of 0) mean "not set", so a skeleton can be filled in partly.
		if (member !== command.inputToken && member !== command.limitKey && value !== '') input[member] = reviveJsonMember(command, member, value);
	}
	for (const [flag, member, spec] of memberFlags(command)) {
		if (spec.type === 'boolean') {
			if (values[flag] === true && values[`no-${flag}`] === true) throw new ArgumentError(`argument --${flag}: not allowed with argument --no-${flag}`);
			if (values[flag] === true) input[member] = true;
			if (values[`no-${flag}`] === true) input[member] = false;
			continue;
		}
		const raw = values[flag];
		if (typeof raw === 'string') input[member] = readMember(flag, spec, raw);
	}
	return input;
}

interface Paging {
	/** One request, the raw page (`--no-paginate`, or `--max-results`/`--next-token` given). */
	readonly noPaginate: boolean;
	readonly jsonMaxResults: number | undefined;
	readonly jsonNextToken: string | undefined;
	readonly flagMaxResults: number | undefined;
	readonly flagNextToken: string | undefined;
}

/**
 * From --cli-input-json, the limit and the token start a paginated listing (its page size and first token), as
 * the AWS CLI takes them; only the flags --max-results and --next-token ask for one raw page.
 */
function readPaging(command: CommandSpec, values: FlagValues, fromJson: Record<string, unknown>): Paging {
	const jsonLimit = command.limitKey === undefined ? undefined : fromJson[command.limitKey];
	const jsonMaxResults = typeof jsonLimit === 'number' && jsonLimit !== 0 ? jsonLimit : undefined;
	const jsonNextToken = typeof fromJson[command.inputToken] === 'string' && fromJson[command.inputToken] !== '' ? (fromJson[command.inputToken] as string) : undefined;
	const flagMaxResults = readCount('--max-results', values['max-results']);
	const flagNextToken = values['next-token'] as string | undefined;
	const paginationFlags = ['max-items', 'page-size', 'starting-token', 'checkpoint'].filter((flag) => values[flag] !== undefined);
	const noPaginate = values['no-paginate'] === true || flagMaxResults !== undefined || flagNextToken !== undefined;
	if (noPaginate && paginationFlags.length > 0) {
		throw new CliFailure(`\nError during pagination: Cannot specify --no-paginate along with pagination arguments: ${paginationFlags.map((flag) => `--${flag}`).join(', ')}\n`);
	}
	return { noPaginate, jsonMaxResults, jsonNextToken, flagMaxResults, flagNextToken };
}

function readOutput(values: FlagValues): OutputFormat {
	const output = (values.output as string | undefined) ?? 'json';
	if (!(OUTPUTS as readonly string[]).includes(output)) {
		throw new ArgumentError(`argument --output: Invalid choice, valid choices are: ${OUTPUTS.join(', ')}`);
	}
	if (values.checkpoint !== undefined && output !== 'jsonl') {
		throw new ArgumentError('argument --checkpoint: only with --output jsonl (each model is printed, then checkpointed)');
	}
	return output as OutputFormat;
}

/** argparse's check of required flags, in the service model's order: exit status 2 before any request. */
function checkRequired(command: CommandSpec, input: Record<string, unknown>): void {
	const missing = Object.entries(command.members)
		.filter(([member, spec]) => isRequiredMember(spec) && input[member] === undefined)
		.map(([member]) => member)
		.sort((a, b) => command.requestOrder.indexOf(a) - command.requestOrder.indexOf(b));
	if (missing.length > 0) throw new ArgumentError(`the following arguments are required: ${missing.map((member) => `--${kebab(member)}`).join(', ')}`);
}

/** The flags that only mean something with `--checkpoint`, and the one it replaces (as jobs take no StartingToken). */
function checkCheckpointFlags(values: FlagValues): void {
	for (const flag of ['output-file', 'checkpoint-pipe']) {
		if (values[flag] !== undefined && values.checkpoint === undefined) throw new ArgumentError(`argument --${flag}: only with --checkpoint`);
	}
	if (values.checkpoint !== undefined && values['starting-token'] !== undefined) {
		throw new CliFailure('\n--starting-token cannot be used with --checkpoint: the checkpoint says where to continue. Drop --starting-token, or drop --checkpoint to start from the token.\n');
	}
}

/** `list-custom-models help`: nothing else is read. */
function helpOnly(skeleton: ListArguments['skeleton']): ListArguments {
	return {
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
		skeleton,
		help: true,
	};
}
