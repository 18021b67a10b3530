/**
 * The lines of a checkpointed run: each item as `--output jsonl` prints it (after `--query`), into the output
 * file, where the checkpoint records it with the file's size, or into a pipe, where it counts as printed once the
 * pipe took it.
 */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import type { ListRun } from './list-run.js';
import type { DurableFile } from './output/durable-file.js';
import { itemStructure, toWire } from './output/plain.js';
import type { RecordedOutput } from './output/recorded-output.js';

export interface CheckpointedLines {
	/** The job's handler: writes one item's line. */
	readonly handle: (item: unknown) => void | Promise<void>;
	/** Lines this run wrote. */
	readonly printed: () => number;
	/** Lines this run wrote whose query gave null. */
	readonly nulls: () => number;
}

export function checkpointedLines({ descriptor, query, write, io }: ListRun, output: RecordedOutput, file: DurableFile | undefined): CheckpointedLines {
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
	return { handle, printed: () => printed, nulls: () => nulls };
}

/** A short name of an item for the resume line: the name beside its id (`modelName` beside `modelArn`), or `name`. */
function nameOf(descriptor: AnyOperationDescriptor, item: unknown): string | null {
	if (typeof item !== 'object' || item === null) return null;
	const record = item as Record<string, unknown>;
	const beside = descriptor.itemId?.replace(/(Arn|Id)$/, 'Name');
	const name = (beside === undefined ? undefined : record[beside]) ?? record['name'] ?? record['jobName'];
	return typeof name === 'string' ? name : null;
}
