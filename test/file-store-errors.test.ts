/**
 * Every bad file and every refusal of the file system is a typed error naming the file: never a raw Node
 * error, never a message naming only one of the store's temporary files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointCorruptError, CheckpointLockedError, CheckpointWriteError, fileCheckpoint, type CheckpointState } from '../src/index.js';
import { fileError } from '../src/stores/file/fs-errors.js';

const directory = () => mkdtempSync(join(tmpdir(), 'bedrock-paginators-errors-'));
const state = { format: 'test', handled: 1 } as unknown as CheckpointState;
const INTACT = /The checkpoint on disk is intact: run again once fixed\.$/;
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error & Record<string, unknown>);

describe('fileCheckpoint: bad files are typed errors', () => {
	it('refuses a file holding JSON null with CheckpointCorruptError (not as "no checkpoint"), and leaves it', async () => {
		const path = join(directory(), 'job.json');
		writeFileSync(path, 'null\n');
		const error = await rejection(fileCheckpoint(path).load());
		expect(error).toBeInstanceOf(CheckpointCorruptError);
		expect(error).toMatchObject({ name: 'CheckpointCorruptError', location: path });
		expect(error?.message).toBe(`The checkpoint ${path} holds \`null\`, not a checkpoint. It was left as it is; delete it to start over.`);
		expect(readFileSync(path, 'utf8')).toBe('null\n');
	});

	it('refuses a directory at the checkpoint path: CheckpointCorruptError to read, CheckpointWriteError EISDIR to write', async () => {
		const path = join(directory(), 'job.json');
		mkdirSync(path);
		const read = await rejection(fileCheckpoint(path).load());
		expect(read).toBeInstanceOf(CheckpointCorruptError);
		expect(read?.message).toBe(`The checkpoint ${path} is a directory, not a file. It was left as it is; delete it to start over.`);
		const write = await rejection(fileCheckpoint(path).save(state));
		expect(write).toBeInstanceOf(CheckpointWriteError);
		expect(write).toMatchObject({ name: 'CheckpointWriteError', code: 'EISDIR', path, location: path });
		expect(write?.message).toContain(`Cannot write the checkpoint ${path}: a directory is in the way`);
		expect(write?.message).toMatch(INTACT);
		expect(write?.message).not.toMatch(/\.tmp/);
		expect(readdirSync(join(path, '..'))).toEqual(['job.json']);
	});

	it('names the path and says "a part of the path ... is a file" when a parent directory is a file (ENOTDIR)', async () => {
		const dir = directory();
		writeFileSync(join(dir, 'state'), 'a file, not a directory');
		const path = join(dir, 'state', 'job.json');
		const store = fileCheckpoint(path);
		for (const [attempt, says] of [
			[() => store.save(state), `Cannot write the checkpoint ${path}`],
			[() => store.lock(() => {}), 'Cannot take the lock'],
			[() => store.failureLog.append(0, []), 'Cannot append to the failures file'],
		] as const) {
			const error = await rejection(attempt());
			expect(error).toBeInstanceOf(CheckpointWriteError);
			expect(error).toMatchObject({ code: 'ENOTDIR', location: path });
			expect(error?.message).toContain(says);
			expect(error?.message).toContain('a part of the path that should be a directory is a file');
			expect(error?.message).toMatch(INTACT);
		}
		const read = await rejection(store.load());
		expect(read).toMatchObject({ name: 'CheckpointWriteError', code: 'ENOTDIR' });
		expect(read?.message).toMatch(/^Cannot read the checkpoint .*The checkpoint was left as it is: run again once fixed\.$/);
	});

	it('names the lock file when a directory sits where the lock goes', async () => {
		const path = join(directory(), 'job.json');
		mkdirSync(`${path}.lock`);
		const error = await rejection(fileCheckpoint(path).lock(() => {}));
		expect(error).toBeInstanceOf(CheckpointWriteError);
		expect(error).toMatchObject({ code: 'EISDIR', path: `${path}.lock`, location: path });
		expect(error?.message).toMatch(/^Cannot take the lock \S*job\.json\.lock \(checkpoint \S*job\.json\): a directory is in the way.* No lock was taken/);
	});

	it('names the failures file when a directory sits where it goes', async () => {
		const path = join(directory(), 'job.json');
		mkdirSync(`${path}.failures.jsonl`);
		const error = await rejection(fileCheckpoint(path).failureLog.append(0, []));
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'EISDIR', path: `${path}.failures.jsonl` });
		expect(error?.message).toMatch(INTACT);
	});
});

describe('fileError: the one mapping from a file-system failure to a typed error', () => {
	const errno = (code: string, path?: string) => Object.assign(new Error(`${code}: something, open '${path}'`), { code, path, syscall: 'open' });
	const context = { location: '.state/job.json', path: '/srv/.state/job.json', task: 'save' } as const;

	it.each([
		['ENOSPC', /the disk is full \(no space left on the device\); free some space/],
		['EDQUOT', /disk quota of this user is used up/],
		['EROFS', /the file system is read-only/],
		['EACCES', /permission denied: this process \(user \d+\) may not use that file or its directory/],
		['EPERM', /the operating system does not permit it \(an immutable or append-only file/],
		['ENOTDIR', /a part of the path that should be a directory is a file/],
		['EISDIR', /a directory is in the way/],
		['EEXIST', /a file is in the way where a directory is needed/],
		['ELOOP', /too many symbolic links/],
		['EIO', /an input\/output error/],
		['EWEIRD', /\): EWEIRD: something\. The checkpoint/],
	])('turns %s into CheckpointWriteError with its code, the checkpoint file as path, and plain words', (code, words) => {
		const error = fileError(errno(code, '/srv/.state/.job.json.4242.0123456789ab.tmp'), context) as CheckpointWriteError;
		expect(error).toBeInstanceOf(CheckpointWriteError);
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code, path: '/srv/.state/job.json', location: '.state/job.json' });
		expect(error.message).toMatch(/^Cannot write the checkpoint \/srv\/\.state\/job\.json \(checkpoint \.state\/job\.json\): /);
		expect(error.message).toMatch(words);
		expect(error.message).toMatch(INTACT);
		expect(error.message).not.toContain('.tmp');
		expect((error.cause as Error).message).toContain(code);
	});

	it('names a directory the system refused when it is not one of the store\'s temporary files', () => {
		const error = fileError(errno('EACCES', '/srv/.state'), context) as CheckpointWriteError;
		expect(error.path).toBe('/srv/.state');
		expect(error.message).toContain('Cannot write the checkpoint /srv/.state/job.json (checkpoint .state/job.json) (the system refused /srv/.state): permission denied');
	});

	it('says what is true for each task', () => {
		const say = (task: 'read' | 'lock' | 'heartbeat' | 'unlock' | 'append' | 'load-failures' | 'clear') => fileError(errno('EIO'), { ...context, task }).message;
		expect(say('read')).toMatch(/^Cannot read the checkpoint .* The checkpoint was left as it is: run again once fixed\.$/);
		expect(say('lock')).toMatch(/^Cannot take the lock .* No lock was taken and nothing else was written\. The checkpoint on disk is intact/);
		expect(say('heartbeat')).toMatch(/This run stops, so that two runs never write the checkpoint at once\./);
		expect(say('append')).toMatch(/^Cannot append to the failures file .* The checkpoint does not count this batch of failures/);
		expect(say('clear')).toMatch(/Some files of the checkpoint may remain/);
	});

	it('passes checkpoint errors through unchanged', () => {
		const locked = new CheckpointLockedError('job.json', 'in use', undefined);
		expect(fileError(locked, context)).toBe(locked);
	});
});
