/**
 * The output file of `--checkpoint`: lines are written whole at a position this process tracks, synced on
 * demand, and the file can be cut back to a byte offset. A line the system refuses part way (a full disk) is
 * cut off at once, so the file only ever ends with whole lines.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, writeSync } from 'node:fs';
import { OutputFileError } from './output-file-error.js';

/** Which file an open descriptor is: device and inode, as decimal strings (they may exceed 2^53). */
export interface FileIdentity {
	readonly device: string;
	readonly inode: string;
}

export class DurableFile {
	/** Where the next line goes: the end of the last whole line written. */
	#position: number;
	/** Bytes written since the last sync. */
	#unsynced = false;

	/**
	 * `fd`: open for writing (with or without O_APPEND: after {@link cutTo}, this process is the only one writing,
	 * so the end of the file is where the next line goes); `name`: the file as messages call it; `path`: its path,
	 * when known.
	 */
	constructor(
		readonly fd: number,
		readonly name: string,
		readonly path: string | undefined,
		private readonly owned: boolean,
	) {
		this.#position = this.size();
	}

	/** The end of the last whole line written (or the size of the file when it was opened). */
	get position(): number {
		return this.#position;
	}

	identity(): FileIdentity {
		const stats = this.#attempt('check', () => fstatSync(this.fd, { bigint: true }));
		return { device: stats.dev.toString(), inode: stats.ino.toString() };
	}

	size(): number {
		return Number(this.#attempt('check', () => fstatSync(this.fd, { bigint: true })).size);
	}

	/** Writes `line` whole at the tracked position, retrying short writes; a refused line is cut off again. */
	append(line: string): void {
		const bytes = Buffer.from(line, 'utf8');
		const start = this.#position;
		let done = 0;
		try {
			while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, start + done);
		} catch (error) {
			// Best effort: a partial line must not stay; truncating frees space, so it works on a full disk.
			if (done > 0) {
				try {
					ftruncateSync(this.fd, start);
				} catch {}
			}
			throw new OutputFileError(this.name, 'write to', error);
		}
		this.#position = start + bytes.length;
		this.#unsynced = true;
	}

	/** Makes every line written so far durable. */
	sync(): void {
		if (!this.#unsynced) return;
		this.#attempt('sync', () => fsyncSync(this.fd));
		this.#unsynced = false;
	}

	/** Cuts the file back to `offset` bytes (a torn or unrecorded tail), durably; the next line goes there. */
	cutTo(offset: number): void {
		this.#attempt('truncate', () => ftruncateSync(this.fd, offset));
		this.#attempt('sync', () => fsyncSync(this.fd));
		this.#position = offset;
		this.#unsynced = false;
	}

	close(): void {
		if (this.owned) closeSync(this.fd);
	}

	#attempt<T>(what: string, task: () => T): T {
		try {
			return task();
		} catch (error) {
			throw new OutputFileError(this.name, what, error);
		}
	}
}
