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
	const location = `dynamodb://${TableName}/${key}`;
	const call = <T>(task: string, send: () => Promise<T>) => send().catch((error: unknown) => Promise.reject(storeError(error, { location, task, service: 'dynamodb' })));
	const itemKey = (sk: string): Record<string, AttributeValue> => ({ pk: { S: key }, sk: { S: sk } });
	const conditional = async (task: string, send: () => Promise<unknown>) => {
		try {
			await call(task, send);
			return true;
		} catch (error) {
			if ((error as { name?: unknown }).name === 'ConditionalCheckFailedException') return false;
			throw error;
		}
	};
	const document: VersionedDocument = {
		location,
		async read() {
			const { Item } = await call('read', () => client.send(new GetItemCommand({ TableName, Key: itemKey(CHECKPOINT_SK), ConsistentRead: true })));
			return Item === undefined ? undefined : { body: Item['doc']?.S ?? '', version: Item['version']?.N ?? '0' };
		},
		async create(body) {
			const item = { ...itemKey(CHECKPOINT_SK), doc: { S: body }, version: { N: '1' } };
			return (await conditional('write', () => client.send(new PutItemCommand({ TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' })))) ? '1' : CONFLICT;
		},
		async replace(body, version) {
			const next = String(Number(version) + 1);
			const item = { ...itemKey(CHECKPOINT_SK), doc: { S: body }, version: { N: next } };
			const written = await conditional('write', () =>
				client.send(new PutItemCommand({ TableName, Item: item, ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': { N: version } } })),
			);
			return written ? next : CONFLICT;
		},
		remove: (version) =>
			conditional('delete', () =>
				client.send(new DeleteItemCommand({ TableName, Key: itemKey(CHECKPOINT_SK), ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': { N: version } } })),
			),
	};
	const shelf: ObjectShelf = {
		maxBytes: MAX_FAILURE_ITEM_BYTES,
		async put(name, body) {
			await call('write a failure batch', () => client.send(new PutItemCommand({ TableName, Item: { ...itemKey(FAILURES_SK + name), doc: { S: body } } })));
		},
		async get(name) {
			const { Item } = await call('read a failure batch', () => client.send(new GetItemCommand({ TableName, Key: itemKey(FAILURES_SK + name), ConsistentRead: true })));
			return Item?.['doc']?.S;
		},
		async list() {
			const names: string[] = [];
			let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
			do {
				const page = await call('list the failures', () =>
					client.send(
						new QueryCommand({
							TableName,
							KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
							ExpressionAttributeValues: { ':pk': { S: key }, ':prefix': { S: FAILURES_SK } },
							ProjectionExpression: 'sk',
							ConsistentRead: true,
							ExclusiveStartKey,
						}),
					),
				);
				for (const item of page.Items ?? []) if (item['sk']?.S !== undefined) names.push(item['sk'].S.slice(FAILURES_SK.length));
				ExclusiveStartKey = page.LastEvaluatedKey;
			} while (ExclusiveStartKey !== undefined);
			return names;
		},
		async remove(names) {
			for (const name of names) await call('remove stale failure batches', () => client.send(new DeleteItemCommand({ TableName, Key: itemKey(FAILURES_SK + name) })));
		},
	};
	return leasedCheckpoint(document, shelf, { leaseMs: readLeaseMs(options.leaseMs, 'dynamoCheckpoint') });
}
