/** The failures file: append-only JSON lines in numbered batches, cut back to what the checkpoint vouches for. */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointCorruptError, CheckpointLockedError, fileCheckpoint, type CheckpointState, type FailureRecord } from '../src/index.js';

const checkpointPath = () => join(mkdtempSync(join(tmpdir(), 'bedrock-paginators-failures-')), 'job.json');
const failed = (id: string, attempts = 1): FailureRecord => ({
	kind: 'failed',
	id,
	attempts,
	at: '2025-06-01T12:00:00.000Z',
	item: { modelArn: id, creationTime: '2025-01-01T00:00:00.000Z' },
	dates: ['creationTime'],
	error: { name: 'Error', message: `handler failed on ${id}` },
});
const resolved = (id: string): FailureRecord => ({ kind: 'resolved', id, attempts: 2, at: '2025-06-02T12:00:00.000Z' });
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('fileCheckpoint failureLog', () => {
	it('appends batches as JSON lines beside the checkpoint and loads them back in order', async () => {
		const path = checkpointPath();
		const log = fileCheckpoint(path).failureLog;
		await log.append(0, [failed('arn:a'), failed('arn:b')]);
		await log.append(1, [resolved('arn:a')]);
		expect(lines(`${path}.failures.jsonl`)).toEqual([
			{ batch: 0, ...failed('arn:a') },
			{ batch: 0, ...failed('arn:b') },
			{ batch: 1, ...resolved('arn:a') },
		]);
		expect(await fileCheckpoint(path).failureLog.load(2)).toEqual([failed('arn:a'), failed('arn:b'), resolved('arn:a')]);
	});

	it('drops the batches past `count` (appended after the last checkpoint), from the file too', async () => {
		const path = checkpointPath();
		const log = fileCheckpoint(path).failureLog;
		await log.append(0, [failed('arn:a')]);
		await log.append(1, [failed('arn:b')]);
		await log.append(2, [failed('arn:c')]);
		expect(await log.load(1)).toEqual([failed('arn:a')]);
		expect(lines(`${path}.failures.jsonl`)).toEqual([{ batch: 0, ...failed('arn:a') }]);
		await log.append(1, [failed('arn:d')]);
		expect(await log.load(2)).toEqual([failed('arn:a'), failed('arn:d')]);
	});

	it('cuts off a last line torn by a crash, and the next append follows the whole lines', async () => {
		const path = checkpointPath();
		const log = fileCheckpoint(path).failureLog;
		await log.append(0, [failed('arn:a')]);
		const whole = readFileSync(`${path}.failures.jsonl`, 'utf8');
		appendFileSync(`${path}.failures.jsonl`, JSON.stringify({ batch: 1, ...failed('arn:b') }).slice(0, 40));
		expect(await log.load(2)).toEqual([failed('arn:a')]);
		expect(readFileSync(`${path}.failures.jsonl`, 'utf8')).toBe(whole);
		await log.append(1, [failed('arn:c')]);
		expect(await log.load(2)).toEqual([failed('arn:a'), failed('arn:c')]);
	});

	it('cuts what a crashed run appended past the checkpoint before the first append of the next run, even without load()', async () => {
		const path = checkpointPath();
		const counted = `${JSON.stringify({ batch: 0, ...failed('arn:a') })}\n`;
		const uncounted = `${JSON.stringify({ batch: 1, ...failed('arn:b') })}\n`;
		writeFileSync(`${path}.failures.jsonl`, `${counted}${uncounted}${uncounted.slice(0, 30)}`);
		const store = fileCheckpoint(path);
		const lease = await store.lock(() => {});
		await store.failureLog.append(1, [failed('arn:c')]);
		await store.failureLog.append(2, [failed('arn:d')]);
		await lease.release();
		expect(lines(`${path}.failures.jsonl`)).toEqual([
			{ batch: 0, ...failed('arn:a') },
			{ batch: 1, ...failed('arn:c') },
			{ batch: 2, ...failed('arn:d') },
		]);
	});

	it('cuts the file at the first line that does not parse', async () => {
		const path = checkpointPath();
		const first = `${JSON.stringify({ batch: 0, ...failed('arn:a') })}\n`;
		writeFileSync(`${path}.failures.jsonl`, `${first}{"batch":0,"kind":"fai\u0000\n${JSON.stringify({ batch: 0, ...failed('arn:b') })}\n`);
		expect(await fileCheckpoint(path).failureLog.load(1)).toEqual([failed('arn:a')]);
		expect(readFileSync(`${path}.failures.jsonl`, 'utf8')).toBe(first);
	});

	it('treats a missing file as no failures when the checkpoint counts none, and as CheckpointCorruptError naming it otherwise', async () => {
		const path = checkpointPath();
		expect(await fileCheckpoint(path).failureLog.load(0)).toEqual([]);
		const error = await fileCheckpoint(path).failureLog.load(3).then(() => undefined, (e: unknown) => e as CheckpointCorruptError);
		expect(error).toBeInstanceOf(CheckpointCorruptError);
		expect(error).toMatchObject({ name: 'CheckpointCorruptError', location: path });
		expect(error?.message).toBe(
			`The failures file ${path}.failures.jsonl is missing, but the checkpoint ${path} counts 3 batches of failures in it. Restore it from a backup, or delete the checkpoint to start over.`,
		);
	});

	it('creates the file for a batch without records, so that a checkpoint counting it loads', async () => {
		const path = checkpointPath();
		await fileCheckpoint(path).failureLog.append(0, []);
		expect(readFileSync(`${path}.failures.jsonl`, 'utf8')).toBe('');
		expect(await fileCheckpoint(path).failureLog.load(1)).toEqual([]);
	});

	it('clear() removes the failures file, and the store\'s clear() removes it with the checkpoint', async () => {
		const path = checkpointPath();
		const store = fileCheckpoint(path);
		await store.failureLog.append(0, [failed('arn:a')]);
		await store.failureLog.clear();
		expect(existsSync(`${path}.failures.jsonl`)).toBe(false);
		await store.failureLog.append(0, [failed('arn:a')]);
		await store.save({ format: 'test' } as unknown as CheckpointState);
		await store.clear();
		expect(existsSync(path)).toBe(false);
		expect(existsSync(`${path}.failures.jsonl`)).toBe(false);
		expect(existsSync(`${path}.lock`)).toBe(false);
	});

	it('refuses to append once the run\'s lock was taken away, writing nothing', async () => {
		const path = checkpointPath();
		const store = fileCheckpoint(path);
		const lease = await store.lock(() => {});
		writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, hostname: 'intruder', startedAt: '', heartbeatAt: '', nonce: 'other' }));
		await expect(store.failureLog.append(0, [failed('arn:a')])).rejects.toBeInstanceOf(CheckpointLockedError);
		expect(existsSync(`${path}.failures.jsonl`)).toBe(false);
		await lease.release();
	});

	it('rejects a batch index that is not an integer from 0 with a TypeError saying so', async () => {
		await expect(fileCheckpoint(checkpointPath()).failureLog.append(-1, [])).rejects.toThrow('Expected the batch index to be an integer from 0, got -1.');
	});
});
