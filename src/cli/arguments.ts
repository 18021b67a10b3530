/**
 * The flags of a list command, made from the operation's descriptor as the AWS CLI makes them from the service
 * model: each request member in kebab case (`--name-contains`), booleans with a `--no-` form, and the AWS CLI's
 * pagination, output and connection flags.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AnyOperationDescriptor, MemberSpec } from '../core/descriptor.js';
import { ArgumentError, CliFailure } from './exit.js';

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

const OUTPUTS: readonly OutputFormat[] = ['json', 'text', 'jsonl', 'table'];

/** Flags of the operation's own members: `--name-contains`, `--is-owned`/`--no-is-owned`, ... */
export function memberFlags(descriptor: AnyOperationDescriptor): [flag: string, member: string, spec: MemberSpec][] {
	return Object.entries(descriptor.members ?? {}).map(([member, spec]) => [kebab(member), member, spec]);
}

export function parseListArguments(descriptor: AnyOperationDescriptor, argv: string[], readFile: (path: string) => string): ListArguments {
	const { args, skeleton } = takeSkeleton(argv);
	const options: NonNullable<ParseArgsConfig['options']> = { ...COMMON };
	for (const [flag, , spec] of memberFlags(descriptor)) {
		options[flag] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
		if (spec.type === 'boolean') options[`no-${flag}`] = { type: 'boolean' };
	}
	if (descriptor.limitKey === undefined) {
		delete options['page-size'];
		delete options['max-results'];
	}
	let values: Record<string, string | boolean | undefined>;
	try {
		({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }) as { values: Record<string, string | boolean | undefined> });
	} catch (error) {
		throw translateParseError(error);
	}

	const fromJson = values['cli-input-json'] === undefined ? {} : readInputJson(values['cli-input-json'] as string, readFile);
	const input: Record<string, unknown> = {};
	for (const [member, value] of Object.entries(fromJson)) {
		if (member !== descriptor.inputToken && member !== descriptor.limitKey) input[member] = reviveJsonMember(descriptor, member, value);
	}
	for (const [flag, member, spec] of memberFlags(descriptor)) {
		if (spec.type === 'boolean') {
			if (values[flag] === true && values[`no-${flag}`] === true) throw new ArgumentError(`argument --${flag}: not allowed with argument --no-${flag}`);
			if (values[flag] === true) input[member] = true;
			if (values[`no-${flag}`] === true) input[member] = false;
			continue;
		}
		const raw = values[flag];
		if (typeof raw === 'string') input[member] = readMember(flag, spec, raw);
	}
	const jsonMaxResults = descriptor.limitKey === undefined ? undefined : fromJson[descriptor.limitKey];
	const jsonNextToken = fromJson[descriptor.inputToken];
	const maxResults = readCount('--max-results', values['max-results']) ?? (typeof jsonMaxResults === 'number' ? jsonMaxResults : undefined);
	const nextToken = (values['next-token'] as string | undefined) ?? (typeof jsonNextToken === 'string' ? jsonNextToken : undefined);
	const paginationFlags = ['max-items', 'page-size', 'starting-token'].filter((flag) => values[flag] !== undefined);
	const noPaginate = values['no-paginate'] === true || maxResults !== undefined || nextToken !== undefined;
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
		pageSize: readCount('--page-size', values['page-size']),
		startingToken: values['starting-token'] as string | undefined,
		singlePage: noPaginate ? { maxResults, nextToken } : undefined,
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

function translateParseError(error: unknown): Error {
	const { code, message } = error as { code?: string; message: string };
	const flag = /'(-{1,2}[\w-]+)/.exec(message)?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliFailure(`\nUnknown options: ${flag ?? message}\n`);
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return new ArgumentError(/does not take an argument/.test(message) ? `argument ${flag?.split('=')[0]}: ignored explicit argument` : `argument ${flag}: expected one argument`);
	}
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new CliFailure(`\nUnknown options: ${/'([^']+)'/.exec(message)?.[1] ?? message}\n`);
	return error as Error;
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
function readMember(flag: string, spec: MemberSpec, raw: string): unknown {
	if (spec.type === 'timestamp') return readTime(flag, raw);
	if (spec.type === 'integer') return readCount(`--${flag}`, raw);
	return raw;
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

function reviveJsonMember(descriptor: AnyOperationDescriptor, member: string, value: unknown): unknown {
	const spec = descriptor.members?.[member];
	if (spec?.type === 'timestamp' && (typeof value === 'string' || typeof value === 'number')) return readTime(kebab(member), String(value));
	return value;
}
