/** What crashed saves and lock takers left beside a checkpoint is removed when a run takes its lock. */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCheckpoint } from '../src/index.js';

const directory = () => mkdtempSync(join(tmpdir(), 'bedrock-paginators-leftovers-'));

/** Creates `names` in `dir`, their mtime `ageMs` old. */
function leave(dir: string, names: readonly string[], ageMs: number): void {
	const at = new Date(Date.now() - ageMs);
	for (const name of names) {
		writeFileSync(join(dir, name), 'left over');
		utimesSync(join(dir, name), at, at);
	}
}

const SAVE_TEMPORARIES = ['.job.json.4242.0123456789ab.tmp', '.job.json.1.ff.tmp'];
const OLD_LOCK_TEMPORARIES = ['job.json.lock.0123456789abcdef01234567.new', 'job.json.lock.a1b2c3d4e5f6.stale'];
const UNTOUCHED = [
	'.other.json.4242.0123456789ab.tmp', // another checkpoint's temporary
	'.job.json.bak.1.ff.tmp', // not this checkpoint's name
	'job.json.bak',
	'notes.txt',
	'.job.json.4242.tmp', // not the pattern of a save's temporary
	'job.json.failures.jsonl',
];
const YOUNG_LOCK_TEMPORARY = 'job.json.lock.fedcba9876543210fedcba98.new';

describe('fileCheckpoint: leftovers of crashed runs', () => {
	it('removes this checkpoint\'s temporary files and old lock temporaries when a run takes the lock, and nothing else', async () => {
		const dir = directory();
		leave(dir, SAVE_TEMPORARIES, 0);
		leave(dir, OLD_LOCK_TEMPORARIES, 10_000);
		leave(dir, UNTOUCHED, 60_000);
		leave(dir, [YOUNG_LOCK_TEMPORARY], 0);
		const lease = await fileCheckpoint(join(dir, 'job.json')).lock(() => {});
		expect(readdirSync(dir).sort()).toEqual([...UNTOUCHED, YOUNG_LOCK_TEMPORARY, 'job.json.lock'].sort());
		await lease.release();
	});

	it('cleans the directory of the link\'s target when the checkpoint is a symbolic link', async () => {
		const dir = directory();
		mkdirSync(join(dir, 'volume'));
		symlinkSync(join(dir, 'volume', 'job.json'), join(dir, 'job.json'));
		leave(join(dir, 'volume'), SAVE_TEMPORARIES, 0);
		leave(dir, ['.job.json.7.ab.tmp'], 0);
		const lease = await fileCheckpoint(join(dir, 'job.json')).lock(() => {});
		expect(readdirSync(join(dir, 'volume'))).toEqual(['job.json.lock']);
		expect(readdirSync(dir).sort()).toEqual(['.job.json.7.ab.tmp', 'job.json', 'volume']);
		await lease.release();
	});

	it('leaves the temporaries alone when the lock is held by another run', async () => {
		const dir = directory();
		const lease = await fileCheckpoint(join(dir, 'job.json')).lock(() => {});
		leave(dir, SAVE_TEMPORARIES, 0);
		await expect(fileCheckpoint(join(dir, 'job.json')).lock(() => {})).rejects.toThrow(/is in use by/);
		expect(readdirSync(dir).sort()).toEqual([...SAVE_TEMPORARIES, 'job.json.lock'].sort());
		await lease.release();
	});
});
