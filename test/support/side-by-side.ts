/**
 * The side-by-side check of one operation against boto3 over the local endpoint: the cut at MaxItems in the
 * middle of a page, the token (byte for byte), and resuming from it in both directions. Every case of a test
 * file goes to one Python process in two questions, however many operations it holds.
 */
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';
import { collectFullResult, paginate } from '../../src/index.js';
import type { SendClient } from '../../src/retry/types.js';
import { botoPaginate, type BotoCase } from './python.js';

export interface SideBySideCase {
	/** boto3's service name (`bedrock-agent`). */
	readonly service: string;
	readonly descriptor: AnyOperationDescriptor;
	readonly client: SendClient;
	/** The required members (path parameters and the like). */
	readonly input: Record<string, unknown>;
	readonly endpoint: string;
}

export interface Listed {
	readonly items: unknown[];
	readonly NextToken: string | null;
}

export interface SideBySideResult {
	readonly cutAt: number;
	/** boto3's whole listing. */
	readonly everything: Listed;
	readonly ourCut: Listed;
	readonly botoCut: Listed;
	/** boto3, started from our token. */
	readonly botoRestOfOurs: Listed;
	/** This library, started from boto3's token. */
	readonly ourRestOfBoto: Listed;
}

/** Four items a page and a cut after six: the cut falls inside the second page. Without a limit, the service's page. */
const cutOf = (d: AnyOperationDescriptor): BotoCase['pagination'] => (d.limitKey === undefined ? { MaxItems: 3 } : { MaxItems: 6, PageSize: 4 });
const resumeOf = (d: AnyOperationDescriptor, token: string | null): BotoCase['pagination'] => ({ ...(d.limitKey === undefined ? {} : { PageSize: 4 }), ...(token === null ? {} : { StartingToken: token }) });

/** An item as boto3's side gives it: times as epoch milliseconds, bytes as base64, no unset members. */
export function plainItem(value: unknown): unknown {
	if (value instanceof Date) return value.getTime();
	if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
	if (Array.isArray(value)) return value.map(plainItem);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined).map(([key, member]) => [key, plainItem(member)]));
	}
	return value;
}

async function ours(c: SideBySideCase, pagination: BotoCase['pagination']): Promise<Listed> {
	const result = (await collectFullResult(paginate(c.descriptor, c.client, c.input as never, pagination as never), c.descriptor.resultKey, undefined)) as Record<string, unknown>;
	return { items: ((result[c.descriptor.resultKey] ?? []) as unknown[]).map(plainItem), NextToken: (result['NextToken'] as string | undefined) ?? null };
}

function listed(answer: unknown, what: string): Listed {
	if (answer === undefined || (typeof answer === 'object' && answer !== null && 'error' in answer)) throw new Error(`boto3 failed for ${what}: ${JSON.stringify(answer)}`);
	const { arns, NextToken } = answer as { arns: unknown[]; NextToken: string | null };
	return { items: arns, NextToken };
}

export async function sideBySide(cases: readonly SideBySideCase[]): Promise<SideBySideResult[]> {
	const boto = (c: SideBySideCase, pagination: BotoCase['pagination']): BotoCase => ({
		endpoint: c.endpoint,
		service: c.service,
		operation: c.descriptor.operationName,
		resultKey: c.descriptor.resultKey,
		idPath: null,
		filters: c.input,
		pagination,
	});
	const first = await botoPaginate(cases.flatMap((c) => [boto(c, {}), boto(c, cutOf(c.descriptor))]));
	const ourCuts = await Promise.all(cases.map((c) => ours(c, cutOf(c.descriptor))));
	const rests = await botoPaginate(cases.map((c, i) => boto(c, resumeOf(c.descriptor, ourCuts[i]?.NextToken ?? null))));
	return Promise.all(
		cases.map(async (c, i) => {
			const what = `${c.service} ${c.descriptor.operationName}`;
			const botoCut = listed(first[2 * i + 1], what);
			return {
				cutAt: cutOf(c.descriptor).MaxItems as number,
				everything: listed(first[2 * i], what),
				ourCut: ourCuts[i] as Listed,
				botoCut,
				botoRestOfOurs: listed(rests[i], what),
				ourRestOfBoto: await ours(c, resumeOf(c.descriptor, botoCut.NextToken)),
			};
		}),
	);
}
