/**
 * A checkpoint in a DynamoDB table, held by lease and fenced with condition expressions on a version
 * attribute. The table has a string partition key `pk` and a string sort key `sk`: the checkpoint is the item
 * (`pk` = the job's key, `sk` = `checkpoint`), its failures the items (`pk` = the key, `sk` =
 * `failures#<batch>`), so one table holds the checkpoints of many jobs. Each item's JSON is in `doc`, the
 * checkpoint's version in `version`.
 */
import {
	DeleteItemCommand,
	GetItemCommand,
	PutItemCommand,
	QueryCommand,
	type AttributeValue,
	type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { leasedCheckpoint, readLeaseMs, type LeasedCheckpointStore, type LeaseOptions } from '../lease/leased-checkpoint.js';
import { CONFLICT, type ObjectShelf, type VersionedDocument } from '../lease/remote-parts.js';
import { storeError } from '../lease/store-errors.js';
import { checkStoreOptions } from '../lease/store-options.js';

export interface DynamoCheckpointOptions extends LeaseOptions {
	/** The DynamoDB client to use (its region and credentials). */
	readonly client: DynamoDBClient;
	/** A table with a string partition key `pk` and a string sort key `sk` (see the README for `create-table`). */
	readonly TableName: string;
	/** The job's key in the table (the value of `pk`). */
	readonly key: string;
}

const CHECKPOINT_SK = 'checkpoint';
const FAILURES_SK = 'failures#';
/** What one failure item may hold: DynamoDB's item limit is 400 KB, keys and attribute names included. */
const MAX_FAILURE_ITEM_BYTES = 350_000;

/**
 * @example
 * const checkpoint = dynamoCheckpoint({ client: new DynamoDBClient({}), TableName: 'job-state', key: 'audit' });
 * await processCustomModels(bedrock, {}, audit, { checkpoint });
 */
export function dynamoCheckpoint(options: DynamoCheckpointOptions): LeasedCheckpointStore {
	const { client, TableName, key } = options ?? {};
	checkStoreOptions('dynamoCheckpoint', 'DynamoDBClient', client, { TableName, key });
	const table: JobItems = { client, TableName, key, location: `dynamodb://${TableName}/${key}` };
	return leasedCheckpoint(checkpointDocument(table), failureShelf(table), { leaseMs: readLeaseMs(options.leaseMs, 'dynamoCheckpoint') });
}

/** The items of one job in one table, and the location its errors name. */
interface JobItems {
	readonly client: DynamoDBClient;
	readonly TableName: string;
	readonly key: string;
	readonly location: string;
}

/** Sends one request; a failure becomes a store error naming the task and the job's location. */
function call<T>(table: JobItems, task: string, send: () => Promise<T>): Promise<T> {
	return send().catch((error: unknown) => Promise.reject(storeError(error, { location: table.location, task, service: 'dynamodb' })));
}

/** Sends a conditional write: false when its condition did not hold (another run got there first). */
async function conditional(table: JobItems, task: string, send: () => Promise<unknown>): Promise<boolean> {
	try {
		await call(table, task, send);
		return true;
	} catch (error) {
		if ((error as { name?: unknown }).name === 'ConditionalCheckFailedException') return false;
		throw error;
	}
}

function itemKey(table: JobItems, sk: string): Record<string, AttributeValue> {
	return { pk: { S: table.key }, sk: { S: sk } };
}

/** A condition that the checkpoint item still has `version`: the fence between two runs. */
function atVersion(version: string) {
	return { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': { N: version } } };
}

/** The checkpoint item, versioned by its `version` attribute. */
function checkpointDocument(table: JobItems): VersionedDocument {
	const { client, TableName } = table;
	const checkpointKey = () => itemKey(table, CHECKPOINT_SK);
	return {
		location: table.location,
		async read() {
			const { Item } = await call(table, 'read', () => client.send(new GetItemCommand({ TableName, Key: checkpointKey(), ConsistentRead: true })));
			return Item === undefined ? undefined : { body: Item['doc']?.S ?? '', version: Item['version']?.N ?? '0' };
		},
		async create(body) {
			const Item = { ...checkpointKey(), doc: { S: body }, version: { N: '1' } };
			return (await conditional(table, 'write', () => client.send(new PutItemCommand({ TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' })))) ? '1' : CONFLICT;
		},
		async replace(body, version) {
			const next = String(Number(version) + 1);
			const Item = { ...checkpointKey(), doc: { S: body }, version: { N: next } };
			const written = await conditional(table, 'write', () => client.send(new PutItemCommand({ TableName, Item, ...atVersion(version) })));
			return written ? next : CONFLICT;
		},
		remove: (version) => conditional(table, 'delete', () => client.send(new DeleteItemCommand({ TableName, Key: checkpointKey(), ...atVersion(version) }))),
	};
}

/** The failure batches, one item each under the job's key. */
function failureShelf(table: JobItems): ObjectShelf {
	const { client, TableName } = table;
	return {
		maxBytes: MAX_FAILURE_ITEM_BYTES,
		async put(name, body) {
			await call(table, 'write a failure batch', () => client.send(new PutItemCommand({ TableName, Item: { ...itemKey(table, FAILURES_SK + name), doc: { S: body } } })));
		},
		async get(name) {
			const { Item } = await call(table, 'read a failure batch', () => client.send(new GetItemCommand({ TableName, Key: itemKey(table, FAILURES_SK + name), ConsistentRead: true })));
			return Item?.['doc']?.S;
		},
		list: () => failureBatchNames(table),
		async remove(names) {
			for (const name of names) await call(table, 'remove stale failure batches', () => client.send(new DeleteItemCommand({ TableName, Key: itemKey(table, FAILURES_SK + name) })));
		},
	};
}

/** The names of the job's failure batches, every page of the query read. */
async function failureBatchNames(table: JobItems): Promise<string[]> {
	const { client, TableName, key } = table;
	const names: string[] = [];
	let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
	do {
		const query = new QueryCommand({
			TableName,
			KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
			ExpressionAttributeValues: { ':pk': { S: key }, ':prefix': { S: FAILURES_SK } },
			ProjectionExpression: 'sk',
			ConsistentRead: true,
			ExclusiveStartKey,
		});
		const page = await call(table, 'list the failures', () => client.send(query));
		for (const item of page.Items ?? []) if (item['sk']?.S !== undefined) names.push(item['sk'].S.slice(FAILURES_SK.length));
		ExclusiveStartKey = page.LastEvaluatedKey;
	} while (ExclusiveStartKey !== undefined);
	return names;
}
