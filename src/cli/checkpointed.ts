/**
 * `--checkpoint FILE` with `--output jsonl`: each item's line is written whole to a file this process owns
 * (`--output-file`, or stdout when it is a regular file), the file is synced, and only then does the checkpoint
 * record the item, with the file's size after its line. A rerun cuts the file back to that size and continues
 * right after: no line lost, none repeated, none torn. Into a pipe, only with `--checkpoint-pipe` (lines the
 * pipe accepted count as printed).
 */
import { isAbortError, isCheckpointError, isCheckpointWriteError, isPaginationError } from '../errors/guards.js';
import { fileCheckpoint } from '../stores/file/file-checkpoint.js';
import { runJob } from '../jobs/run-job.js';
import type { JobProgress, JobSummary } from '../jobs/types.js';
import { longestBackoffMs } from '../retry/backoff.js';
import { classifyError, isConnectionRefused, isLoopbackRefusal } from '../retry/classify.js';
import { DEFAULT_RETRY } from '../retry/options.js';
import { checkpointRefusal, orderLine, resumeLine, totals } from './checkpoint-report.js';
import { connectError, fixAdvice, isNetworkFailure, serviceErrorLine } from './error-report.js';
import { CliFailure, EXIT } from './exit.js';
import { openCheckpointOutput } from './output/checkpoint-output.js';
import type { DurableFile } from './output/durable-file.js';
import { isOutputFileError } from './output/output-file-error.js';
import { allNullNotice } from './output/writers.js';
import { RecordedOutput } from './output/recorded-output.js';
import { checkpointedLines } from './checkpointed-lines.js';
import type { ListRun } from './list-run.js';

/** The most the default retries wait in all for a failure that is not throttling, as list-command.ts says it. */
const NETWORK_RETRY_SECONDS = Math.ceil(longestBackoffMs(DEFAULT_RETRY) / 1000);

export async function runCheckpointed(run: ListRun): Promise<number> {
	const { descriptor, client, args, io, progress, query } = run;
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
	const lines = checkpointedLines(run, output, file);
	let told = false;
	const tellStart = () => {
		if (told) return;
		told = true;
		stderr(output.resumed === undefined ? orderLine(descriptor, args) : resumeLine(location, output.resumed));
	};
	try {
		const summary = await runJob(descriptor, client, args.input, lines.handle, jobOptions(run, { output, file, tellStart, stderr, printed: lines.printed }));
		const total = output.recorded.handled;
		const printed = lines.printed();
		if (query !== undefined && printed > 0 && lines.nulls() === printed) {
			stderr(allNullNotice(printed, descriptor.resultKey, ' of this run'));
		}
		if (summary.stoppedBy !== 'alreadyComplete') tellStart();
		stderr(endLine(summary, total, location));
		return EXIT.ok;
	} catch (error) {
		return reportFailure(error, { run, output, file, location, stderr });
	} finally {
		file?.close();
	}
}

interface JobHooks {
	readonly output: RecordedOutput;
	readonly file: DurableFile | undefined;
	/** Says once, at the first page, what the run lists or where it resumes. */
	readonly tellStart: () => void;
	readonly stderr: (text: string) => void;
	readonly printed: () => number;
}

/** The job's options: where it checkpoints, and the progress line and messages its callbacks drive. */
function jobOptions({ args, descriptor, progress, signal }: ListRun, { output, file, tellStart, stderr, printed }: JobHooks) {
	let toldOfNetworkFailure = false;
	let latest: JobProgress | undefined;
	return {
		checkpoint: output.store(),
		// Into a file, saves are grouped as the save policy decides (each after a sync of the lines it covers);
		// into a pipe, line by line: a kill repeats at most the line being printed.
		...(file === undefined ? { checkpointEvery: 1 } : {}),
		pagination: { PageSize: args.pageSize, MaxItems: args.maxItems },
		signal,
		retry: args.retry ? {} : false,
		onPage: (context: { pageIndex: number }) => {
			tellStart();
			progress.page(context.pageIndex + 1, printed(), latest);
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
	};
}

/** The last line of a run that ended well: already complete, stopped at --max-items, or complete. */
function endLine(summary: JobSummary, total: number, location: string): string {
	if (summary.stoppedBy === 'alreadyComplete') return `The listing in ${location} is already complete; delete that file to list again (${total} items recorded over all runs).\n`;
	if (!summary.complete) return `Stopped after ${summary.handled} items (--max-items); ${totals(total, summary.handled)}: run the same command again to continue.\n`;
	return `Complete: ${totals(total, summary.handled)}.\n`;
}

interface FailureContext {
	readonly run: ListRun;
	readonly output: RecordedOutput;
	readonly file: DurableFile | undefined;
	readonly location: string;
	readonly stderr: (text: string) => void;
}

/** How a checkpointed run that did not finish ends: what was recorded, and whether running again can help. */
function reportFailure(error: unknown, { run, output, file, location, stderr }: FailureContext): number {
	const { args, descriptor, io } = run;
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
}
