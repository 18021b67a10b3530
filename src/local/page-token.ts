/**
 * The local endpoint's nextTokens: opaque, signed, bound to the query that produced them, and keyset-based.
 * A token names the last model of its page by (creation time, ARN), not by an offset, so models created or
 * deleted between two requests never make a later page skip or repeat a model that existed throughout.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ListQuery } from './query.js';

export interface Keyset {
	readonly time: number;
	readonly arn: string;
}

const VERSION = 'v1';

export class PageTokens {
	constructor(private readonly secret: Buffer = randomBytes(32)) {}

	/** A token that continues `query` after `last`. At most ~1.5 KB even for the longest ARN (the API allows 2048). */
	issue(query: ListQuery, last: Keyset): string {
		const body = Buffer.from(JSON.stringify([last.time, last.arn, fingerprint(query)]), 'utf8').toString('base64url');
		return `${VERSION}.${body}.${this.sign(body)}`;
	}

	/** The keyset a token continues after, or `undefined` when it was forged, altered or made for another query. */
	read(query: ListQuery, token: string): Keyset | undefined {
		const [version, body, signature] = token.split('.');
		if (version !== VERSION || body === undefined || signature === undefined) return undefined;
		const expected = Buffer.from(this.sign(body));
		const given = Buffer.from(signature);
		if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
		try {
			const [time, arn, print] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
			if (typeof time !== 'number' || typeof arn !== 'string' || print !== fingerprint(query)) return undefined;
			return { time, arn };
		} catch {
			return undefined;
		}
	}

	private sign(body: string): string {
		return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, 22);
	}
}

/** What a token is bound to: every filter and the order, but not maxResults (PageSize may change on resume). */
function fingerprint(query: ListQuery): string {
	const bound = [
		query.creationTimeBefore?.toISOString(),
		query.creationTimeAfter?.toISOString(),
		query.nameContains,
		query.baseModelArnEquals,
		query.foundationModelArnEquals,
		query.isOwned,
		query.modelStatus,
		query.sortBy,
		query.sortOrder,
	];
	return createHash('sha256').update(JSON.stringify(bound)).digest('base64url').slice(0, 16);
}
