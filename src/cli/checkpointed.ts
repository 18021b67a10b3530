/**
 * `--checkpoint FILE` with `--output jsonl`: each item is printed, then checkpointed, so rerunning the same
 * command after a kill continues right after the last line printed (a kill between the two repeats that line).
 */
import type { BedrockClient } from '@aws-sdk/client-bedrock';
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { isAbortError, isCheckpointError, isPaginationError } from '../errors/guards.js';
import { fileCheckpoint } from '../stores/file/file-checkpoint.js';
import { runJob } from '../jobs/run-job.js';
import { classifyError } from '../retry/classify.js';
import type { ListArguments } from './arguments.js';
import { fixAdvice, isNetworkFailure, serviceErrorLine } from './error-report.js';
import { EXIT } from './exit.js';
import type { CliIo } from './io.js';
import { itemStructure, toWire } from './output/plain.js';
import type { Progress } from './progress.js';

export async function runCheckpointed(
	descriptor: AnyOperationDescriptor,
	client: BedrockClient,
	args: ListArguments,
	write: (text: string) => void,
	io: CliIo,
	progress: Progress,
	signal: AbortSignal,
): Promise<number> {
	const checkpoint = fileCheckpoint(args.checkpoint as string);
	const structure = itemStructure(descriptor.operationName, descriptor.resultKey);
	let printed = 0;
	try {
		const summary = await runJob(
			descriptor,
			client,
			args.input,
			async (item: unknown) => {
				write(`${JSON.stringify(toWire(item, structure))}\n`);
				printed++;
				// Wait for stdout to take the line before it is checkpointed as printed.
				if ((io.stdout as { writableNeedDrain?: boolean }).writableNeedDrain === true) await new Promise((resolve) => io.stdout.once('drain', resolve));
			},
			{
				checkpoint,
				// Line by line: a kill repeats at most the line being printed.
				checkpointEvery: 1,
				pagination: { PageSize: args.pageSize, MaxItems: args.maxItems },
				signal,
				retry: args.retry ? {} : false,
				onPage: (context: { pageIndex: number }) => progress.page(context.pageIndex + 1, printed),
				onRetry: () => progress.retry(),
			},
		);
		if (summary.stoppedBy === 'alreadyComplete') {
			io.stderr.write(`The listing in ${args.checkpoint} is already complete; delete that file to list again.\n`);
		} else if (!summary.complete) {
			io.stderr.write(`Stopped after ${summary.handled} items (--max-items); run the same command again to continue.\n`);
		}
		return EXIT.ok;
	} catch (error) {
		if (isAbortError(error)) {
			if (io.closed?.aborted) return EXIT.ok;
			io.stderr.write(`\nInterrupted after ${printed} items; the checkpoint ${args.checkpoint} is saved: run the same command again to continue.\n`);
			return EXIT.interrupted;
		}
		if (isCheckpointError(error) || isPaginationError(error)) {
			io.stderr.write(`\n${(error as Error).message}\n`);
			return EXIT.failed;
		}
		io.stderr.write(serviceErrorLine(error, descriptor));
		// Advice to run again only where running again can help: throttling, server and network errors.
		if (classifyError(error) !== undefined || isNetworkFailure(error)) {
			io.stderr.write(`${printed} items printed and checkpointed in ${args.checkpoint}: run the same command again to continue.\n`);
		} else io.stderr.write(fixAdvice(error));
		return EXIT.failed;
	}
}
