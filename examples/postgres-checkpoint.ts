// A checkpoint store of your own, in a PostgreSQL row, held by lease and fenced like the S3 and DynamoDB ones:
// `leasedCheckpoint` needs only a document it can replace conditionally and a shelf for the failures.
// Tables:
//   CREATE TABLE checkpoints (key text PRIMARY KEY, doc text NOT NULL, version bigint NOT NULL);
//   CREATE TABLE checkpoint_failures (key text NOT NULL, name text NOT NULL, doc text NOT NULL, PRIMARY KEY (key, name));
// The test suite checks it with the conformance kit (bedrock-paginators/testing).
import type { Pool } from 'pg';
import { CONFLICT, leasedCheckpoint, type ObjectShelf, type VersionedDocument } from 'bedrock-paginators/lease';

export function postgresCheckpoint(pool: Pool, key: string, leaseMs = 30_000) {
	const document: VersionedDocument = {
		location: `postgres://checkpoints/${key}`,
		async read() {
			const { rows } = await pool.query('SELECT doc, version FROM checkpoints WHERE key = $1', [key]);
			return rows[0] === undefined ? undefined : { body: rows[0].doc as string, version: String(rows[0].version) };
		},
		async create(body) {
			const { rowCount } = await pool.query('INSERT INTO checkpoints (key, doc, version) VALUES ($1, $2, 1) ON CONFLICT (key) DO NOTHING', [key, body]);
			return rowCount === 1 ? '1' : CONFLICT;
		},
		async replace(body, version) {
			const { rowCount } = await pool.query('UPDATE checkpoints SET doc = $2, version = version + 1 WHERE key = $1 AND version = $3', [key, body, version]);
			return rowCount === 1 ? String(Number(version) + 1) : CONFLICT;
		},
		async remove(version) {
			const { rowCount } = await pool.query('DELETE FROM checkpoints WHERE key = $1 AND version = $2', [key, version]);
			return rowCount === 1;
		},
	};
	const shelf: ObjectShelf = {
		maxBytes: Number.POSITIVE_INFINITY,
		async put(name, body) {
			await pool.query('INSERT INTO checkpoint_failures (key, name, doc) VALUES ($1, $2, $3) ON CONFLICT (key, name) DO UPDATE SET doc = EXCLUDED.doc', [key, name, body]);
		},
		async get(name) {
			const { rows } = await pool.query('SELECT doc FROM checkpoint_failures WHERE key = $1 AND name = $2', [key, name]);
			return rows[0]?.doc as string | undefined;
		},
		async list() {
			const { rows } = await pool.query('SELECT name FROM checkpoint_failures WHERE key = $1', [key]);
			return rows.map((row) => row.name as string);
		},
		async remove(names) {
			for (const name of names) await pool.query('DELETE FROM checkpoint_failures WHERE key = $1 AND name = $2', [key, name]);
		},
	};
	return leasedCheckpoint(document, shelf, { leaseMs });
}
