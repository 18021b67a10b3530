/**
 * `--checkpoint FILE` with `--output jsonl`: each item's line is written whole to a file this process owns
 * (`--output-file`, or stdout when it is a regular file), the file is synced, and only then does the checkpoint
 * record the item, with the file's size after its line. A rerun cuts the file back to that size and continues
 * right after: no line lost, none repeated, none torn. Into a pipe, only with `--checkpoint-pipe` (lines the
 * pipe accepted count as printed).
 */
import type { CliClient } from './command-spec.js';
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { isAbortError, isCheckpointError, isCheckpointWriteError, isPaginationError } from '../errors/guards.js';
import { fileCheckpoint } from '../stores/file/file-checkpoint.js';
import { runJob } from '../jobs/run-job.js';
import type { JobProgress } from '../jobs/types.js';
import { longestBackoffMs } from '../retry/backoff.js';
import { classifyError, isConnectionRefused, isLoopbackRefusal } from '../retry/classify.js';
import { DEFAULT_RETRY } from '../retry/options.js';
import type { ListArguments } from './arguments.js';
import { checkpointRefusal, orderLine, resumeLine, totals } from './checkpoint-report.js';
import { connectError, fixAdvice, isNetworkFailure, serviceErrorLine } from './error-report.js';
import { CliFailure, EXIT } from './exit.js';
import type { CliIo } from './io.js';
import { openCheckpointOutput } from './output/checkpoint-output.js';
import { isOutputFileError } from './output/output-file-error.js';
import { itemStructure, toWire } from './output/plain.js';
import type { CompiledQuery } from './output/query.js';
import { allNullNotice } from './output/writers.js';
import { RecordedOutput } from './output/recorded-output.js';
import type { Progress } from './progress.js';

/** The most the default retries wait in all for a failure that is not throttling, as list-command.ts says it. */
const NETWORK_RETRY_SECONDS = Math.ceil(longestBackoffMs(DEFAULT_RETRY) / 1000);

export async function runCheckpointed(
	descriptor: AnyOperationDescriptor,
	client: CliClient,
	args: ListArguments,
	write: (text: string) => void,
	io: CliIo,
	progress: Progress,
	signal: AbortSignal,
	query?: CompiledQuery,
): Promise<number> {
	const location = args.checkpoint as string;
	const stderr = (text: string) => {
		progress.clear();
		io.stderr.write(text);
		progress.redraw();
	};
	let file;
	try {
		file = openCheckpointOutput(args, io);
	} catch (error) {
		if (!(error instanceof CliFailure)) throw error;
		io.stderr.write(error.message);
		return error.exitCode;
	}
	const output = new RecordedOutput(fileCheckpoint(location), file);
	const structure = itemStructure(descriptor.operationName, descriptor.resultKey);
	let printed = 0;
	// --query applies to each item, as with --output jsonl; a line is written as it comes (it cannot be held back
	// and still be recorded), so a query that gives null for every item is told at the end.
	let nulls = 0;
	const lineOf = (item: unknown) => {
		const shown = query === undefined ? toWire(item, structure) : query.search(toWire(item, structure));
		if (shown === null) nulls++;
		return `${JSON.stringify(shown)}\n`;
	};
	let told = false;
	const tellStart = () => {
		if (told) return;
		told = true;
		stderr(output.resumed === undefined ? orderLine(descriptor, args) : resumeLine(location, output.resumed));
	};
	const handle =
		file === undefined
			? async (item: unknown) => {
					write(lineOf(item));
					printed++;
					// Wait for the pipe to take the line before it is checkpointed as printed.
					if ((io.stdout as { writableNeedDrain?: boolean }).writableNeedDrain === true) await new Promise((resolve) => io.stdout.once('drain', resolve));
				}
			: (item: unknown) => {
					output.line(lineOf(item), nameOf(descriptor, item));
					printed++;
				};
	let toldOfNetworkFailure = false;
	let latest: JobProgress | undefined;
	try {
		const summary = await runJob(descriptor, client, args.input, handle, {
			checkpoint: output.store(),
			// Into a file, saves are grouped as the save policy decides (each after a sync of the lines it covers);
			// into a pipe, line by line: a kill repeats at most the line being printed.
			...(file === undefined ? { checkpointEvery: 1 } : {}),
			pagination: { PageSize: args.pageSize, MaxItems: args.maxItems },
			signal,
			retry: args.retry ? {} : false,
			onPage: (context: { pageIndex: number }) => {
				tellStart();
				progress.page(context.pageIndex + 1, printed, latest);
			},
			// The rate, the time throttled and the time left, as the plain listing's progress line shows them.
			onProgress: (state: JobProgress) => void (latest = state),
			onRetry: ({ error }: { error: unknown }) => {
				progress.retry();
				// As without --checkpoint: a remote endpoint that cannot be reached is named at its first failure.
				if (!toldOfNetworkFailure && isNetworkFailure(error) && !isLoopbackRefusal(error)) {
					toldOfNetworkFailure = true;
					stderr(`${connectError(error, args, descriptor).trimEnd()}; retrying for at most ${NETWORK_RETRY_SECONDS} s (Ctrl-C to stop).\n`);
				}
			},
		});
		const total = output.recorded.handled;
		if (query !== undefined && printed > 0 && nulls === printed) {
			stderr(allNullNotice(printed, descriptor.resultKey, ' of this run'));
		}
		if (summary.stoppedBy === 'alreadyComplete') {
			stderr(`The listing in ${location} is already complete; delete that file to list again (${total} items recorded over all runs).\n`);
		} else if (!summary.complete) {
			tellStart();
			stderr(`Stopped after ${summary.handled} items (--max-items); ${totals(total, summary.handled)}: run the same command again to continue.\n`);
		} else {
			tellStart();
			stderr(`Complete: ${totals(total, summary.handled)}.\n`);
		}
		return EXIT.ok;
	} catch (error) {
		output.settle();
		const recorded = `${totals(output.recorded.handled, Math.max(0, output.recorded.handled - (output.resumed?.handled ?? 0)))} in ${location}`;
		if (error instanceof CliFailure) {
			stderr(error.message);
			return error.exitCode;
		}
		if (isAbortError(error)) {
			if (io.closed?.aborted) return EXIT.ok;
			stderr(`\nInterrupted: ${recorded}: run the same command again to continue.\n`);
			return EXIT.interrupted;
		}
		if (isOutputFileError(error)) {
			const again = file?.path !== undefined && file.name !== file.path ? ` (into >> ${file.path}, not >)` : '';
			stderr(`\n${error.message}. ${recorded}, and the output holds exactly their lines: run the same command again${again} once fixed.\n`);
			return EXIT.failed;
		}
		if (isCheckpointWriteError(error)) {
			stderr(`\n${checkpointRefusal(location, error.code, error.path) ?? `${error.message}\n`}`);
			return EXIT.failed;
		}
		if (isCheckpointError(error) || isPaginationError(error)) {
			// A first run pointed at the wrong endpoint leaves a checkpoint of nothing: say that starting over loses nothing.
			const empty = (error as Error).name === 'CheckpointMismatchError' && output.recorded.handled === 0 ? ` It records no items yet: delete ${location} and run again.` : '';
			stderr(`\n${(error as Error).message}${empty}\n`);
			return EXIT.failed;
		}
		if (isNetworkFailure(error)) {
			stderr(connectError(error, args, descriptor));
			stderr(`${recorded}. ${isConnectionRefused(error) ? 'Is the endpoint up? Once it is, run' : 'Run'} the same command again to continue.\n`);
			return EXIT.failed;
		}
		stderr(serviceErrorLine(error, descriptor));
		// Advice to run again only where running again can help: throttling, server and network errors.
		if (classifyError(error) !== undefined) stderr(`${recorded}: run the same command again to continue.\n`);
		else stderr(fixAdvice(error, args.endpointUrl));
		return EXIT.failed;
	} finally {
		file?.close();
	}
}

/** A short name of an item for the resume line: the name beside its id (`modelName` beside `modelArn`), or `name`. */
function nameOf(descriptor: AnyOperationDescriptor, item: unknown): string | null {
	if (typeof item !== 'object' || item === null) return null;
	const record = item as Record<string, unknown>;
	const beside = descriptor.itemId?.replace(/(Arn|Id)$/, 'Name');
	const name = (beside === undefined ? undefined : record[beside]) ?? record['name'] ?? record['jobName'];
	return typeof name === 'string' ? name : null;
}
