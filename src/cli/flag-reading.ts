/**
 * The command line read into flag values as the AWS CLI's argparse reads it: abbreviations expanded, values that
 * look like negative numbers, the `help` slot, and every unknown flag reported together with what it may have meant.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { kebab } from './command-flags.js';
import type { CommandSpec } from './command-spec.js';
import { ArgumentError, CliFailure } from './exit.js';
import { closeMatches } from './suggest.js';

/** What `readFlags` read: each flag's value, by its long name. */
export type FlagValues = Record<string, string | boolean | undefined>;

/** `--generate-cli-skeleton` takes an optional `input` or `output`, which parseArgs cannot express. */
export function takeSkeleton(argv: string[]): { args: string[]; skeleton: 'input' | 'output' | undefined } {
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
export function readFlags(args: string[], options: NonNullable<ParseArgsConfig['options']>): FlagValues | 'help' {
	const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
	const values: FlagValues = {};
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
export function expandAbbreviations(args: readonly string[], command: CommandSpec, flags: readonly string[]): string[] {
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
