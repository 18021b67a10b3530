/** A write, sync or truncation of the output file that `--checkpoint` records was refused by the system. */
import { plainCause } from '../../stores/file/fs-errors.js';

export class OutputFileError extends Error {
	override name = 'OutputFileError';
	/** The output file as the user named it (or `stdout` and the file it leads to). */
	readonly path: string;
	/** The system's error code (`ENOSPC`, `EIO`, `EROFS`, ...), when it gave one. */
	readonly code: string | undefined;

	constructor(path: string, what: string, cause: unknown) {
		const error = cause instanceof Error ? cause : new Error(String(cause));
		const code = (error as NodeJS.ErrnoException).code;
		super(`Cannot ${what} the output file ${path}: ${plainWords(code, error)}`, { cause });
		this.path = path;
		this.code = code;
	}
}

/** The cause in plain words, with a fix that fits an output file. */
function plainWords(code: string | undefined, error: Error): string {
	if (code === 'EROFS') return 'the file system is read-only; remount it read-write or choose a path on a writable one';
	if (code === 'EACCES') return `permission denied for this user (${process.getuid?.() ?? 'unknown'}); make the file and its directory writable or choose another path`;
	return plainCause(code, error);
}

export function isOutputFileError(error: unknown): error is OutputFileError {
	return (error as { name?: unknown } | null)?.name === 'OutputFileError';
}
