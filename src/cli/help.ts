/** Help texts, made from the same table as the commands, wrapped at the reader's terminal width. */
import { memberFlags } from './command-flags.js';
import { isRequiredMember, type CliMemberSpec, type CommandSpec } from './command-spec.js';
import { memberDescription, OTHER_COMMAND_SUMMARIES } from './descriptions.js';
import { rows, wrap } from './wrap.js';

/** A member's flag as help shows it: `--model-status Active|Creating|Failed`, `--is-owned | --no-is-owned`. */
export function flagTerm(flag: string, spec: CliMemberSpec): string {
	if (spec.type === 'boolean') return `--${flag} | --no-${flag}`;
	if (spec.type === 'json') return `--${flag} JSON`;
	if (spec.type === 'enum') return `--${flag} ${spec.values.join('|')}`;
	return `--${flag} ${spec.type === 'timestamp' ? 'TIME' : spec.type === 'integer' ? 'N' : 'VALUE'}`;
}

/** The top-level help: every control-plane command with what it lists, then the other services. */
export function topHelp(commands: ReadonlyMap<string, CommandSpec>, services: readonly string[], width: number): string {
	const entries: [string, string][] = [...commands].map(([name, command]) => [name, command.summary]);
	entries.push(['', ''], ...services.map((service): [string, string] => [`${service} <command>`, `The ${service} commands, as 'aws ${service}' names them`]));
	entries.push(['', ''], ['local-endpoint', OTHER_COMMAND_SUMMARIES['local-endpoint']], ['completion bash|zsh|fish', OTHER_COMMAND_SUMMARIES.completion]);
	return [
		'Usage: bedrock-paginators <command> [options]',
		'',
		"Commands, as 'aws bedrock <command>' names them:",
		...rows(entries, width, true).map((line) => line.trimEnd()),
		'',
		...wrap("Run 'bedrock-paginators <command> help' (or --help) for a command's options; --version for versions.", width),
		'',
	].join('\n');
}

/** One service's commands, for `bedrock-paginators bedrock-agent help`. */
export function serviceHelp(service: string, commands: ReadonlyMap<string, CommandSpec>, width: number): string {
	return [
		`Usage: bedrock-paginators ${service} <command> [options]`,
		'',
		`Commands, as 'aws ${service} <command>' names them:`,
		...rows([...commands].map(([name, command]) => [name, command.summary]), width, true).map((line) => line.trimEnd()),
		'',
		...wrap(`Run 'bedrock-paginators ${service} <command> help' for a command's options.`, width),
		'',
	].join('\n');
}

export function commandHelp(command: CommandSpec, width: number): string {
	const members = memberFlags(command).map(([flag, member, spec]) => ({ spec, entry: [flagTerm(flag, spec), memberDescription(command.operationName, member) ?? ''] as [string, string] }));
	const required = members.filter(({ spec }) => isRequiredMember(spec)).map(({ entry }) => entry);
	const filters = members.filter(({ spec }) => !isRequiredMember(spec)).map(({ entry }) => entry);
	const words = command.service === 'bedrock' ? command.name : `${command.service} ${command.name}`;
	const resume = ["--starting-token TOKEN", "Resume from a NextToken (ours, boto3's or the AWS CLI's)"] as const;
	const maxItems = ['--max-items N', 'Stop after N items and print a NextToken that resumes right after them'] as const;
	const paging: (readonly [string, string])[] =
		command.limitKey === undefined
			? [maxItems, resume, ['--no-paginate | --next-token T', 'One request: the raw page']]
			: [maxItems, ['--page-size N', `Items per request (1-${command.limitMax})`], resume, ['--no-paginate | --max-results N | --next-token T', 'One request: the raw page']];
	const summary = command.summary;
	const section = (title: string, entries: readonly (readonly [string, string])[]) => (entries.length === 0 ? [] : [title, ...rows(entries, width), '']);
	return [
		`Usage: bedrock-paginators ${words} ${required.length > 0 ? `${required.map(([term]) => term).join(' ')} ` : ''}[options]`,
		'',
		...wrap(`${summary}. Like 'aws ${command.service} ${command.name}', with retries, pacing and resumable tokens.`, width),
		'',
		...section('Required (path parameters):', required),
		...section('Filters:', filters.length > 0 || required.length > 0 ? filters : [['(none)', '']]),
		...section('Pagination (boto3 / AWS CLI semantics):', paging),
		...section('Output:', [
			['--output json|text|jsonl|table', 'json, text and table as the AWS CLI prints them (json is the default; --query applies to the whole result, in text to each page); jsonl: one item per line, streamed (NextToken on stderr), --query applied to each item'],
			['--query EXPR', 'JMESPath, applied as the AWS CLI applies it'],
			['--checkpoint FILE', 'With --output jsonl: each line is written whole and synced before FILE records it; running the same command again continues right after the last line recorded (oldest first). Output goes to --output-file PATH, or to stdout when it is a file (> or >>); a pipe or terminal is refused'],
			['--output-file PATH', 'With --checkpoint: append the lines to PATH'],
			['--checkpoint-pipe', 'With --checkpoint: allow a pipe or terminal; lines it accepted count as printed'],
		]),
		...section('Connection:', [
			['--region REGION', 'The Region to call (else AWS_REGION or the profile\'s)'],
			['--profile NAME', 'A profile of ~/.aws/config and ~/.aws/credentials'],
			['--endpoint-url URL', 'Another endpoint, such as a local one (a loopback URL gets dummy credentials)'],
			['--cli-connect-timeout SECONDS', 'How long a connection may take to open (default 5; 0: no limit)'],
			['--cli-read-timeout SECONDS', 'How long an answer may take (0: no limit)'],
			['--debug', 'Each request, response and retry on stderr'],
			['--no-retry', 'Fail at the first error instead of retrying'],
			['--cli-input-json JSON|file://PATH', 'Request members as JSON, as --generate-cli-skeleton prints them'],
			['--generate-cli-skeleton [input]', 'Print the request members as a JSON template and exit'],
		]),
		...wrap(
			'Exit status: 0 done; 2 a mistake in the arguments; 255 a failure (parameter validation, service or network error: the message says whether running again can help); 130 interrupted (after printing the --starting-token to carry on with).',
			width,
		),
		'',
	].join('\n');
}
