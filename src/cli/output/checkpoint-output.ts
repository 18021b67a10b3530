/**
 * Where `--checkpoint` writes: a file this process owns, since only a file can say which lines are whole and on
 * disk. `--output-file PATH`, or stdout when it is a regular file (`> out.jsonl`, `>> out.jsonl`). Into a pipe
 * or a terminal nothing can tell what the reader consumed, so it is refused unless `--checkpoint-pipe` accepts
 * that lines still buffered in the pipe count as printed.
 */
import { constants, fstatSync, openSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ListArguments } from '../arguments.js';
import { CliFailure, EXIT } from '../exit.js';
import type { CliIo } from '../io.js';
import { DurableFile } from './durable-file.js';
import { OutputFileError } from './output-file-error.js';

/** The output file, or `undefined` for stdout as a stream (`--checkpoint-pipe`). */
export function openCheckpointOutput(args: Pick<ListArguments, 'outputFile' | 'checkpointPipe'>, io: CliIo): DurableFile | undefined {
	if (args.outputFile !== undefined) {
		let fd: number;
		try {
			fd = openSync(args.outputFile, constants.O_WRONLY | constants.O_CREAT, 0o644);
		} catch (error) {
			throw new CliFailure(`\n${new OutputFileError(args.outputFile, 'open', error).message}.\n`);
		}
		// The name as given for messages; the path absolute, as the checkpoint records it and stdout's is read.
		return new DurableFile(fd, args.outputFile, resolve(args.outputFile), true);
	}
	const fd = (io.stdout as { fd?: unknown }).fd;
	if (typeof fd === 'number' && isRegularFile(fd)) {
		const path = stdoutPath(fd);
		return new DurableFile(fd, path === undefined ? 'stdout' : `stdout (${path})`, path, false);
	}
	if (args.checkpointPipe) return undefined;
	throw new CliFailure(
		'\n--checkpoint needs its output in a file: into a pipe, a terminal or a device nothing can tell which lines the reader consumed, so a rerun could skip some. Use --output-file PATH (or > PATH), or add --checkpoint-pipe to count lines the pipe accepted as printed.\n',
		EXIT.usage,
	);
}

function isRegularFile(fd: number): boolean {
	try {
		return fstatSync(fd).isFile();
	} catch {
		return false;
	}
}

/** The file stdout leads to, where the system tells (Linux). */
function stdoutPath(fd: number): string | undefined {
	try {
		return readlinkSync(`/proc/self/fd/${fd}`);
	} catch {
		return undefined;
	}
}
