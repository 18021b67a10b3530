/**
 * Ties the output file of `--checkpoint` to the checkpoint: a store around the job's store that, before each
 * save, syncs the output file and records in the checkpoint (its `cliOutput` member) the byte offset right after
 * the last line of the items that save covers. The checkpoint therefore never vouches for a line that is not
 * whole and on disk, and a resume first cuts the file back to that offset (a torn line, lines written after the
 * last save), then appends: no line lost, none repeated.
 *
 * Lines are written in listing order by one handler at a time, so the checkpoint's `handled` count says which
 * line a save ends at.
 */
import type { CheckpointState } from '../../jobs/checkpoint-state.js';
import type { CheckpointStore } from '../../jobs/checkpoint-store.js';
import { CliFailure } from '../exit.js';
import type { DurableFile, FileIdentity } from './durable-file.js';

/** The member of the checkpoint this adds; the job ignores members it does not know. */
const MEMBER = 'cliOutput';

/** What the checkpoint records of the output file. */
interface OutputRecord extends FileIdentity {
	/** The file's size right after the last recorded line. */
	readonly offset: number;
	/** The file as it was named when recorded, for messages. */
	readonly file: string;
	/** A short name of the last recorded item (its name member), for the resume line; `null` when unknown. */
	readonly lastName: string | null;
}

/** What the checkpoint held when this run began. */
export interface Resumed {
	readonly handled: number;
	readonly runs: number;
	readonly anchor: { readonly id: string; readonly time: string } | null;
	readonly lastName: string | null;
	/** Bytes cut from the end of the output file: a torn line, or lines a kill left unrecorded. */
	readonly cutBytes: number;
}

interface Written {
	/** The checkpoint's `handled` once this line's item is recorded. */
	readonly handled: number;
	readonly offset: number;
	readonly name: string | null;
}

export class RecordedOutput {
	/** `undefined` until the checkpoint is loaded; then what it held, if anything. */
	resumed: Resumed | undefined;
	/** What the checkpoint on the store vouches for: items over all runs and the offset after their lines. */
	recorded = { handled: 0, offset: 0 };
	#handled = 0;
	#identity: FileIdentity | undefined;
	/** Lines written and not yet covered by a save, oldest first. */
	readonly #pending: Written[] = [];
	#lastName: string | null = null;
	/** Whether the output file was found to be the checkpoint's (or the checkpoint records none). */
	#checked = false;

	/** `file`: the output file; `undefined` with `--checkpoint-pipe`, where nothing is recorded of it. */
	constructor(
		private readonly inner: CheckpointStore,
		readonly file: DurableFile | undefined,
	) {}

	/** Writes the item's line whole; its item is recorded once it returns (see {@link store}'s save). */
	line(text: string, name: string | null): void {
		const file = this.file as DurableFile;
		file.append(text);
		this.#pending.push({ handled: ++this.#handled, offset: file.position, name });
	}

	/** The store to give the job. */
	store(): CheckpointStore {
		const inner = this.inner;
		const store: CheckpointStore = {
			location: inner.location,
			failureLog: inner.failureLog,
			load: async () => this.#load(await inner.load()),
			save: async (state) => {
				const record = this.#record(state);
				await inner.save(record === undefined ? state : ({ ...state, [MEMBER]: record } as CheckpointState));
				this.recorded = { handled: state.handled, offset: record?.offset ?? 0 };
				if (record !== undefined) this.#lastName = record.lastName;
			},
		};
		if (inner.lock !== undefined) store.lock = inner.lock.bind(inner);
		return store;
	}

	/**
	 * After a run that failed: cuts lines the checkpoint does not vouch for (it could not be saved after them),
	 * so the file holds exactly what the checkpoint says. Best effort: the next run cuts them anyway.
	 */
	settle(): void {
		const file = this.file;
		// Not before the file was checked against the checkpoint: it may be another file, to be left alone.
		if (file === undefined || !this.#checked || file.position <= this.recorded.offset) return;
		try {
			file.cutTo(this.recorded.offset);
		} catch {}
	}

	#load(loaded: unknown): unknown {
		if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) return this.#start(undefined, loaded);
		const { [MEMBER]: record, ...state } = loaded as Record<string, unknown>;
		return this.#start(readRecord(record), state);
	}

	/** Checks the output file against the checkpoint and cuts its unrecorded tail; returns the state for the job. */
	#start(record: OutputRecord | undefined, state: unknown): unknown {
		const previous = state as Partial<CheckpointState> | undefined;
		const handled = typeof previous?.handled === 'number' ? previous.handled : 0;
		this.#handled = handled;
		let cutBytes = 0;
		const file = this.file;
		if (file !== undefined) {
			this.#identity = file.identity();
			const size = file.size();
			if (record !== undefined) {
				// A file is the recorded one by its device and inode, and by its name where both are known: the inode of a
				// deleted file is soon given to a new one.
				const renamed = file.path !== undefined && record.file !== file.path;
				if (renamed || record.device !== this.#identity.device || record.inode !== this.#identity.inode) {
					// Same name, another file: replaced since (restored from a copy, moved back, saved by an editor).
					if (!renamed) {
						throw new CliFailure(`\nThe output file ${file.name} is no longer the file the checkpoint ${this.inner.location} recorded its lines in (it was replaced since: a copy, a move or an editor's save makes a new file), so nothing can say which lines it holds: delete the checkpoint to list again from the start.\n`);
					}
					throw new CliFailure(`\nThe checkpoint ${this.inner.location} recorded its output in ${record.file}, and ${file.name} is another file: continue with --output-file ${record.file} (or >> ${record.file}), or delete the checkpoint to start over.\n`);
				}
				if (size === 0 && record.offset > 0) {
					throw new CliFailure(
						`\nThe output file ${file.name} is empty, but the checkpoint ${this.inner.location} records ${record.offset} bytes of lines in it: they are gone (a shell's \`>\` empties the file before the run starts). Delete the checkpoint to list again from the start, and resume with >> or --output-file.\n`,
					);
				}
				if (size < record.offset) {
					throw new CliFailure(
						`\nThe output file ${file.name} holds ${size} bytes, fewer than the ${record.offset} the checkpoint ${this.inner.location} records (a shell's \`>\` empties it before the run starts): continue with >> ${record.file} or --output-file ${record.file}, or delete the checkpoint to start over.\n`,
					);
				}
				cutBytes = size - record.offset;
				if (cutBytes > 0) file.cutTo(record.offset);
				this.#lastName = record.lastName;
			}
			this.#checked = true;
		}
		this.recorded = { handled, offset: file?.position ?? 0 };
		if (previous !== undefined) {
			const anchor = previous.anchor ?? null;
			this.resumed = { handled, runs: typeof previous.runs === 'number' ? previous.runs : 0, anchor, lastName: this.#lastName, cutBytes };
		}
		return state;
	}

	/** The output record for a save of `state`: the offset right after its last item's line, once synced. */
	#record(state: CheckpointState): OutputRecord | undefined {
		const file = this.file;
		const identity = this.#identity;
		if (file === undefined || identity === undefined) return undefined;
		while (this.#pending.length > 0 && (this.#pending[0] as Written).handled < state.handled) this.#pending.shift();
		const line = this.#pending[0];
		let offset = this.recorded.offset;
		let lastName = this.#lastName;
		if (state.handled !== this.recorded.handled) {
			if (line?.handled !== state.handled) throw new Error(`The checkpoint covers ${state.handled} items, but no output line ends there (internal error).`);
			({ offset, name: lastName } = line);
		}
		file.sync();
		return { ...identity, offset, file: file.path ?? file.name, lastName };
	}
}

function readRecord(value: unknown): OutputRecord | undefined {
	const record = value as Partial<OutputRecord> | null | undefined;
	if (typeof record !== 'object' || record === null) return undefined;
	if (!Number.isSafeInteger(record.offset) || typeof record.device !== 'string' || typeof record.inode !== 'string' || typeof record.file !== 'string') return undefined;
	return { offset: record.offset as number, device: record.device, inode: record.inode, file: record.file, lastName: typeof record.lastName === 'string' ? record.lastName : null };
}
