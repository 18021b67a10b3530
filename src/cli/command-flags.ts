/**
 * The flags a list command takes, named as the AWS CLI names them from the service model: each request member in
 * kebab case (`--name-contains`), booleans with a `--no-` form, and the AWS CLI's pagination, output and
 * connection flags.
 */
import type { ParseArgsConfig } from 'node:util';
import type { CliMemberSpec, CommandSpec } from './command-spec.js';

/** A member's flag name, as the AWS CLI makes it: `nameContains` is `name-contains`. */
export const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export type OutputFormat = 'json' | 'text' | 'jsonl' | 'table';

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
