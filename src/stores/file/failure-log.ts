/**
 * The failures file of a file checkpoint: `<checkpoint>.failures.jsonl` beside the checkpoint's real file, one
 * JSON record a line, each with the number of its batch (`{"batch":3,"kind":"failed",...}`). Append-only, so a
 * failure costs one short write however many came before; the checkpoint says how many batches it vouches
 * for, and `load(count)` cuts off the rest (a batch appended after the last save, a line torn by a crash).
 */
import { mkdir, open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CheckpointCorruptError } from '../../errors/checkpoint-errors.js';
import type { FailureRecord } from '../../jobs/checkpoint-store.js';
import { syncDirectory } from './atomic-write.js';
import { mapFileErrors } from './fs-errors.js';

/**
 * Appends batch `index` in one write, fsyncs it (and its directory when the file is new). With `trim` (the
 * first append of a run that did not `load` first), first cuts what a crashed run left past batch `index - 1`:
 * batches are appended before the checkpoint that counts them is saved, so the saved one counts `index`.
 */
export async function appendFailures(location: string, path: string, index: number, records: readonly FailureRecord[], trim: boolean): Promise<void> {
	if (!Number.isSafeInteger(index) || index < 0) throw new TypeError(`Expected the batch index to be an integer from 0, got ${String(index)}.`);
	const text = records.map((record) => `${JSON.stringify({ batch: index, ...record })}\n`).join('');
	await mapFileErrors({ location, path, task: 'append' }, async () => {
		if (trim) await cutPast(path, index);
		const { file, created } = await openForAppend(path);
		try {
			const { size } = await file.stat();
			try {
				if (text !== '') await file.writeFile(text, 'utf8');
				await file.sync();
			} catch (error) {
				// A write cut short by a full disk leaves part of a line: take it back, so the file stays whole.
				await file.truncate(size).catch(() => {});
				throw error;
			}
		} finally {
			await file.close();
		}
		if (created) await syncDirectory(dirname(path));
	});
}

/** The records of batches `0` to `count - 1`; cuts the file at the first line past them or not whole. */
export async function loadFailures(location: string, path: string, count: number): Promise<FailureRecord[]> {
	if (!Number.isSafeInteger(count) || count < 0) throw new TypeError(`Expected the batch count to be an integer from 0, got ${String(count)}.`);
	return mapFileErrors({ location, path, task: 'load-failures' }, async () => {
		let bytes: Buffer;
		try {
			bytes = await readFile(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			if (count === 0) return [];
			throw new CheckpointCorruptError(
				location,
				`The failures file ${path} is missing, but the checkpoint ${location} counts ${count} batch${count === 1 ? '' : 'es'} of failures in it. ` +
					'Restore it from a backup, or delete the checkpoint to start over.',
			);
		}
		const { records, keep } = parseBatches(bytes, count);
		if (keep < bytes.length) await truncateDurably(path, keep);
		return records;
	});
}

/** Removes the failures file. */
export async function clearFailures(location: string, path: string): Promise<void> {
	await mapFileErrors({ location, path, task: 'clear' }, () => rm(path, { force: true }));
}

/** Cuts the file (if any) at its first line of a batch from `count` on, or not whole. */
async function cutPast(path: string, count: number): Promise<void> {
	let bytes: Buffer;
	try {
		bytes = await readFile(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	const { keep } = parseBatches(bytes, count);
	if (keep < bytes.length) await truncateDurably(path, keep);
}

/** The records of whole lines of batches below `count`, and the length of the prefix they fill. */
function parseBatches(bytes: Buffer, count: number): { records: FailureRecord[]; keep: number } {
	const records: FailureRecord[] = [];
	let start = 0;
	for (let end = bytes.indexOf(10); end >= 0; start = end + 1, end = bytes.indexOf(10, start)) {
		const entry = parseLine(bytes.subarray(start, end).toString('utf8'));
		if (entry === undefined || entry.batch >= count) return { records, keep: start };
		records.push(entry.record);
	}
	return { records, keep: start };
}

function parseLine(line: string): { batch: number; record: FailureRecord } | undefined {
	try {
		const parsed = JSON.parse(line) as unknown;
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
		const { batch, ...record } = parsed as { batch?: unknown };
		return typeof batch === 'number' && Number.isSafeInteger(batch) && batch >= 0 ? { batch, record: record as FailureRecord } : undefined;
	} catch {
		return undefined;
	}
}

async function truncateDurably(path: string, length: number): Promise<void> {
	const file = await open(path, 'r+');
	try {
		await file.truncate(length);
		await file.sync();
	} finally {
		await file.close();
	}
}

/** Opens `path` to append, creating it (and its directory) if need be; says whether it was created. */
async function openForAppend(path: string): Promise<{ file: FileHandle; created: boolean }> {
	try {
		return { file: await open(path, 'ax', 0o644), created: true };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return { file: await open(path, 'a'), created: false };
		if (code !== 'ENOENT') throw error;
		await mkdir(dirname(path), { recursive: true });
		return { file: await open(path, 'ax', 0o644), created: true };
	}
}
