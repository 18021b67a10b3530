/** A checkpoint path that is a symbolic link: the state goes where it points, the link stays a link. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointLockedError, CheckpointWriteError, fileCheckpoint, type CheckpointState } from '../src/index.js';

const directory = () => mkdtempSync(join(tmpdir(), 'bedrock-paginators-link-'));
const state = (handled: number) => ({ format: 'test', handled }) as unknown as CheckpointState;

describe('fileCheckpoint through a symbolic link', () => {
	it('writes the state where a dangling link points and leaves the link a link', async () => {
		const dir = directory();
		mkdirSync(join(dir, 'volume'));
		const link = join(dir, 'job.json');
		symlinkSync('volume/job.json', link);
		const store = fileCheckpoint(link);
		const lease = await store.lock(() => {});
		expect(existsSync(join(dir, 'volume', 'job.json.lock'))).toBe(true);
		expect(existsSync(`${link}.lock`)).toBe(false);
		await store.save(state(1));
		await store.save(state(2));
		await lease.release();
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readlinkSync(link)).toBe('volume/job.json');
		expect(JSON.parse(readFileSync(join(dir, 'volume', 'job.json'), 'utf8'))).toEqual(state(2));
		expect(await fileCheckpoint(link).load()).toEqual(state(2));
	});

	it('follows a chain of links, each relative target against its own link directory', async () => {
		const dir = directory();
		for (const name of ['a', 'b', 'c']) mkdirSync(join(dir, name));
		symlinkSync('../b/second', join(dir, 'a', 'first'));
		symlinkSync('../c/job.json', join(dir, 'b', 'second'));
		await fileCheckpoint(join(dir, 'a', 'first')).save(state(7));
		expect(JSON.parse(readFileSync(join(dir, 'c', 'job.json'), 'utf8'))).toEqual(state(7));
		expect(lstatSync(join(dir, 'a', 'first')).isSymbolicLink()).toBe(true);
		expect(lstatSync(join(dir, 'b', 'second')).isSymbolicLink()).toBe(true);
	});

	it('keeps the lock and the failures file beside the target, so two links to one checkpoint share one lock', async () => {
		const dir = directory();
		const target = join(dir, 'job.json');
		symlinkSync(target, join(dir, 'one.json'));
		symlinkSync(target, join(dir, 'two.json'));
		const one = fileCheckpoint(join(dir, 'one.json'));
		const lease = await one.lock(() => {});
		const error = await fileCheckpoint(join(dir, 'two.json')).lock(() => {}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointLockedError);
		await one.failureLog.append(0, [{ kind: 'failed', id: 'arn:1', attempts: 1, at: '2025-01-01T00:00:00.000Z' }]);
		expect(existsSync(`${target}.failures.jsonl`)).toBe(true);
		expect(existsSync(join(dir, 'one.json.failures.jsonl'))).toBe(false);
		await lease.release();
	});

	it('keeps `path` as the link, absolute, and `failureLog.location` as the path given plus .failures.jsonl', () => {
		const dir = directory();
		symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'job.json'));
		const store = fileCheckpoint(join(dir, 'job.json'));
		expect(store.path).toBe(join(dir, 'job.json'));
		expect(store.failureLog.location).toBe(`${join(dir, 'job.json')}.failures.jsonl`);
	});

	it('fails a link loop with CheckpointWriteError code ELOOP naming the path, for reads and writes alike', async () => {
		const dir = directory();
		symlinkSync(join(dir, 'b'), join(dir, 'a'));
		symlinkSync(join(dir, 'a'), join(dir, 'b'));
		const store = fileCheckpoint(join(dir, 'a'));
		for (const attempt of [() => store.load(), () => store.save(state(1)), () => store.lock(() => {})]) {
			const error = (await attempt().catch((e: unknown) => e)) as CheckpointWriteError;
			expect(error).toBeInstanceOf(CheckpointWriteError);
			expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'ELOOP', path: join(dir, 'a'), location: join(dir, 'a') });
			expect(error.message).toContain(join(dir, 'a'));
			expect(error.message).toMatch(/too many symbolic links/);
		}
		expect(lstatSync(join(dir, 'a')).isSymbolicLink()).toBe(true);
	});
});
