/** Dispatches the commands; turns mistakes into the AWS CLI's messages and exit status. */
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { BEDROCK_COMMANDS } from './commands.js';
import type { CommandSpec } from './command-spec.js';
import { ArgumentError, CliFailure, EXIT } from './exit.js';
import type { CliIo } from './io.js';
import { listCommand } from './list-command.js';
import { localEndpoint, LOCAL_USAGE } from './local-endpoint.js';
import { completion } from './completion.js';
import { serviceHelp, topHelp } from './help.js';
import { SERVICES } from './services/registry.js';
import { invalidCommand } from './suggest.js';
import { helpWidth } from './wrap.js';

declare const __VERSION__: string | undefined;

export async function main(argv: string[], io: CliIo): Promise<number> {
	const [command, ...args] = argv;
	const width = helpWidth(io.stdout, io.env);
	/** The words that name the command, for the usage line of a mistake: `list-agents` or `bedrock-agent list-agents`. */
	let words = command ?? '';
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		(command === undefined ? io.stderr : io.stdout).write(topHelp(BEDROCK_COMMANDS, OTHER_SERVICES, width));
		return command === undefined ? EXIT.usage : EXIT.ok;
	}
	// As the AWS CLI's global option, --version wins wherever it stands; -v is no abbreviation of it there.
	if (argv.includes('--version')) {
		io.stdout.write(`${version()}\n`);
		return EXIT.ok;
	}
	try {
		if (command.startsWith('-')) {
			io.stderr.write(`Usage: bedrock-paginators <command> [options]\nbedrock-paginators: error: the following arguments are required: command\n${command === '-v' ? 'For the version: --version\n' : ''}`);
			return EXIT.usage;
		}
		if (command === 'local-endpoint') return await localEndpoint(args, io);
		if (command === 'completion') return completion(args, io);
		const service = SERVICES.get(command);
		if (service !== undefined) {
			const chosen = chooseServiceCommand(command, service, args, io, width);
			if (typeof chosen === 'number') return chosen;
			words = `${command} ${chosen.name}`;
			return await listCommand(chosen, args.slice(1), io);
		}
		const spec = BEDROCK_COMMANDS.get(command);
		if (spec === undefined) {
			io.stderr.write(`bedrock-paginators: error: ${invalidCommand(command, [...BEDROCK_COMMANDS.keys(), ...SERVICES.keys(), 'local-endpoint', 'completion', 'help'])}\n`);
			return EXIT.usage;
		}
		return await listCommand(spec, args, io);
	} catch (error) {
		if (error instanceof ArgumentError) {
			const usage = command === 'local-endpoint' ? LOCAL_USAGE.split('\n')[0] : `Usage: bedrock-paginators ${words} [options]`;
			io.stderr.write(`${usage}\nbedrock-paginators ${words}: error: ${error.message}\n`);
			return EXIT.usage;
		}
		if (error instanceof CliFailure) {
			io.stderr.write(error.message);
			return error.exitCode;
		}
		throw error;
	}
}

/** The services beside the control plane, for the top-level help. */
const OTHER_SERVICES = [...SERVICES.keys()].filter((service) => service !== 'bedrock');

/**
 * `bedrock-paginators <service> <command>`: the command, or the exit status after help or a mistake (the AWS
 * CLI's `argument operation` messages).
 */
function chooseServiceCommand(service: string, commands: ReadonlyMap<string, CommandSpec>, args: readonly string[], io: CliIo, width: number): CommandSpec | number {
	const [name] = args;
	if (name === 'help' || name === '--help' || name === '-h') {
		io.stdout.write(serviceHelp(service, commands, width));
		return EXIT.ok;
	}
	if (name === undefined || name.startsWith('-')) {
		io.stderr.write(`Usage: bedrock-paginators ${service} <command> [options]\nbedrock-paginators ${service}: error: the following arguments are required: operation\n`);
		return EXIT.usage;
	}
	const command = commands.get(name);
	if (command === undefined) {
		io.stderr.write(`bedrock-paginators ${service}: error: ${invalidCommand(name, [...commands.keys(), 'help'], 'operation')}\n`);
		return EXIT.usage;
	}
	return command;
}

/** `bedrock-paginators/0.2.0 node/v20.20.2 linux/x64 client-bedrock/3.1164.0`, in the AWS CLI's manner. */
function version(): string {
	const require = createRequire(import.meta.url);
	const read = (name: string) => {
		try {
			return (require(name) as { version: string }).version;
		} catch {
			return 'unknown';
		}
	};
	const own = typeof __VERSION__ === 'string' ? __VERSION__ : read('../../package.json');
	return `bedrock-paginators/${own} node/${process.version} ${platform()}/${arch()} client-bedrock/${read('@aws-sdk/client-bedrock/package.json')}`;
}
