/**
 * A scripted service for any operation of the further clients: a list of items served in pages with offset
 * tokens `tok-<offset>`, under the operation's own token, limit and result keys, recording every request.
 */
export interface FamilyService {
	send(command: { input: object }): Promise<unknown>;
	/** Every request's input, copied as it was sent. */
	readonly requests: Record<string, unknown>[];
}

export interface FamilyServiceSpec {
	/** Members of the response besides the items and the token, by the offset of the page asked for. */
	wholeListing?: (offset: number) => Record<string, unknown>;
	readonly resultKey: string;
	/** The request member that limits a page; none for operations without one. */
	readonly limitKey?: string;
	/** @default 'nextToken' */
	readonly tokenKey?: string;
	/** What the service returns when no limit is sent. @default 3 */
	readonly servicePageSize?: number;
}

export function familyService(items: readonly unknown[], spec: FamilyServiceSpec): FamilyService {
	const requests: Record<string, unknown>[] = [];
	const tokenKey = spec.tokenKey ?? 'nextToken';
	return {
		requests,
		async send(command) {
			const input = command.input as Record<string, unknown>;
			requests.push(structuredClone(input));
			const token = input[tokenKey];
			const offset = typeof token === 'string' ? Number(token.replace(/^tok-/, '')) : 0;
			const limit = spec.limitKey === undefined ? undefined : input[spec.limitKey];
			const size = typeof limit === 'number' ? limit : (spec.servicePageSize ?? 3);
			const page = items.slice(offset, offset + size);
			const end = offset + page.length;
			const whole = spec.wholeListing?.(offset) ?? {};
			return { $metadata: { httpStatusCode: 200 }, [spec.resultKey]: page, ...whole, ...(end < items.length ? { [tokenKey]: `tok-${end}` } : {}) };
		},
	};
}

/** A NextToken's JSON, as botocore writes it before base64 (to read a token in a test). */
export const tokenJson = (token: string | undefined) => (token === undefined ? undefined : Buffer.from(token, 'base64').toString('utf8'));

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const value of iterable) out.push(value);
	return out;
}
