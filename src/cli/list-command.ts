/**
 * One `list-*` command: the AWS CLI's `aws bedrock list-...` with the same flags, output and exit status, plus
 * what this library adds (retries and pacing, resumable tokens, `--checkpoint`, `jsonl`).
 */
import { readFileSync } from 'node:fs';
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { paginate } from '../core/listing-functions.js';
import type { SendClient } from '../retry/types.js';
import { nonAggregatePart } from '../core/full-result.js';
import { encodeToken } from '../core/token.js';
import { readInput } from '../core/validate-input.js';
import { isAbortError, isPaginationError, resumeTokenOf } from '../errors/guards.js';
import { longestBackoffMs } from '../retry/backoff.js';
import { classifyError, isConnectionRefused, isLoopbackRefusal } from '../retry/classify.js';
import { DEFAULT_RETRY } from '../retry/options.js';
import { parseListArguments, type ListArguments } from './arguments.js';
import { createClient } from './client.js';
import { connectError, endpointAdvice, fixAdvice, isNetworkFailure, serviceErrorLine } from './error-report.js';
import { CliFailure, EXIT } from './exit.js';
import { awsJson, toWire } from './output/plain.js';
import { compileQuery } from './output/query.js';
import { DEFAULT_TERMINAL_WIDTH, formatTable, TableShapeError } from './output/table.js';
import { createWriter, type OutputWriter } from './output/writers.js';
import { createProgress } from './progress.js';
import { inputSkeleton } from './skeleton.js';
import { commandHelp } from './help.js';
import { helpWidth } from './wrap.js';
import type { CliIo } from './io.js';
import type { CommandSpec } from './command-spec.js';
import type { ListRun } from './list-run.js';


/** The most the default retries wait in all for a failure that is not throttling (0.5 + 1 + 2 + ... + 20 + 20 s). */
const NETWORK_RETRY_SECONDS = Math.ceil(longestBackoffMs(DEFAULT_RETRY) / 1000);

export async function listCommand(command: CommandSpec, argv: string[], io: CliIo): Promise<number> {
	const args = parseListArguments(command, argv, (path) => readFileSync(path, 'utf8'));
	if (args.help) {
		io.stdout.write(commandHelp(command, helpWidth(io.stdout, io.env)));
		return EXIT.ok;
	}
	if (args.skeleton === 'input') {
		io.stdout.write(inputSkeleton(command));
		return EXIT.ok;
	}
	if (args.skeleton === 'output') throw new CliFailure('\n--generate-cli-skeleton output is not supported; use --generate-cli-skeleton input.\n');
	// Checked once, before any request, as the AWS CLI checks it.
	const query = args.query === undefined ? undefined : compileQuery(args.query);
	if (args.maxItems !== undefined && args.maxItems <= 0) io.stderr.write('warning: Non-positive values for --max-items may result in undefined behavior.\n');

	const progress = createProgress(io.stderr);
	const write = (text: string) => {
		progress.clear();
		io.stdout.write(text);
		progress.redraw();
	};
	// The service's SDK is loaded only now, for a command that is going to run.
	const { descriptor, Client } = await command.load();
	const client = createClient(Client, args, io.env, (line) => io.stderr.write(`${line}\n`));
	const controller = new AbortController();
	const relay = (reason: unknown) => controller.abort(reason);
	io.signal?.addEventListener('abort', () => relay(io.signal?.reason), { once: true });
	io.closed?.addEventListener('abort', () => relay(io.closed?.reason), { once: true });
	const run: ListRun = { command, descriptor, client, args, query, write, io, progress, signal: controller.signal };
	try {
		if (args.singlePage !== undefined) return await singlePage(run);
		if (args.checkpoint !== undefined) {
			const { runCheckpointed } = await import('./checkpointed.js');
			return await runCheckpointed(run);
		}
		return await listAll(run);
	} finally {
		progress.done();
		client.destroy();
	}
}

async function listAll({ command, descriptor, client, args, query, write, io, progress, signal }: ListRun): Promise<number> {
	const output = createWriter({
		format: args.output,
		resultKey: descriptor.resultKey,
		query,
		write,
		writeError: (text) => io.stderr.write(text),
		structure: command.itemStructure,
		operationName: descriptor.operationName,
		terminalWidth: terminalWidth(io),
	});
	let toldOfNetworkFailure = false;
	let nextToken: string | undefined;
	try {
		const pages = paginate(descriptor, client, args.input, {
			MaxItems: args.maxItems === 0 ? undefined : args.maxItems,
			PageSize: args.pageSize,
			StartingToken: args.startingToken,
			retry: args.retry ? {} : false,
			signal,
			onPage: (context) => progress.page(context.pageIndex + 1, context.totalItems, context),
			onRetry: ({ error }) => {
				progress.retry();
				// A refused connection on this machine fails after three attempts (the paginator's rule); elsewhere the
				// retry policy holds, and the first failure says so at once rather than minutes later.
				if (!toldOfNetworkFailure && isNetworkFailure(error) && !isLoopbackRefusal(error)) {
					toldOfNetworkFailure = true;
					progress.clear();
					io.stderr.write(`${connectError(error, args, descriptor).trimEnd()}; retrying for at most ${NETWORK_RETRY_SECONDS} s (Ctrl-C to stop).\n`);
					progress.redraw();
				}
			},
		});
		for await (const page of pages) {
			if (args.maxItems === 0) {
				// The AWS CLI's --max-items 0: one request, no items, and a NextToken that starts where this run did.
				output.page([], nonAggregatePart(page, descriptor.nonAggregateKeys));
				nextToken = args.startingToken ?? encodeToken({ serviceToken: null, skip: 0 });
				break;
			}
			output.page((page as Record<string, unknown[]>)[descriptor.resultKey] ?? [], nonAggregatePart(page, descriptor.nonAggregateKeys));
			nextToken = page.NextToken;
		}
	} catch (error) {
		return reportFailure(error, descriptor, args, output, io);
	}
	endOutput(() => output.end(nextToken));
	return EXIT.ok;
}

/** The AWS CLI's table uses the terminal's width, and 80 columns when stdout is not a terminal. */
function terminalWidth(io: CliIo): number {
	const { isTTY, columns } = io.stdout as CliIo['stdout'] & { columns?: number };
	return isTTY === true && columns !== undefined && columns > 0 ? columns : DEFAULT_TERMINAL_WIDTH;
}

/** A result the table cannot draw fails as the AWS CLI fails: Python's message, exit 255. */
function endOutput(end: () => void): void {
	try {
		end();
	} catch (error) {
		if (error instanceof TableShapeError) throw new CliFailure(`\n${error.message}\n`);
		throw error;
	}
}

/** `--no-paginate` (or `--max-results`/`--next-token`): one request, the raw page, as the AWS CLI prints it. */
async function singlePage({ command, descriptor, client, args, query, write, io, signal }: ListRun): Promise<number> {
	const input: Record<string, unknown> = { ...args.input };
	if (args.singlePage?.maxResults !== undefined && descriptor.limitKey !== undefined) input[descriptor.limitKey] = args.singlePage.maxResults;
	if (args.singlePage?.nextToken !== undefined) input[descriptor.inputToken] = args.singlePage.nextToken;
	let output: unknown;
	try {
		// The filters are checked before the request, as in a paginated listing.
		readInput(descriptor, args.input);
	} catch (error) {
		io.stderr.write(`\nParameter validation failed:\n${(error as Error).message}\n`);
		return EXIT.failed;
	}
	try {
		// Sent as any SDK command of this operation: the client's own overloads know only its concrete commands.
		const sender: SendClient = client;
		output = await sender.send(new descriptor.command(input), { abortSignal: signal });
	} catch (error) {
		io.stderr.write(serviceErrorLine(error, descriptor) + endpointAdvice(error, args.endpointUrl));
		return EXIT.failed;
	}
	if (args.output === 'jsonl') {
		// One item per line, --query applied to each, the token on stderr: the paginated listing's jsonl writer.
		const page = output as Record<string, unknown>;
		const lines = createWriter({ format: 'jsonl', resultKey: descriptor.resultKey, query, write, writeError: (text) => io.stderr.write(text), structure: command.itemStructure, operationName: descriptor.operationName, terminalWidth: terminalWidth(io) });
		lines.page((page[descriptor.resultKey] ?? []) as unknown[]);
		lines.end(typeof page[descriptor.outputToken] === 'string' ? (page[descriptor.outputToken] as string) : undefined);
		return EXIT.ok;
	}
	const wire = toWire(output, command.responseStructure);
	const shown = query === undefined ? wire : query.search(wire);
	if (args.output === 'text') {
		const { formatText } = await import('./output/text.js');
		let text = '';
		formatText(shown, (line) => (text += line));
		write(text);
	} else if (args.output === 'table') {
		endOutput(() => write(formatTable(descriptor.operationName, shown, terminalWidth(io))));
	} else write(awsJson(shown));
	return EXIT.ok;
}

function reportFailure(error: unknown, descriptor: AnyOperationDescriptor, args: ListArguments, output: OutputWriter, io: CliIo): number {
	// A --query that fails as it runs (an unknown function) ends as in the AWS CLI, not as a failed listing.
	if (error instanceof CliFailure) throw error;
	const stderr = (text: string) => io.stderr.write(text);
	const resumeFrom = resumeTokenOf(error);
	// json and table print only at the end: nothing reached stdout, so a rerun starts where this one did.
	const streamed = args.output !== 'json' && args.output !== 'table';
	const resume = streamed ? resumeFrom : args.startingToken;
	const printed = streamed ? `${output.printed} item${output.printed === 1 ? '' : 's'} printed. ` : 'Nothing was printed. ';
	const again = resume === undefined ? 'Run the same command again.' : `Run it again with --starting-token ${resume}`;

	if (isAbortError(error)) {
		if (io.closed?.aborted) return EXIT.ok;
		stderr(`\nInterrupted. ${printed}${resume === undefined ? '' : `To carry on: --starting-token ${resume}`}\n`);
		return EXIT.interrupted;
	}
	if (isPaginationError(error)) {
		// Our own checks: a bad argument or a malformed token or response.
		const message = (error as Error).message.replace(/`MaxItems`/g, '--max-items').replace(/`PageSize`/g, '--page-size').replace(/`StartingToken`/g, '--starting-token');
		const name = (error as Error).name;
		if (name === 'InvalidPaginationConfigError' || name === 'InvalidStartingTokenError') {
			stderr(`\nParameter validation failed:\n${message}\n`);
			return EXIT.failed;
		}
		stderr(`\n${name}: ${message}\n${printed}${again}\n`);
		return EXIT.failed;
	}
	const kind = classifyError(error);
	if (isNetworkFailure(error)) {
		stderr(connectError(error, args, descriptor));
		stderr(isConnectionRefused(error) ? `${printed}Is the endpoint up? Once it is: ${again}\n` : `${printed}${again}\n`);
		return EXIT.failed;
	}
	stderr(serviceErrorLine(error, descriptor));
	// Advice to run again only where running again can help: throttling, server and network errors.
	if (kind !== undefined) stderr(`${printed}The error may pass: ${again}\n`);
	else stderr(fixAdvice(error, args.endpointUrl));
	return EXIT.failed;
}
