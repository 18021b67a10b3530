/** What a `--checkpoint` run says on stderr: whether and where it resumed, why oldest first, and totals over every run. */
import { dirname } from 'node:path';
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import type { ListArguments } from './arguments.js';
import type { Resumed } from './output/recorded-output.js';
import { callerChoseOrder } from '../jobs/listing-order.js';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One line when the run continues a checkpoint: how much it holds and the last item it recorded. */
export function resumeLine(location: string, resumed: Resumed): string {
	const last = resumed.anchor === null ? '' : `; the last: ${resumed.lastName === null ? resumed.anchor.id : `${resumed.lastName} (${resumed.anchor.id})`} of ${resumed.anchor.time}`;
	const named = resumed.anchor === null && resumed.lastName !== null ? `; the last: ${resumed.lastName}` : '';
	const cut = resumed.cutBytes > 0 ? `; cut ${plural(resumed.cutBytes, 'byte')} the checkpoint did not record from the end of the output` : '';
	return `Resuming ${location}: ${plural(resumed.handled, 'item')} recorded by earlier runs${last}${named}${cut}.\n`;
}

/**
 * The first time only (a new checkpoint), when the caller left the order to the job: a checkpoint resumes by
 * creation time, so the listing runs oldest first and items created meanwhile come after those printed.
 */
export function orderLine(descriptor: AnyOperationDescriptor, args: ListArguments): string {
	const order = descriptor.order;
	if (order === undefined || callerChoseOrder(args.input, order)) return '';
	return 'Listing oldest first: a checkpoint resumes after the last item by creation time, so items created during the listing are not skipped.\n';
}

/** Items over every run of the checkpoint, and this run's share. */
export function totals(total: number, thisRun: number): string {
	return `${plural(total, 'item')} recorded over all runs (${thisRun} by this run)`;
}

/**
 * A checkpoint the file system refuses, said for the command line: the checkpoint as given (not its lock or a
 * temporary file beside it) and a fix in terms of the flags; `undefined` for causes the store's own message says
 * best.
 */
export function checkpointRefusal(location: string, code: string | undefined, refused: string): string | undefined {
	const directory = dirname(refused);
	switch (code) {
		case 'EROFS':
			return `Cannot write the checkpoint ${location}: ${directory} is on a read-only file system. Remount it read-write, or give --checkpoint a path on a writable one.\n`;
		case 'EACCES':
		case 'EPERM':
			return `Cannot write the checkpoint ${location}: this user (${process.getuid?.() ?? 'unknown'}) may not write in ${directory}. Make it writable, or give --checkpoint a path in a directory that is.\n`;
		case 'ENOSPC':
		case 'EDQUOT':
			return `Cannot write the checkpoint ${location}: the disk is full. Free some space, then run the same command again: it continues after the last line recorded.\n`;
		default:
			return undefined;
	}
}
