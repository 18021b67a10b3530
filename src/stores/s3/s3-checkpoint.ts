/**
 * A checkpoint in an S3 object, for jobs on compute without a disk that lasts (Lambda, Fargate, CodeBuild) and
 * for several machines: held by lease and fenced with S3's conditional writes (`If-None-Match: *` to create,
 * `If-Match: <ETag>` to replace), its failures in objects beside it under `<Key>.failures/`.
 */
import { DeleteObjectCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { leasedCheckpoint, readLeaseMs, type LeasedCheckpointStore, type LeaseOptions } from '../lease/leased-checkpoint.js';
import { CONFLICT, type ObjectShelf, type VersionedDocument } from '../lease/remote-parts.js';
import { storeError } from '../lease/store-errors.js';
import { checkStoreOptions } from '../lease/store-options.js';

export interface S3CheckpointOptions extends LeaseOptions {
	/** The S3 client to use (its region and credentials). Use `forcePathStyle: true` for S3-compatible servers. */
	readonly client: S3Client;
	readonly Bucket: string;
	/** The checkpoint's object; its failures go under `<Key>.failures/`. */
	readonly Key: string;
}

/**
 * @example
 * const checkpoint = s3Checkpoint({ client: new S3Client({}), Bucket: 'ops-state', Key: 'jobs/audit.json' });
 * await processCustomModels(bedrock, {}, audit, { checkpoint, maxDuration: 14 * 60_000 });
 */
export function s3Checkpoint(options: S3CheckpointOptions): LeasedCheckpointStore {
	const { client, Bucket, Key } = options ?? {};
	checkStoreOptions('s3Checkpoint', 'S3Client', client, { Bucket, Key });
	const location = `s3://${Bucket}/${Key}`;
	const call = <T>(task: string, send: () => Promise<T>) => send().catch((error: unknown) => Promise.reject(storeError(error, { location, task, service: 's3' })));
	const document: VersionedDocument = {
		location,
		async read() {
			const object = await call('read', () => client.send(new GetObjectCommand({ Bucket, Key }))).catch(absentAs404);
			if (object === undefined) return undefined;
			return { body: (await object.Body?.transformToString('utf8')) ?? '', version: object.ETag ?? '' };
		},
		create: (body) => put(call, client, { Bucket, Key, Body: body, IfNoneMatch: '*' }),
		replace: (body, version) => put(call, client, { Bucket, Key, Body: body, IfMatch: version }),
		async remove(version) {
			const stored = await document.read();
			if (stored?.version !== version) return false;
			await call('delete', () => client.send(new DeleteObjectCommand({ Bucket, Key })));
			return true;
		},
	};
	const prefix = `${Key}.failures/`;
	const shelf: ObjectShelf = {
		maxBytes: Number.POSITIVE_INFINITY,
		async put(name, body) {
			await call('write a failure batch', () => client.send(new PutObjectCommand({ Bucket, Key: prefix + name, Body: body, ContentType: 'application/json' })));
		},
		async get(name) {
			const object = await call('read a failure batch', () => client.send(new GetObjectCommand({ Bucket, Key: prefix + name }))).catch(absentAs404);
			return object === undefined ? undefined : await object.Body?.transformToString('utf8');
		},
		async list() {
			const names: string[] = [];
			let ContinuationToken: string | undefined;
			do {
				const page = await call('list the failures', () => client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken })));
				for (const object of page.Contents ?? []) if (object.Key !== undefined) names.push(object.Key.slice(prefix.length));
				ContinuationToken = page.IsTruncated === true ? page.NextContinuationToken : undefined;
			} while (ContinuationToken !== undefined);
			return names;
		},
		async remove(names) {
			for (let start = 0; start < names.length; start += 1_000) {
				const Objects = names.slice(start, start + 1_000).map((name) => ({ Key: prefix + name }));
				await call('remove stale failure batches', () => client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } })));
			}
		},
	};
	return leasedCheckpoint(document, shelf, { leaseMs: readLeaseMs(options.leaseMs, 's3Checkpoint') });
}

/** A conditional PUT: the new ETag, or `CONFLICT` when the condition failed (412, or 409 for a write racing ours). */
async function put(call: <T>(task: string, send: () => Promise<T>) => Promise<T>, client: S3Client, input: ConstructorParameters<typeof PutObjectCommand>[0]): Promise<string | typeof CONFLICT> {
	try {
		const written = await call('write', () => client.send(new PutObjectCommand({ ...input, ContentType: 'application/json' })));
		return written.ETag ?? '';
	} catch (error) {
		if (isConflict(error)) return CONFLICT;
		throw error;
	}
}

function isConflict(error: unknown): boolean {
	const { name, code } = error as { name?: unknown; code?: unknown };
	return [name, code].some((value) => value === 'PreconditionFailed' || value === 'ConditionalRequestConflict' || value === 'NoSuchKey');
}

/** A missing object reads as none. */
function absentAs404(error: unknown): undefined {
	const { name, code } = error as { name?: unknown; code?: unknown };
	if (name === 'NoSuchKey' || code === 'NoSuchKey') return undefined;
	throw error;
}
