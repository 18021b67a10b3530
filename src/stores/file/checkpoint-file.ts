/**
 * Reading and writing the checkpoint file itself. What cannot be read as a checkpoint is a
 * `CheckpointCorruptError` naming the file and left as it is; what the file system refuses is a
 * `CheckpointWriteError` (fs-errors.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CheckpointCorruptError } from '../../errors/checkpoint-errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { fileError, mapFileErrors } from './fs-errors.js';

const LEFT = 'It was left as it is; delete it to start over.';

/** The parsed checkpoint at `target`, or `undefined` when there is none. `location` names it in messages. */
export async function readCheckpoint(location: string, target: string): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(target, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return undefined;
		if (code === 'EISDIR') throw new CheckpointCorruptError(location, `The checkpoint ${named(location, target)} is a directory, not a file. ${LEFT}`, { cause: error });
		throw fileError(error, { location, path: target, task: 'read' });
	}
	if (text.trim() === '') throw new CheckpointCorruptError(location, `The checkpoint ${named(location, target)} is empty. ${LEFT}`);
	let parsed: unknown;
	try {
		parsed = JSON.parse(text) as unknown;
	} catch (error) {
		throw new CheckpointCorruptError(
			location,
			`The checkpoint ${named(location, target)} is not valid JSON (truncated or overwritten by something else: ${(error as Error).message}). ${LEFT}`,
			{ cause: error },
		);
	}
	// `null` would read as "no checkpoint" to a job, which would then handle everything again.
	if (parsed === null) throw new CheckpointCorruptError(location, `The checkpoint ${named(location, target)} holds \`null\`, not a checkpoint. ${LEFT}`);
	return parsed;
}

/** Replaces the checkpoint at `target` atomically with `state` as JSON, `beforeRename` checked last. */
export async function writeCheckpoint(location: string, target: string, state: unknown, beforeRename?: () => Promise<void>): Promise<void> {
	const text = `${JSON.stringify(state, null, 2)}\n`;
	await mapFileErrors({ location, path: target, task: 'save' }, () => writeFileAtomic(target, text, beforeRename));
}

/** `location`, and the file it leads to when that is another (a symbolic link). */
function named(location: string, target: string): string {
	return resolve(location) === target ? location : `${location} (linked to ${target})`;
}
