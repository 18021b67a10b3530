/**
 * moto (the Python AWS emulator) serving S3 and DynamoDB on loopback, for the remote checkpoint stores. Tests
 * that need it skip with `motoMissing` as their reason where `python3 -c 'import moto'` fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

const probe = spawnSync('python3', ['-c', 'import moto, werkzeug; print(moto.__version__)'], { encoding: 'utf8' });
export const motoMissing = probe.status === 0 ? undefined : `python3 with moto not found (${(probe.stderr || probe.error?.message || '').trim().split('\n').at(-1)})`;

const SERVE = fileURLToPath(new URL('./serve_moto.py', import.meta.url));
const credentials = { accessKeyId: 'AKIDMOTO', secretAccessKey: 'moto-secret' };

export interface Moto {
	readonly endpoint: string;
	s3(): S3Client;
	dynamodb(): DynamoDBClient;
	/** A new bucket of its own. */
	bucket(): Promise<string>;
	/** A new table of its own, laid out as `dynamoCheckpoint` documents (`pk`, `sk`). */
	table(): Promise<string>;
	stop(): Promise<void>;
}

export async function startMoto(): Promise<Moto> {
	const child: ChildProcess = spawn('python3', [SERVE], { stdio: ['ignore', 'pipe', 'ignore'] });
	const port = await new Promise<number>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`moto exited with ${code}`)));
		child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
	});
	const endpoint = `http://127.0.0.1:${port}`;
	const clients: { destroy(): void }[] = [];
	const s3 = () => {
		const client = new S3Client({ endpoint, region: 'us-east-1', credentials, forcePathStyle: true });
		clients.push(client);
		return client;
	};
	const dynamodb = () => {
		const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials });
		clients.push(client);
		return client;
	};
	return {
		endpoint,
		s3,
		dynamodb,
		async bucket() {
			const name = `state-${randomBytes(4).toString('hex')}`;
			await s3().send(new CreateBucketCommand({ Bucket: name }));
			return name;
		},
		async table() {
			const name = `job-state-${randomBytes(4).toString('hex')}`;
			await dynamodb().send(
				new CreateTableCommand({
					TableName: name,
					AttributeDefinitions: [
						{ AttributeName: 'pk', AttributeType: 'S' },
						{ AttributeName: 'sk', AttributeType: 'S' },
					],
					KeySchema: [
						{ AttributeName: 'pk', KeyType: 'HASH' },
						{ AttributeName: 'sk', KeyType: 'RANGE' },
					],
					BillingMode: 'PAY_PER_REQUEST',
				}),
			);
			return name;
		},
		async stop() {
			for (const client of clients) client.destroy();
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		},
	};
}
