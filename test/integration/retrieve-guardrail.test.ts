/**
 * Retrieve's `guardrailAction` (botocore's non-aggregate key) beside boto3's `build_full_result()` over the local
 * endpoint: present (NONE, INTERVENED) or absent from the responses, for the whole listing, a cut at MaxItems
 * inside a page and a resume from boto3's token: the same keys in the same order, the same verdict (null where
 * boto3 has None), the same items and token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BedrockAgentRuntimeClient } from '@aws-sdk/client-bedrock-agent-runtime';
import { buildRetrieveResult } from '../../src/clients/agent-runtime/index.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { botoMissing, botoPaginate, endBotoPaginate, type BotoCase } from '../support/python.js';
import { plainItem } from '../support/side-by-side.js';

const KEY = 'bedrock-agent-runtime:Retrieve';
const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);
let local: LocalBedrock;
let client: BedrockAgentRuntimeClient;

beforeAll(async () => {
	if (botoMissing !== undefined) return;
	local = await startLocalBedrock({ seed: 21, items: { [KEY]: 7 } });
	client = new BedrockAgentRuntimeClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
});
afterAll(async () => {
	client?.destroy();
	endBotoPaginate();
	await local?.close();
});

/** The request: three results a page (the endpoint's numberOfResults), with or without a guardrail. */
function retrieveInput(guardrailId: string | undefined): Record<string, unknown> {
	return {
		...local.pathParameters(KEY),
		retrievalQuery: { text: 'refund policy' },
		retrievalConfiguration: { vectorSearchConfiguration: { numberOfResults: 3 } },
		...(guardrailId === undefined ? {} : { guardrailConfiguration: { guardrailId, guardrailVersion: 'DRAFT' } }),
	};
}

/** Our full result in boto3's terms: its keys in order, the members besides items and token, items as plain JSON. */
async function ours(input: Record<string, unknown>, pagination: Omit<BotoCase['pagination'], 'PageSize'>) {
	const result = (await buildRetrieveResult(client, input as never, pagination)) as unknown as Record<string, unknown>;
	const others = Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'retrievalResults' && key !== 'NextToken'));
	return { keys: Object.keys(result), others, items: (result['retrievalResults'] as unknown[]).map(plainItem), NextToken: (result['NextToken'] as string | undefined) ?? null };
}

async function theirs(input: Record<string, unknown>, pagination: BotoCase['pagination']) {
	const [answer] = await botoPaginate([
		{ endpoint: local.endpoint, service: 'bedrock-agent-runtime', operation: 'Retrieve', resultKey: 'retrievalResults', idPath: null, filters: input, pagination, wholeResult: true },
	]);
	if (answer === undefined || 'error' in answer) throw new Error(`boto3 failed: ${JSON.stringify(answer)}`);
	return { keys: answer.keys, others: answer.others, items: answer.arns, NextToken: answer.NextToken };
}

describe.skipIf(botoMissing !== undefined)("Retrieve's guardrailAction beside boto3's build_full_result()", () => {
	it.each([
		['no guardrail (no guardrailAction in the responses)', undefined, null],
		['a guardrail that lets the query through', 'refundguard', 'NONE'],
		['a guardrail that intervenes', 'intervene', 'INTERVENED'],
	] as const)(title('%s: the same full result whole, cut at MaxItems inside a page, and resumed from the token'), async (_, guardrailId, verdict) => {
		const input = retrieveInput(guardrailId);
		const whole = await theirs(input, {});
		expect(whole.keys).toEqual(['retrievalResults', 'guardrailAction']);
		expect(whole.others).toEqual({ guardrailAction: verdict });
		expect(await ours(input, {})).toEqual(whole);

		const cut = await theirs(input, { MaxItems: 4 });
		expect(cut.keys).toEqual(['retrievalResults', 'guardrailAction', 'NextToken']);
		expect(await ours(input, { MaxItems: 4 })).toEqual(cut);

		const rest = await theirs(input, { StartingToken: cut.NextToken as string });
		expect(rest.items).toHaveLength(3);
		expect(await ours(input, { StartingToken: cut.NextToken as string })).toEqual(rest);
	});
});
