/** Dispatches the subcommands; turns usage mistakes into one clear line and exit status 2. */
import { listCustomModels, LIST_USAGE, type CliIo } from './list-custom-models.js';
import { localEndpoint, LOCAL_USAGE } from './local-endpoint.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: bedrock-paginators <command> [options]

Commands:
  list-custom-models   List Bedrock custom models (resumable, retried, paced)
  local-endpoint       Run the embedded ListCustomModels endpoint on 127.0.0.1

Run 'bedrock-paginators <command> --help' for a command's options.`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
	'list-custom-models': listCustomModels,
	'local-endpoint': localEndpoint,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
	const [command, ...args] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		(command === undefined ? io.stderr : io.stdout).write(`${USAGE}\n`);
		return command === undefined ? 2 : 0;
	}
	const run = COMMANDS[command];
	if (run === undefined) {
		io.stderr.write(`bedrock-paginators: unknown command '${command}'.\n\n${USAGE}\n`);
		return 2;
	}
	try {
		return await run(args, io);
	} catch (error) {
		if (error instanceof UsageError || isArgumentError(error)) {
			const usage = command === 'local-endpoint' ? LOCAL_USAGE : LIST_USAGE;
			io.stderr.write(`bedrock-paginators ${command}: ${(error as Error).message}\n${usage.split('\n')[0]}\n(--help lists every option)\n`);
			return 2;
		}
		throw error;
	}
}

/** node:util parseArgs reports unknown flags and missing values with these codes. */
function isArgumentError(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
