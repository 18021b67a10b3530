import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointCorruptError, CheckpointLockedError, fileCheckpoint, processCustomModels } from '../src/index.js';
import { catalogue, scriptedService } from './support/scripted-service.js';

const directory = () => mkdtempSync(join(tmpdir(), 'bedrock-paginators-'));
/** A pid that no process has: one that just exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('fileCheckpoint', () => {
	it('creates its directory and replaces the file atomically, leaving no temporary file behind', async () => {
		const dir = directory();
		const path = join(dir, 'nested', 'state', 'audit.json');
		const store = fileCheckpoint(path);
		const service = scriptedService(catalogue(5), 2);
		await processCustomModels(service, {}, () => {
			// Whenever a handler runs, the file on disk is a whole checkpoint (or not there yet).
			const names = readdirSync(join(dir, 'nested', 'state')).filter((name) => !name.endsWith('.lock'));
			for (const name of names) if (name === 'audit.json') JSON.parse(readFileSync(path, 'utf8'));
		}, { checkpoint: store });
		expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ complete: true, handled: 5 });
		expect(readdirSync(join(dir, 'nested', 'state'))).toEqual(['audit.json']);
	});

	it.each([
		['empty', '', /is empty/],
		['truncated', '{"format": "bedrock-paginators/checkpoint", "vers', /is not valid JSON \(truncated/],
		['garbage', '\u0000\u0001binary', /is not valid JSON/],
	])('refuses an %s file with CheckpointCorruptError naming it, and leaves it untouched', async (_, content, message) => {
		const path = join(directory(), 'job.json');
		writeFileSync(path, content);
		const error = await processCustomModels(scriptedService(catalogue(2)), {}, () => {}, { checkpoint: fileCheckpoint(path) }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointCorruptError);
		expect((error as Error).message).toContain(path);
		expect((error as Error).message).toMatch(message);
		expect(readFileSync(path, 'utf8')).toBe(content);
	});

	it('clear() deletes the checkpoint so that the job starts over', async () => {
		const path = join(directory(), 'job.json');
		const store = fileCheckpoint(path);
		const service = scriptedService(catalogue(3));
		await processCustomModels(service, {}, () => {}, { checkpoint: store });
		expect((await processCustomModels(service, {}, () => {}, { checkpoint: store })).stoppedBy).toBe('alreadyComplete');
		await store.clear();
		expect((await processCustomModels(service, {}, () => {}, { checkpoint: store })).handled).toBe(3);
	});
});

describe('fileCheckpoint: one run at a time', () => {
	it('fails a second run at once with an error naming the process that holds the checkpoint', async () => {
		const path = join(directory(), 'job.json');
		const first = await fileCheckpoint(path).lock?.(() => {});
		const started = performance.now();
		const error = await processCustomModels(scriptedService(catalogue(2)), {}, () => {}, { checkpoint: fileCheckpoint(path) }).catch((e: unknown) => e);
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(error).toBeInstanceOf(CheckpointLockedError);
		expect((error as CheckpointLockedError).owner).toMatchObject({ pid: process.pid, hostname: hostname() });
		expect((error as Error).message).toContain(`is in use by process ${process.pid} on ${hostname()}`);
		await first?.release();
		expect((await processCustomModels(scriptedService(catalogue(2)), {}, () => {}, { checkpoint: fileCheckpoint(path) })).handled).toBe(2);
	});

	it('takes over a lock left by a killed process on this host at once', async () => {
		const path = join(directory(), 'job.json');
		const now = new Date().toISOString();
		writeFileSync(`${path}.lock`, JSON.stringify({ pid: deadPid(), hostname: hostname(), startedAt: now, heartbeatAt: now, nonce: 'dead' }));
		const summary = await processCustomModels(scriptedService(catalogue(2)), {}, () => {}, { checkpoint: fileCheckpoint(path) });
		expect(summary.handled).toBe(2);
		expect(readdirSync(join(path, '..'))).toEqual(['job.json']);
	});

	it('waits out the heartbeat of a lock from another host, then takes it over', async () => {
		const path = join(directory(), 'job.json');
		const now = new Date().toISOString();
		writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, hostname: 'another-host', startedAt: now, heartbeatAt: now, nonce: 'remote' }));
		await expect(processCustomModels(scriptedService(catalogue(2)), {}, () => {}, { checkpoint: fileCheckpoint(path) })).rejects.toThrow(/process 1 on another-host/);
		const old = new Date(Date.now() - 60_000);
		utimesSync(`${path}.lock`, old, old);
		expect((await processCustomModels(scriptedService(catalogue(2)), {}, () => {}, { checkpoint: fileCheckpoint(path) })).handled).toBe(2);
	});

	it('stops a run whose lock was taken away, without writing the checkpoint again', async () => {
		const path = join(directory(), 'job.json');
		const store = fileCheckpoint(path, { staleMs: 300, heartbeatMs: 20 });
		const error = await processCustomModels(scriptedService(catalogue(50), 5), {}, async (model) => {
			if (model.modelName === 'm3') {
				// Another run (wrongly) replaced the lock.
				const now = new Date().toISOString();
				writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, hostname: 'intruder', startedAt: now, heartbeatAt: now, nonce: 'other' }));
			}
			await new Promise((resolve) => setTimeout(resolve, 10));
		}, { checkpoint: store }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointLockedError);
		expect((error as Error).message).toMatch(/was taken away while this run held it/);
		const saved = JSON.parse(readFileSync(path, 'utf8')) as { handled: number };
		expect(saved.handled).toBeLessThanOrEqual(3);
	});
});
