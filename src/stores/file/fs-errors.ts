/**
 * The one place where a file-system failure of the file store becomes a typed error. Users see the file that
 * was refused, the cause in plain words, and what is true of their checkpoint now; never a raw Node error,
 * never only the name of one of our temporary files.
 */
import { basename, resolve } from 'node:path';
import { CheckpointWriteError, type CheckpointError } from '../../errors/checkpoint-errors.js';
import { isCheckpointError } from '../../errors/guards.js';

/** What the store was doing when the file system refused. */
export type FileTask = 'save' | 'read' | 'lock' | 'heartbeat' | 'unlock' | 'append' | 'load-failures' | 'clear';

export interface FileErrorContext {
	/** The checkpoint as the user named it. */
	readonly location: string;
	/** The file the store meant to write or read (the checkpoint, its lock, its failures file). */
	readonly path: string;
	readonly task: FileTask;
}

const INTACT = 'The checkpoint on disk is intact: run again once fixed.';

const WHAT: Record<FileTask, (path: string) => string> = {
	save: (path) => `Cannot write the checkpoint ${path}`,
	read: (path) => `Cannot read the checkpoint ${path}`,
	lock: (path) => `Cannot take the lock ${path}`,
	heartbeat: (path) => `Cannot check or refresh the lock ${path}`,
	unlock: (path) => `Cannot remove the lock ${path}`,
	append: (path) => `Cannot append to the failures file ${path}`,
	'load-failures': (path) => `Cannot read or trim the failures file ${path}`,
	clear: (path) => `Cannot delete ${path}`,
};

const AFTER: Record<FileTask, string> = {
	save: INTACT,
	read: 'The checkpoint was left as it is: run again once fixed.',
	lock: `No lock was taken and nothing else was written. ${INTACT}`,
	heartbeat: `This run stops, so that two runs never write the checkpoint at once. ${INTACT}`,
	unlock: `The run itself is over; a later run takes the lock over once it sees it is stale. ${INTACT}`,
	append: `The checkpoint does not count this batch of failures (a part written is cut off by the next run). ${INTACT}`,
	'load-failures': 'The checkpoint and its failures file were left as they are: run again once fixed.',
	clear: 'Some files of the checkpoint may remain: delete them by hand, or run clear() again once fixed.',
};

/** The cause of an error code, in plain words, with what fixes it. */
export function plainCause(code: string | undefined, error: Error): string {
	switch (code) {
		case 'ENOSPC':
			return 'the disk is full (no space left on the device); free some space';
		case 'EDQUOT':
			return 'the disk quota of this user is used up; free some space or raise the quota';
		case 'EROFS':
			return 'the file system is read-only; remount it read-write or put the checkpoint on a writable volume';
		case 'EACCES':
			return `permission denied: this process (user ${process.getuid?.() ?? 'unknown'}) may not use that file or its directory; fix their permissions or run as their owner`;
		case 'EPERM':
			return 'the operating system does not permit it (an immutable or append-only file or directory, see lsattr; or a file of another user in a sticky directory)';
		case 'ENOTDIR':
			return 'a part of the path that should be a directory is a file; move that file away or choose another path';
		case 'EISDIR':
			return 'a directory is in the way; move it away or choose another path';
		case 'EEXIST':
			return 'a file is in the way where a directory is needed; move it away or choose another path';
		case 'ELOOP':
			return 'the path leads through too many symbolic links (a link loop?); fix the links';
		case 'ENAMETOOLONG':
			return 'the path is too long for the file system; choose a shorter one';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many files are open; raise the limit (ulimit -n) or open fewer';
		case 'EIO':
			return 'an input/output error (the disk or network file system failed); check the device';
		default: {
			// Node's message ends with the call and its paths (`, open '/x/.job.json.1.ab.tmp'`): the path is named already.
			const words = error.message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '').replace(/\.$/, '');
			return code === undefined || words.includes(code) ? words : `${words} (${code})`;
		}
	}
}

/** `error` as the typed error users see; checkpoint errors pass through unchanged. */
export function fileError(error: unknown, context: FileErrorContext): CheckpointError {
	if (isCheckpointError(error)) return error;
	const failure = error instanceof Error ? error : new Error(String(error));
	const code = (failure as NodeJS.ErrnoException).code;
	const refused = refusedPath(failure, context.path);
	const named = resolve(context.location) === context.path ? '' : ` (checkpoint ${context.location})`;
	const where = refused === context.path ? '' : ` (the system refused ${refused})`;
	const message = `${WHAT[context.task](context.path)}${named}${where}: ${plainCause(code, failure)}. ${AFTER[context.task]}`;
	return new CheckpointWriteError(context.location, message, refused, code, { cause: error });
}

/** Runs `task`, turning what it throws into the typed error of {@link fileError}. */
export async function mapFileErrors<T>(context: FileErrorContext, task: () => Promise<T>): Promise<T> {
	try {
		return await task();
	} catch (error) {
		throw fileError(error, context);
	}
}

/** The path the system named, unless it is one of our temporary files (then the file it stood for). */
function refusedPath(error: NodeJS.ErrnoException, intended: string): string {
	const path = error.path;
	if (path === undefined || path === intended) return intended;
	const name = basename(path);
	const intendedName = basename(intended);
	if (name.startsWith(`.${intendedName}.`) || name.startsWith(`${intendedName}.`)) return intended;
	return path;
}
