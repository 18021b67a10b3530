/**
 * The flags of a list command, made from the operation's descriptor as the AWS CLI makes them from the service
 * model: each request member in kebab case (`--name-contains`), booleans with a `--no-` form, and the AWS CLI's
 * pagination, output and connection flags.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isRequiredMember, type CliMemberSpec, type CommandSpec } from './command-spec.js';
import { ArgumentError, CliFailure } from './exit.js';
import { closeMatches } from './suggest.js';

export const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export type OutputFormat = 'json' | 'text' | 'jsonl' | 'table';

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

const COMMON: NonNullable<ParseArgsConfig['options']> = {
	'max-items': { type: 'string' },
	'page-size': { type: 'string' },
	'starting-token': { type: 'string' },
	'no-paginate': { type: 'boolean' },
	'max-results': { type: 'string' },
	'next-token': { type: 'string' },
	output: { type: 'string' },
	query: { type: 'string' },
	region: { type: 'string' },
	profile: { type: 'string' },
	'endpoint-url': { type: 'string' },
	'cli-read-timeout': { type: 'string' },
	'cli-connect-timeout': { type: 'string' },
	'cli-input-json': { type: 'string' },
	debug: { type: 'boolean' },
	'no-retry': { type: 'boolean' },
	checkpoint: { type: 'string' },
	'output-file': { type: 'string' },
	'checkpoint-pipe': { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
};

export const OUTPUTS: readonly OutputFormat[] = ['json', 'text', 'jsonl', 'table'];

/** Flags of the operation's own members: `--name-contains`, `--is-owned`/`--no-is-owned`, ... */
export function memberFlags(command: CommandSpec): [flag: string, member: string, spec: CliMemberSpec][] {
	return Object.entries(command.members).map(([member, spec]) => [kebab(member), member, spec]);
}

/** Every flag a list command takes (but --generate-cli-skeleton, read apart), as parseArgs options. */
export function commandFlags(command: CommandSpec): NonNullable<ParseArgsConfig['options']> {
	const options: NonNullable<ParseArgsConfig['options']> = { ...COMMON };
	for (const [flag, , spec] of memberFlags(command)) {
		options[flag] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
		if (spec.type === 'boolean') options[`no-${flag}`] = { type: 'boolean' };
	}
	if (command.limitKey === undefined) {
		delete options['page-size'];
		delete options['max-results'];
	}
	return options;
}

export function parseListArguments(command: CommandSpec, argv: string[], readFile: (path: string) => string): ListArguments {
	const { args, skeleton } = takeSkeleton(argv);
	const options = commandFlags(command);
	const values = readFlags(expandAbbreviations(args, command, Object.keys(options)), options);
	if (values === 'help') return helpOnly(skeleton);

	const fromJson = values['cli-input-json'] === undefined ? {} : readInputJson(values['cli-input-json'] as string, readFile);
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
	// From --cli-input-json, the limit and the token start a paginated listing (its page size and first token), as
	// the AWS CLI takes them; only the flags --max-results and --next-token ask for one raw page.
	// As in the AWS CLI, a skeleton needs no required flag, and --cli-input-json may carry them.
	if (values['cli-input-json'] === undefined && skeleton === undefined) checkRequired(command, input);
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
	const output = (values.output as string | undefined) ?? 'json';
	if (!(OUTPUTS as readonly string[]).includes(output)) {
		throw new ArgumentError(`argument --output: Invalid choice, valid choices are: ${OUTPUTS.join(', ')}`);
	}
	if (values.checkpoint !== undefined && output !== 'jsonl') {
		throw new ArgumentError('argument --checkpoint: only with --output jsonl (each model is printed, then checkpointed)');
	}
	checkCheckpointFlags(values);
	return {
		input,
		maxItems: readCount('--max-items', values['max-items']),
		pageSize: readCount('--page-size', values['page-size']) ?? (noPaginate ? undefined : jsonMaxResults),
		startingToken: (values['starting-token'] as string | undefined) ?? (noPaginate ? undefined : jsonNextToken),
		singlePage: noPaginate ? { maxResults: flagMaxResults ?? jsonMaxResults, nextToken: flagNextToken ?? jsonNextToken } : undefined,
		output: output as OutputFormat,
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

/** argparse's check of required flags, in the service model's order: exit status 2 before any request. */
function checkRequired(command: CommandSpec, input: Record<string, unknown>): void {
	const missing = Object.entries(command.members)
		.filter(([member, spec]) => isRequiredMember(spec) && input[member] === undefined)
		.map(([member]) => member)
		.sort((a, b) => command.requestOrder.indexOf(a) - command.requestOrder.indexOf(b));
	if (missing.length > 0) throw new ArgumentError(`the following arguments are required: ${missing.map((member) => `--${kebab(member)}`).join(', ')}`);
}

/** The flags that only mean something with `--checkpoint`, and the one it replaces (as jobs take no StartingToken). */
function checkCheckpointFlags(values: Record<string, string | boolean | undefined>): void {
	for (const flag of ['output-file', 'checkpoint-pipe']) {
		if (values[flag] !== undefined && values.checkpoint === undefined) throw new ArgumentError(`argument --${flag}: only with --checkpoint`);
	}
	if (values.checkpoint !== undefined && values['starting-token'] !== undefined) {
		throw new CliFailure('\n--starting-token cannot be used with --checkpoint: the checkpoint says where to continue. Drop --starting-token, or drop --checkpoint to start from the token.\n');
	}
}

/** `--generate-cli-skeleton` takes an optional `input` or `output`, which parseArgs cannot express. */
function takeSkeleton(argv: string[]): { args: string[]; skeleton: 'input' | 'output' | undefined } {
	const index = argv.indexOf('--generate-cli-skeleton');
	if (index === -1) return { args: argv, skeleton: undefined };
	const next = argv[index + 1];
	const kind = next === 'input' || next === 'output' ? next : 'input';
	const args = [...argv];
	args.splice(index, next === 'input' || next === 'output' ? 2 : 1);
	return { args, skeleton: kind };
}

/**
 * The flags' values, read as the AWS CLI's argparse reads them: a value may look like a negative number; the
 * first word that is no flag's value is its `help` slot (`list-custom-models help` asks for help); everything
 * unknown is listed together (`Unknown options: --max-itemz, 3`), with the flags it may have meant.
 */
function readFlags(args: string[], options: NonNullable<ParseArgsConfig['options']>): Record<string, string | boolean | undefined> | 'help' {
	const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
	const values: Record<string, string | boolean | undefined> = {};
	const unknown: string[] = [];
	let helpSlot: string | undefined;
	for (const token of tokens) {
		if (token.kind === 'positional') {
			if (helpSlot === undefined) helpSlot = token.value;
			else unknown.push(token.value);
			continue;
		}
		if (token.kind !== 'option') {
			unknown.push('--');
			continue;
		}
		const type = options[token.name]?.type;
		if (type === undefined) {
			unknown.push(token.inlineValue === true ? `${token.rawName}=${token.value}` : token.rawName);
			continue;
		}
		if (type === 'boolean') {
			if (token.inlineValue === true) throw new ArgumentError(`argument ${token.rawName}: ignored explicit argument '${token.value}'`);
			values[token.name] = true;
			continue;
		}
		if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('-') && !NEGATIVE_NUMBER.test(token.value))) {
			throw new ArgumentError(`argument ${token.rawName}: expected one argument`);
		}
		values[token.name] = token.value;
	}
	if (helpSlot === 'help') return 'help';
	if (helpSlot !== undefined) unknown.push(helpSlot);
	if (unknown.length > 0) throw new CliFailure(`\nUnknown options: ${unknown.join(', ')}\n${suggestFlags(unknown, Object.keys(options))}`);
	return values;
}

/**
 * The AWS CLI's global flags in its order, those this tool lacks included: its first parser reads them, so an
 * abbreviation matches them before any other (and `--n` is ambiguous there).
 */
const GLOBAL_FLAGS = ['debug', 'endpoint-url', 'no-verify-ssl', 'no-paginate', 'output', 'query', 'profile', 'region', 'version', 'color', 'no-sign-request', 'ca-bundle', 'cli-read-timeout', 'cli-connect-timeout'];

/**
 * argparse takes any unambiguous prefix of a flag (`--max-item 3`, `--end URL`), and so does the AWS CLI; an
 * ambiguous one is an error that lists the candidates in the AWS CLI's order (the request members as the service
 * model orders them, then its pagination flags).
 */
function expandAbbreviations(args: readonly string[], command: CommandSpec, flags: readonly string[]): string[] {
	const awsOrder = [...command.requestOrder.flatMap((member) => [kebab(member), `no-${kebab(member)}`]), 'cli-input-json', 'starting-token', 'page-size', 'max-items'];
	const rank = (flag: string) => (awsOrder.includes(flag) ? awsOrder.indexOf(flag) : awsOrder.length + flags.indexOf(flag));
	const expanded: string[] = [];
	for (const [index, arg] of args.entries()) {
		if (arg === '--') return [...expanded, ...args.slice(index)];
		const [name = '', ...value] = arg.slice(2).split('=');
		if (!arg.startsWith('--') || name === '' || flags.includes(name)) {
			expanded.push(arg);
			continue;
		}
		const globals = GLOBAL_FLAGS.filter((flag) => flag.startsWith(name));
		const matches = globals.length > 0 ? globals : flags.filter((flag) => flag.startsWith(name) && !GLOBAL_FLAGS.includes(flag)).sort((a, b) => rank(a) - rank(b));
		if (matches.length > 1) throw new ArgumentError(`ambiguous option: ${arg} could match ${matches.map((flag) => `--${flag}`).join(', ')}`);
		// A unique match this tool does not have (--no-verify-ssl) stays as written, to be reported as unknown.
		const match = matches.length === 1 && flags.includes(matches[0] as string) ? matches[0] : undefined;
		expanded.push(match === undefined ? arg : `--${match}${value.length > 0 ? `=${value.join('=')}` : ''}`);
	}
	return expanded;
}

/** What argparse takes as a value although it starts with a dash. */
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** "Maybe you meant" for each unknown flag close to a real one (the AWS CLI offers this for commands only). */
function suggestFlags(unknown: readonly string[], flags: readonly string[]): string {
	const known = flags.map((flag) => `--${flag}`);
	return unknown
		.filter((word) => word.startsWith('--'))
		.map((word) => [word, closeMatches(word.split('=')[0] as string, known, 0.7)] as const)
		.filter(([, matches]) => matches.length > 0)
		.map(([word, matches]) => `\nUnknown option: '${word}', maybe you meant:\n\n${matches.map((match) => `  * ${match}`).join('\n')}\n`)
		.join('');
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

function readCount(flag: string, value: unknown): number | undefined {
	if (value === undefined) return undefined;
	const text = String(value).trim();
	if (!/^[+-]?\d+$/.test(text)) throw new ArgumentError(`argument ${flag}: invalid int value: '${String(value)}'`);
	return Number(text);
}

function readSeconds(flag: string, value: unknown): number | undefined {
	if (value === undefined) return undefined;
	const seconds = Number(value);
	if (String(value).trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new ArgumentError(`argument ${flag}: invalid int value: '${String(value)}'`);
	return seconds;
}

/** A member's value from the command line, typed as the API expects; what the API checks beyond type is left to it. */
function readMember(flag: string, spec: CliMemberSpec, raw: string): unknown {
	if (spec.type === 'timestamp') return readTime(flag, raw);
	if (spec.type === 'integer') return readCount(`--${flag}`, raw);
	if (spec.type === 'json') return readJsonValue(flag, raw);
	return raw;
}

/** A structure or list member: JSON on the command line (the AWS CLI's shorthand syntax is not read). */
function readJsonValue(flag: string, raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch (error) {
		throw new CliFailure(`\nError parsing parameter '--${flag}': Invalid JSON: ${(error as Error).message}\nJSON received: ${raw}\n`);
	}
}

/** An ISO 8601 time (`2024-01-31`, `2024-01-31T12:00:00Z`) or seconds since the epoch, as the AWS CLI takes. */
function readTime(flag: string, value: string): Date {
	const date = /^\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
	if (Number.isNaN(date.getTime())) {
		throw new CliFailure(`\nParameter validation failed:\nInvalid type for parameter --${flag}, value: ${value}: expected an ISO 8601 time such as 2024-01-31T12:00:00Z, or seconds since the epoch\n`);
	}
	return date;
}

function readInputJson(value: string, readFile: (path: string) => string): Record<string, unknown> {
	let text = value;
	if (value.startsWith('file://')) {
		try {
			text = readFile(value.slice('file://'.length));
		} catch (error) {
			throw new CliFailure(`\nError parsing parameter 'cli-input-json': Unable to load paramfile ${value}: ${(error as Error).message}\n`);
		}
	}
	try {
		const parsed = JSON.parse(text) as unknown;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
		return parsed as Record<string, unknown>;
	} catch (error) {
		throw new CliFailure(`\nError parsing parameter 'cli-input-json': Invalid JSON received: ${(error as Error).message}\n`);
	}
}

function reviveJsonMember(command: CommandSpec, member: string, value: unknown): unknown {
	const spec = command.members[member];
	if (spec?.type === 'timestamp' && (typeof value === 'string' || typeof value === 'number')) return readTime(kebab(member), String(value));
	return value;
}
