/**
 * The file store on disks that refuse: a full tmpfs (ENOSPC), the same remounted read-only (EROFS), an
 * immutable directory and file (EPERM, `chattr +i`), and a directory another user may not write (EACCES, from
 * a child process that drops root with setpriv). Needs root; each part is skipped with the reason otherwise.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointWriteError, fileCheckpoint, type CheckpointState, type FailureRecord } from '../../src/index.js';
import { asNobody, chattrWorks, fill, mountTmpfs, nobodyUnavailable, remount, tmpfsUnavailable, unmount } from '../support/file-store-disk.js';

const INTACT = /The checkpoint on disk is intact: run again once fixed\.$/;
const state = (handled: number, padding = 0) => ({ format: 'test', handled, padding: 'x'.repeat(padding) }) as unknown as CheckpointState;
const record = (id: string, size = 0): FailureRecord => ({ kind: 'failed', id, attempts: 1, at: '2025-06-01T12:00:00.000Z', item: { note: 'y'.repeat(size) } });
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as CheckpointWriteError);

const noTmpfs = tmpfsUnavailable();
const noNobody = nobodyUnavailable();
if (noTmpfs !== undefined) console.warn(`file-store-disk: full-disk, read-only and permission tests skipped: ${noTmpfs}`);
else if (noNobody !== undefined) console.warn(`file-store-disk: the EACCES test is skipped: ${noNobody}`);

describe.skipIf(noTmpfs !== undefined)('fileCheckpoint on a real disk that refuses (a 64 KiB tmpfs)', () => {
	let disk = '';
	beforeAll(() => {
		disk = mountTmpfs('64k');
	});
	afterAll(() => {
		if (disk !== '') unmount(disk);
	});
	afterEach(() => {
		execFileSync('chattr', ['-R', '-i', disk], { stdio: 'ignore' });
		for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
	});

	it('on a full disk, save rejects with CheckpointWriteError ENOSPC naming the checkpoint; the previous one stays whole and no temporary file remains', async () => {
		const path = join(disk, 'job.json');
		const store = fileCheckpoint(path);
		const lease = await store.lock(() => {});
		await store.save(state(1));
		fill(disk);
		const error = await rejection(store.save(state(2, 10_000)));
		expect(error).toBeInstanceOf(CheckpointWriteError);
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'ENOSPC', path, location: path });
		expect(error?.message).toContain(`Cannot write the checkpoint ${path}: the disk is full (no space left on the device); free some space.`);
		expect(error?.message).toMatch(INTACT);
		expect(await fileCheckpoint(path).load()).toEqual(state(1));
		expect(readdirSync(disk).sort()).toEqual(['filler', 'job.json', 'job.json.lock']);
		await lease.release();
	});

	it('on a full disk, append rejects with ENOSPC naming the failures file and takes back the part of a line it wrote', async () => {
		const path = join(disk, 'job.json');
		const log = fileCheckpoint(path).failureLog;
		await log.append(0, [record('arn:a')]);
		const before = readFileSync(`${path}.failures.jsonl`, 'utf8');
		fill(disk);
		const error = await rejection(log.append(1, [record('arn:b', 3_000), record('arn:c', 3_000), record('arn:d', 3_000)]));
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'ENOSPC', path: `${path}.failures.jsonl`, location: path });
		expect(error?.message).toMatch(/^Cannot append to the failures file \S+job\.json\.failures\.jsonl \(checkpoint \S+\): the disk is full/);
		expect(error?.message).toMatch(INTACT);
		expect(readFileSync(`${path}.failures.jsonl`, 'utf8')).toBe(before);
		expect(await log.load(1)).toEqual([record('arn:a')]);
	});

	it('on a read-only file system, save, lock and append reject with EROFS, and a held lock\'s heartbeat stops the run', async () => {
		const path = join(disk, 'job.json');
		const store = fileCheckpoint(path, { staleMs: 30_000, heartbeatMs: 20 });
		let lost: (error: Error) => void = () => {};
		const lostError = new Promise<Error>((resolve) => (lost = resolve));
		const lease = await store.lock((error) => lost(error));
		await store.save(state(1));
		remount(disk, 'ro');
		try {
			const save = await rejection(store.save(state(2)));
			expect(save).toMatchObject({ name: 'CheckpointWriteError', code: 'EROFS', path });
			expect(save?.message).toContain(`Cannot write the checkpoint ${path}: the file system is read-only`);
			expect(save?.message).toMatch(INTACT);
			const lock = await rejection(fileCheckpoint(join(disk, 'other.json')).lock(() => {}));
			expect(lock).toMatchObject({ name: 'CheckpointWriteError', code: 'EROFS', path: join(disk, 'other.json.lock') });
			expect(lock?.message).toMatch(/^Cannot take the lock .*read-only.* No lock was taken/);
			expect(await rejection(store.failureLog.append(0, [record('arn:a')]))).toMatchObject({ code: 'EROFS', path: `${path}.failures.jsonl` });
			const heartbeat = (await lostError) as CheckpointWriteError;
			expect(heartbeat).toMatchObject({ name: 'CheckpointWriteError', code: 'EROFS', path: `${path}.lock` });
			expect(heartbeat.message).toMatch(/^Cannot check or refresh the lock .*This run stops/);
			expect(await store.load()).toEqual(state(1));
		} finally {
			remount(disk, 'rw');
		}
		await lease.release();
		expect(readdirSync(disk)).toEqual(['job.json']);
	});

	it('in an immutable directory, save rejects with EPERM naming the checkpoint; an immutable failures file refuses appends', async (context) => {
		const dir = join(disk, 'immutable');
		mkdirSync(dir);
		if (!chattrWorks(dir)) context.skip('`chattr +i` does not work on this file system');
		const path = join(dir, 'job.json');
		const store = fileCheckpoint(path);
		const lease = await store.lock(() => {});
		await store.save(state(1));
		await store.failureLog.append(0, [record('arn:a')]);
		execFileSync('chattr', ['+i', dir, `${path}.failures.jsonl`]);
		const error = await rejection(store.save(state(2)));
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'EPERM', path });
		expect(error?.message).toContain('the operating system does not permit it (an immutable or append-only file or directory, see lsattr');
		expect(error?.message).toMatch(INTACT);
		expect(await rejection(store.failureLog.append(1, [record('arn:b')]))).toMatchObject({ code: 'EPERM', path: `${path}.failures.jsonl` });
		execFileSync('chattr', ['-i', dir, `${path}.failures.jsonl`]);
		expect(await store.load()).toEqual(state(1));
		expect(readdirSync(dir).sort()).toEqual(['job.json', 'job.json.failures.jsonl', 'job.json.lock']);
		await lease.release();
	});

	it.skipIf(noNobody !== undefined)('as a user who may not write the directory, save, lock and append reject with EACCES and reads with EACCES say so', async () => {
		const dir = join(disk, 'root-only');
		mkdirSync(dir, { mode: 0o755 });
		const path = join(dir, 'job.json');
		await fileCheckpoint(path).save(state(1));
		for (const [action, file, says] of [
			['save', path, `Cannot write the checkpoint ${path}`],
			['lock', `${path}.lock`, 'Cannot take the lock'],
			['append', `${path}.failures.jsonl`, 'Cannot append to the failures file'],
		] as const) {
			const error = asNobody(action, path);
			expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'EACCES', path: file, location: path, typed: true });
			expect(error['message']).toContain(says);
			expect(error['message']).toContain('permission denied: this process (user 65534) may not use that file or its directory');
			expect(error['message']).toMatch(INTACT);
		}
		chmodSync(path, 0o600);
		const read = asNobody('load', path);
		expect(read).toMatchObject({ name: 'CheckpointWriteError', code: 'EACCES', path });
		expect(read['message']).toMatch(/^Cannot read the checkpoint .*The checkpoint was left as it is: run again once fixed\.$/);
		expect(await fileCheckpoint(path).load()).toEqual(state(1));
		expect(readdirSync(dir)).toEqual(['job.json']);
		expect(existsSync(`${path}.lock`)).toBe(false);
	});
});
