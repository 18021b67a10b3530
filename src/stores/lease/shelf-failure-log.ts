/**
 * Failures beside a leased checkpoint: each batch one or more objects named `<index>-<run>-<part>-<parts>`. The run in
 * the name fences the log as the lease fences the checkpoint: a batch written by a run that lost its lease
 * has another name than the owner's, and the document says whose batches count from which index on, so
 * loading keeps exactly the batches the checkpoint counts and removes the rest.
 */
import { CheckpointCorruptError } from '../../errors/checkpoint-errors.js';
import type { FailureLog, FailureRecord } from '../../jobs/checkpoint-store.js';
import { batchOwner } from './lease-document.js';
import type { LeaseHolder } from './lease-holder.js';
import type { ObjectShelf } from './remote-parts.js';

interface Part {
	readonly name: string;
	readonly index: number;
	readonly owner: string;
	readonly part: number;
	readonly parts: number;
}

export class ShelfFailureLog implements FailureLog {
	constructor(
		readonly location: string,
		private readonly shelf: ObjectShelf,
		private readonly holder: LeaseHolder,
	) {}

	async append(index: number, records: readonly FailureRecord[]): Promise<void> {
		const parts = split(records, this.shelf.maxBytes);
		for (const [part, body] of parts.entries()) await this.shelf.put(`${String(index).padStart(12, '0')}-${this.holder.owner}-${part}-${parts.length}`, body);
		this.holder.appendedBatch(index);
	}

	async load(count: number): Promise<FailureRecord[]> {
		const owners = this.holder.batchOwners();
		const parts = (await this.shelf.list()).map(parse).filter((part): part is Part => part !== undefined);
		const keep = parts.filter((part) => part.index < count && batchOwner(owners, part.index) === part.owner);
		const stale = parts.filter((part) => !keep.includes(part)).map((part) => part.name);
		if (stale.length > 0) await this.shelf.remove(stale);
		keep.sort((a, b) => a.index - b.index || a.part - b.part);
		const whole = new Set(keep.filter((part) => keep.filter((other) => other.index === part.index).length === part.parts).map((part) => part.index));
		if (whole.size < count) {
			throw new CheckpointCorruptError(this.location, `The failures of ${this.location} lack ${count - whole.size} of the ${count} batches the checkpoint counts. Delete the checkpoint to start over.`);
		}
		const records: FailureRecord[] = [];
		for (const part of keep) records.push(...(JSON.parse((await this.shelf.get(part.name)) ?? '[]') as FailureRecord[]));
		return records;
	}

	async clear(): Promise<void> {
		const names = await this.shelf.list();
		if (names.length > 0) await this.shelf.remove(names);
	}
}

function parse(name: string): Part | undefined {
	const match = /^(\d{12})-([0-9a-f]+)-(\d+)-(\d+)$/.exec(name);
	return match === null ? undefined : { name, index: Number(match[1]), owner: match[2] as string, part: Number(match[3]), parts: Number(match[4]) };
}

/** The records as JSON arrays of at most `maxBytes` each (one record per part at least). */
function split(records: readonly FailureRecord[], maxBytes: number): string[] {
	const parts: string[] = [];
	let current: string[] = [];
	let size = 2;
	for (const record of records) {
		const json = JSON.stringify(record);
		const bytes = Buffer.byteLength(json);
		if (current.length > 0 && size + bytes + 1 > maxBytes) {
			parts.push(`[${current.join(',')}]`);
			current = [];
			size = 2;
		}
		current.push(json);
		size += bytes + 1;
	}
	parts.push(`[${current.join(',')}]`);
	return parts;
}
