/**
 * The two primitives a checkpoint on a remote store needs, as S3 and DynamoDB both offer them: one document
 * replaced only by a writer who names its current version (a conditional write), and plain named objects for
 * the failures beside it.
 */

/** A document and the version that names it (S3's ETag, a DynamoDB version attribute). */
export interface Versioned {
	readonly body: string;
	readonly version: string;
}

/** What a conditional write that lost says: another writer changed (or created) the document first. */
export const CONFLICT = Symbol('the document changed');

export interface VersionedDocument {
	/** Names the document in messages: `s3://bucket/key`, `dynamodb://table/key`. */
	readonly location: string;
	/** The document as stored now (strongly consistent), or `undefined` when there is none. */
	read(): Promise<Versioned | undefined>;
	/** Creates the document if there is none; its new version, or `CONFLICT`. */
	create(body: string): Promise<string | typeof CONFLICT>;
	/** Replaces the document if it still has `version`; its new version, or `CONFLICT`. */
	replace(body: string, version: string): Promise<string | typeof CONFLICT>;
	/** Deletes the document if it still has `version` (true), or not (false). */
	remove(version: string): Promise<boolean>;
}

/** Named objects beside the document, for the failure log. */
export interface ObjectShelf {
	/** How large one object may be (DynamoDB's item limit); larger batches are split. */
	readonly maxBytes: number;
	put(name: string, body: string): Promise<void>;
	get(name: string): Promise<string | undefined>;
	/** Every name on the shelf. */
	list(): Promise<string[]>;
	remove(names: readonly string[]): Promise<void>;
}
