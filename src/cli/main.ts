/** Dispatches the commands; turns mistakes into the AWS CLI's messages and exit status. */
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { LIST_COMMANDS } from './commands.js';
import { ArgumentError, CliFailure, EXIT } from './exit.js';
import type { CliIo } from './io.js';
import { listCommand } from './list-command.js';
import { localEndpoint, LOCAL_USAGE } from './local-endpoint.js';
import { completion } from './completion.js';
import { topHelp } from './help.js';
import { invalidCommand } from './suggest.js';
import { helpWidth } from './wrap.js';

declare const __VERSION__: string | undefined;

export async function main(argv: string[], io: CliIo): Promise<number> {
	const [command, ...args] = argv;
	const width = helpWidth(io.stdout, io.env);
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		(command === undefined ? io.stderr : io.stdout).write(topHelp(LIST_COMMANDS, width));
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
		const descriptor = LIST_COMMANDS.get(command);
		if (descriptor === undefined) {
			io.stderr.write(`bedrock-paginators: error: ${invalidCommand(command, [...LIST_COMMANDS.keys(), 'local-endpoint', 'completion', 'help'])}\n`);
			return EXIT.usage;
		}
		return await listCommand(command, descriptor, args, io);
	} catch (error) {
		if (error instanceof ArgumentError) {
			const usage = command === 'local-endpoint' ? LOCAL_USAGE.split('\n')[0] : `Usage: bedrock-paginators ${command} [options]`;
			io.stderr.write(`${usage}\nbedrock-paginators ${command}: error: ${error.message}\n`);
			return EXIT.usage;
		}
		if (error instanceof CliFailure) {
			io.stderr.write(error.message);
			return error.exitCode;
		}
		throw error;
	}
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
