/**
 * The S3 and DynamoDB checkpoint stores against a real S3 and DynamoDB (moto, one request at a time, on
 * loopback): the conformance kit on them and on the file store, jobs through them over real HTTP, typed
 * errors for a missing bucket or table, access denied and a throttled PUT.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointWriteError, fileCheckpoint, processCustomModels } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { dynamoCheckpoint } from '../../src/stores/dynamodb/index.js';
import { s3Checkpoint } from '../../src/stores/s3/index.js';
import { checkpointStoreContract } from '../../src/testing/index.js';
import { motoMissing, startMoto, type Moto } from '../support/moto.js';

if (motoMissing !== undefined) console.log(`Skipping the S3 and DynamoDB store tests: ${motoMissing}`);

let moto: Moto;
let local: LocalBedrock;
beforeAll(async () => {
	if (motoMissing !== undefined) return;
	moto = await startMoto();
	local = await startLocalBedrock({ models: 300, seed: 17 });
});
afterAll(async () => {
	await moto?.stop();
	await local?.close();
});

const bedrock = () => new BedrockClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });

describe('the conformance kit, on the stores that need no AWS', () => {
	it('passes for the file store', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'contract-')), 'job.json');
		const { writeFile } = await import('node:fs/promises');
		await checkpointStoreContract({ open: () => fileCheckpoint(path, { staleMs: 1_000 }), leaseMs: 1_000, corrupt: () => writeFile(path, 'not json') });
	}, 30_000);

	it("passes for the README's PostgreSQL store (examples/postgres-checkpoint.ts, on an in-memory PostgreSQL)", async () => {
		const { newDb } = await import('pg-mem');
		const { postgresCheckpoint } = await import('../../examples/postgres-checkpoint.js');
		const db = newDb();
		db.public.none(`CREATE TABLE checkpoints (key text PRIMARY KEY, doc text NOT NULL, version bigint NOT NULL);
			CREATE TABLE checkpoint_failures (key text NOT NULL, name text NOT NULL, doc text NOT NULL, PRIMARY KEY (key, name));`);
		const { Pool } = db.adapters.createPg() as { Pool: new () => import('pg').Pool };
		const pool = new Pool();
		await checkpointStoreContract({
			open: () => postgresCheckpoint(pool, 'audit', 1_000),
			leaseMs: 1_000,
			corrupt: async () => void (await pool.query("UPDATE checkpoints SET doc = 'garbage' WHERE key = 'audit'")),
		});
		await pool.end();
	}, 30_000);

	it('finds a store that breaks a promise, naming it', async () => {
		let saved: unknown;
		const careless = { location: 'careless', load: async () => saved, save: async (state: unknown) => void (saved = { ...(state as object), handled: 0 }) };
		await expect(checkpointStoreContract({ open: () => careless, leaseMs: 1_000 })).rejects.toThrow(/Broken promise: load\(\) returns exactly what save\(\) was given/);
	});
});

describe.skipIf(motoMissing !== undefined)('the conformance kit, on S3 and DynamoDB (moto)', () => {
	it('passes for the S3 store', async () => {
		const client = moto.s3();
		const Bucket = await moto.bucket();
		await checkpointStoreContract({
			open: () => s3Checkpoint({ client, Bucket, Key: 'jobs/audit.json', leaseMs: 1_000 }),
			leaseMs: 1_000,
			corrupt: async () => void (await client.send(new PutObjectCommand({ Bucket, Key: 'jobs/audit.json', Body: '{"not":"a checkpoint"}' }))),
		});
	}, 30_000);

	it('passes for the DynamoDB store', async () => {
		const client = moto.dynamodb();
		const TableName = await moto.table();
		await checkpointStoreContract({
			open: () => dynamoCheckpoint({ client, TableName, key: 'audit', leaseMs: 1_000 }),
			leaseMs: 1_000,
			corrupt: async () => void (await client.send(new PutItemCommand({ TableName, Item: { pk: { S: 'audit' }, sk: { S: 'checkpoint' }, doc: { S: 'garbage' }, version: { N: '9' } } }))),
		});
	}, 30_000);

});

describe.skipIf(motoMissing !== undefined)('jobs on S3 and DynamoDB checkpoints', () => {
	it.each(['s3', 'dynamodb'] as const)('a job on %s runs in chunks to the end, each model once, its failures kept and redriven', async (kind) => {
		const checkpoint = kind === 's3' ? s3Checkpoint({ client: moto.s3(), Bucket: await moto.bucket(), Key: 'jobs/audit.json' }) : dynamoCheckpoint({ client: moto.dynamodb(), TableName: await moto.table(), key: 'audit' });
		const client = bedrock();
		const seen: string[] = [];
		for (let run = 0; run < 10; run++) {
			const summary = await processCustomModels(client, {}, (model) => {
				seen.push(model.modelArn ?? '');
				if (model.modelStatus === 'Failed') throw new Error('failed model');
			}, { checkpoint, onError: 'continue', pagination: { MaxItems: 120 } });
			if (summary.complete) break;
		}
		expect(seen.sort()).toEqual(local.models().map((model) => model.modelArn).sort());
		const failed = local.models().filter((model) => model.modelStatus === 'Failed').map((model) => model.modelArn);
		const redriven: string[] = [];
		const redrive = await processCustomModels(client, {}, (model) => void redriven.push(model.modelArn ?? ''), { checkpoint, redrive: true });
		expect(redriven.sort()).toEqual(failed.sort());
		expect(redrive).toMatchObject({ mode: 'redrive', failed: 0, openFailures: 0 });
		client.destroy();
	}, 60_000);
});

describe.skipIf(motoMissing !== undefined)("the store's errors are typed and say what to do", () => {
	it('a foreign object where the checkpoint is, naming s3://bucket/key, and a damaged item, naming dynamodb://table/key', async () => {
		const Bucket = await moto.bucket();
		await moto.s3().send(new PutObjectCommand({ Bucket, Key: 'jobs/x.json', Body: '{"some":"other program"}' }));
		await expect(processCustomModels(bedrock(), {}, () => {}, { checkpoint: s3Checkpoint({ client: moto.s3(), Bucket, Key: 'jobs/x.json' }) })).rejects.toMatchObject({
			name: 'CheckpointCorruptError',
			location: `s3://${Bucket}/jobs/x.json`,
			message: expect.stringContaining(`s3://${Bucket}/jobs/x.json`),
		});
		const TableName = await moto.table();
		await moto.dynamodb().send(new PutItemCommand({ TableName, Item: { pk: { S: 'x' }, sk: { S: 'checkpoint' }, doc: { S: 'not json' }, version: { N: '1' } } }));
		await expect(processCustomModels(bedrock(), {}, () => {}, { checkpoint: dynamoCheckpoint({ client: moto.dynamodb(), TableName, key: 'x' }) })).rejects.toMatchObject({
			name: 'CheckpointCorruptError',
			location: `dynamodb://${TableName}/x`,
		});
	});

	it('a missing bucket', async () => {
		const store = s3Checkpoint({ client: moto.s3(), Bucket: 'no-such-bucket-here', Key: 'job.json' });
		const error = await processCustomModels(bedrock(), {}, () => {}, { checkpoint: store }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointWriteError);
		expect(error).toMatchObject({ code: 'NoSuchBucket', location: 's3://no-such-bucket-here/job.json' });
		expect((error as Error).message).toMatch(/The bucket does not exist: create it, or fix `Bucket`/);
	});

	it('a missing table', async () => {
		const store = dynamoCheckpoint({ client: moto.dynamodb(), TableName: 'no-such-table', key: 'audit' });
		const error = await processCustomModels(bedrock(), {}, () => {}, { checkpoint: store }).catch((e: unknown) => e);
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'ResourceNotFoundException', location: 'dynamodb://no-such-table/audit' });
		expect((error as Error).message).toMatch(/aws dynamodb create-table --table-name/);
	});

	it('access denied, naming the permissions needed', async () => {
		const client = moto.s3();
		const denied = Object.assign(Object.create(client) as typeof client, {
			send: async () => {
				throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
			},
		});
		const error = await processCustomModels(bedrock(), {}, () => {}, { checkpoint: s3Checkpoint({ client: denied, Bucket: 'some-bucket', Key: 'k' }) }).catch((e: unknown) => e);
		expect(error).toMatchObject({ name: 'CheckpointWriteError', code: 'AccessDenied' });
		expect((error as Error).message).toMatch(/s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket/);
	});

	it('a throttled PUT (503 SlowDown) is retried with the job\'s retry policy', async () => {
		const client = moto.s3();
		const Bucket = await moto.bucket();
		let slowDowns = 0;
		const throttled = Object.assign(Object.create(client) as typeof client, {
			send: (command: { constructor: { name: string } }, options?: unknown) => {
				if (command.constructor.name === 'PutObjectCommand' && slowDowns < 3) {
					slowDowns++;
					return Promise.reject(Object.assign(new Error('Please reduce your request rate.'), { name: 'SlowDown', $metadata: { httpStatusCode: 503 } }));
				}
				return client.send(command as never, options as never);
			},
		});
		const summary = await processCustomModels(bedrock(), {}, () => {}, { checkpoint: s3Checkpoint({ client: throttled, Bucket, Key: 'k' }), pagination: { MaxItems: 10 }, retry: { minTimeout: 1, maxTimeout: 5 } });
		expect(slowDowns).toBe(3);
		expect(summary).toMatchObject({ handled: 10 });
	});
});
