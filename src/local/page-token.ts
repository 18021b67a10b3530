/**
 * The local endpoint's nextTokens: opaque, signed, bound to the request that produced them, and keyset-based.
 * A token names the last item of its page by (time, id), not by an offset, so items created or deleted
 * between two requests never make a later page skip or repeat an item that existed throughout.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { ListQuery } from './query.js';
import type { Keyset } from './sorted-store.js';

const VERSION = 'v1';

/**
 * The key that signs an endpoint's tokens: from `tokenKey` when given, otherwise from the seed, so an endpoint
 * restarted with the same seed accepts the tokens of the one before (a resumed job continues from its token).
 */
export function tokenSecret(seed: number, tokenKey?: string): Buffer {
	const source = tokenKey === undefined ? `seed:${seed}` : `key:${tokenKey}`;
	return createHash('sha256').update(`bedrock-paginators local page tokens\n${source}`).digest();
}

export class PageTokens {
	constructor(private readonly secret: Buffer) {}

	/** A token that continues `query` of `operation` after `last`; well within the API's 2048 characters. */
	issue(operation: string, query: ListQuery, last: Keyset): string {
		const body = Buffer.from(JSON.stringify([last.time, last.id, fingerprint(operation, query)]), 'utf8').toString('base64url');
		return `${VERSION}.${body}.${this.sign(body)}`;
	}

	/** The keyset a token continues after, or `undefined` when it was forged, altered or made for another request. */
	read(operation: string, query: ListQuery, token: string): Keyset | undefined {
		const [version, body, signature] = token.split('.');
		if (version !== VERSION || body === undefined || signature === undefined) return undefined;
		const expected = Buffer.from(this.sign(body));
		const given = Buffer.from(signature);
		if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
		try {
			const [time, id, print] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
			if (typeof time !== 'number' || typeof id !== 'string' || print !== fingerprint(operation, query)) return undefined;
			return { time, id };
		} catch {
			return undefined;
		}
	}

	private sign(body: string): string {
		return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, 22);
	}
}

/** What a token is bound to: the operation, its path, every filter and the order; not maxResults (PageSize may change on resume). */
function fingerprint(operation: string, query: ListQuery): string {
	const filters = Object.entries(query.filters)
		.map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value])
		.sort(([a], [b]) => String(a).localeCompare(String(b)));
	const bound = [operation, query.scope, filters, query.sortOrder ?? null];
	return createHash('sha256').update(JSON.stringify(bound)).digest('base64url').slice(0, 16);
}
