/**
 * Idempotency keys are persisted in effect: a job resumed from an old checkpoint must hand each item the key an
 * earlier run would have, or a repeated `clientRequestToken` starts the work twice. The fixture is a checkpoint
 * written by 0.3.0 (node:crypto's SHA-256) after 4 of 10 models; the keys below are the ones 0.3.0 handed the
 * other 6 when it resumed that checkpoint.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileCheckpoint, processCustomModels } from '../src/index.js';
import { idempotencyKey } from '../src/jobs/idempotency.js';
import { sha256Hex } from '../src/utils/sha256.js';
import { catalogue, scriptedService } from './support/scripted-service.js';

const FIXTURE = new URL('./fixtures/checkpoint-0.3.0.json', import.meta.url);
const KEYS_FROM_0_3_0 = [
	['m5', 'e4d6a4ce882d059e4b918afa4a0d26a6'],
	['m6', '7a0be77f98742f5eece8feff795ff048'],
	['m7', '29374423e592ee3019ab0a46bcaec1bd'],
	['m8', '1788d9ba110a7718defbe292e7a806b1'],
	['m9', '15a8782d8e6c49b8641f1dc2a62d3c0a'],
	['m10', '227c0b3d4cbe09c0b4ce489e50e56e5f'],
];

describe('idempotency keys', () => {
	let directory: string | undefined;
	afterEach(async () => {
		if (directory !== undefined) await rm(directory, { recursive: true, force: true });
	});

	it('resumes a checkpoint written by 0.3.0 and hands the remaining models the keys 0.3.0 handed them', async () => {
		directory = await mkdtemp(join(tmpdir(), 'bp-idempotency-'));
		const path = join(directory, 'audit.json');
		await copyFile(FIXTURE, path);
		const seen: string[][] = [];
		const summary = await processCustomModels(scriptedService(catalogue(10)), {}, (model, context) => void seen.push([model.modelName ?? '', context.idempotencyKey]), {
			checkpoint: fileCheckpoint(path),
			pagination: { PageSize: 3 },
		});
		expect(seen).toEqual(KEYS_FROM_0_3_0);
		expect(summary).toMatchObject({ resumed: true, complete: true, handled: 6 });
	});

	it('is the first 32 hex digits of SHA-256 over the job id, a NUL and the item key', () => {
		const expected = createHash('sha256').update('b38d9ab79bd3ff02c1414353').update('\0').update('id:arn:m1').digest('hex').slice(0, 32);
		expect(idempotencyKey('b38d9ab79bd3ff02c1414353', 'id:arn:m1')).toBe(expected);
	});

	it('hashes every length across the padding boundaries, and any text, as node:crypto does', () => {
		const texts = [
			...Array.from({ length: 140 }, (_, length) => 'x'.repeat(length)),
			'é日本😀',
			'lone \ud800 surrogate',
			`item:${JSON.stringify({ name: 'a', at: new Date(0) })}`,
		];
		for (const text of texts) expect(sha256Hex(text), `${text.length} characters`).toBe(createHash('sha256').update(text).digest('hex'));
	});
});
