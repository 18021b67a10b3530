/** The local endpoint's one list handler, driven by the wire and collections tables, without HTTP. */
import { describe, expect, it } from 'vitest';
import { Collections } from '../src/local/collection-stores.js';
import { ListHandler, type ListOutcome } from '../src/local/list-handler.js';
import type { LocalModel } from '../src/local/model.js';
import { PageTokens, tokenSecret } from '../src/local/page-token.js';

const ACCOUNT = '123456789012';
const POLICY_ARN = `arn:aws:bedrock:us-east-1:${ACCOUNT}:automated-reasoning-policy/localpolicy1`;
const FOUNDATION = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1';

const model = (index: number, fields: Partial<LocalModel> = {}): LocalModel => ({
	modelArn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:custom-model/amazon.titan-text-express-v1/m${String(index).padStart(11, '0')}`,
	modelName: `model-${index}`,
	creationTime: new Date(Date.UTC(2025, 0, 1 + index)),
	baseModelArn: FOUNDATION,
	baseModelName: 'Titan Text G1 - Express',
	foundationModelArn: FOUNDATION,
	...fields,
});
const MODELS = Array.from({ length: 10 }, (_, index) => model(index, index % 3 === 0 ? { ownerAccountId: '210987654321' } : {}));
const GUARDRAILS = Array.from({ length: 5 }, (_, index) => ({ id: `g${index}`, arn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:guardrail/g${index}`, name: `guard-${index}`, createdAt: new Date(Date.UTC(2025, 5, 5 - index)) }));

function handler(): ListHandler {
	const collections = new Collections({ seed: 3, accountId: ACCOUNT, region: 'us-east-1', policyArn: POLICY_ARN, buildWorkflowId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', models: MODELS, items: { ListGuardrails: GUARDRAILS } });
	return new ListHandler(collections, new PageTokens(tokenSecret(3)), ACCOUNT);
}
const lists = handler();
const list = (operation: string, query = '', pathParams: Record<string, string> = {}): ListOutcome => lists.list(operation, pathParams, new URLSearchParams(query));

function page(outcome: ListOutcome): { items: Record<string, unknown>[]; nextToken: string | undefined } {
	if (!outcome.ok) throw new Error(`expected a page, got ${outcome.status} ${outcome.message}`);
	const { nextToken, ...rest } = outcome.body as { nextToken?: string };
	return { items: Object.values(rest)[0] as Record<string, unknown>[], nextToken };
}

/** Every item of a listing, page by page, following nextToken. */
function everything(operation: string, query: string): unknown[] {
	const items: unknown[] = [];
	let token: string | undefined;
	do {
		const next = page(list(operation, token === undefined ? query : `${query}&nextToken=${encodeURIComponent(token)}`));
		items.push(...next.items);
		token = next.nextToken;
	} while (token !== undefined);
	return items;
}

describe('the list handler', () => {
	it('lists a sortable collection newest first by default and oldest first when asked, page by page without gap or repeat', () => {
		const newestFirst = MODELS.map((m) => m.modelArn).reverse();
		expect(everything('ListCustomModels', 'maxResults=3').map((m) => (m as LocalModel).modelArn)).toEqual(newestFirst);
		expect(everything('ListCustomModels', 'maxResults=4&sortOrder=Ascending').map((m) => (m as LocalModel).modelArn)).toEqual([...newestFirst].reverse());
	});

	it('lists a collection that takes no order oldest first, ignoring a sortOrder it does not define', () => {
		const oldestFirst = [...GUARDRAILS].reverse().map((g) => g.arn);
		expect(everything('ListGuardrails', 'maxResults=2').map((g) => (g as { arn: string }).arn)).toEqual(oldestFirst);
		expect(everything('ListGuardrails', 'maxResults=2&sortOrder=Descending').map((g) => (g as { arn: string }).arn)).toEqual(oldestFirst);
	});

	it('shows the wire fields of its table entry: a custom model without its foundation model, its time as RFC 3339', () => {
		const [first] = page(list('ListCustomModels', 'maxResults=1&sortOrder=Ascending')).items;
		expect(Object.keys(first ?? {})).toEqual(['modelArn', 'modelName', 'creationTime', 'baseModelArn', 'baseModelName', 'ownerAccountId']);
		expect(JSON.stringify(first?.['creationTime'])).toBe('"2025-01-01T00:00:00.000Z"');
	});

	it('applies filters with the API meaning, and ends the last page without a nextToken', () => {
		const owned = page(list('ListCustomModels', 'isOwned=true&maxResults=100'));
		expect(owned.items.map((m) => m['modelName'])).toEqual(['model-8', 'model-7', 'model-5', 'model-4', 'model-2', 'model-1']);
		expect(owned.nextToken).toBeUndefined();
		expect(page(list('ListGuardrails', 'guardrailIdentifier=g2')).items.map((g) => g['id'])).toEqual(['g2']);
	});

	it('refuses a request that fails validation with AWS message', () => {
		expect(list('ListCustomModels', 'maxResults=0')).toEqual({
			ok: false,
			status: 400,
			type: 'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
			message: "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
		});
	});

	it('refuses a forged token, and a token made for another filter', () => {
		const refused = { ok: false, status: 400, message: 'The provided pagination token is invalid or does not belong to this request.' };
		expect(list('ListCustomModels', 'nextToken=v1.forged.token')).toMatchObject(refused);
		const { nextToken = '' } = page(list('ListCustomModels', 'maxResults=2'));
		expect(page(list('ListCustomModels', `maxResults=2&nextToken=${encodeURIComponent(nextToken)}`)).items).toHaveLength(2);
		expect(list('ListCustomModels', `maxResults=2&isOwned=true&nextToken=${encodeURIComponent(nextToken)}`)).toMatchObject(refused);
		expect(list('ListImportedModels', `maxResults=2&nextToken=${encodeURIComponent(nextToken)}`)).toMatchObject(refused);
	});

	it('lists under a policy that exists, and answers 404 naming one that does not', () => {
		expect(page(list('ListAutomatedReasoningPolicyTestCases', 'maxResults=100', { policyArn: POLICY_ARN })).items).toHaveLength(20);
		const other = POLICY_ARN.replace('localpolicy1', 'abcdefabcdef');
		expect(list('ListAutomatedReasoningPolicyTestCases', '', { policyArn: other })).toEqual({
			ok: false,
			status: 404,
			type: 'ResourceNotFoundException',
			message: `The resource ${other} does not exist.`,
		});
	});

	it('makes an unreadable one-item page from the first stored item', () => {
		expect(lists.unreadablePage('ListGuardrails')).toEqual({ guardrails: [{ ...GUARDRAILS[4], createdAt: '2024-01-01 00:00:00' }] });
	});

	it('names the operations it serves when asked for another', () => {
		expect(() => list('ListFoundationModels')).toThrow(/serves no operation "ListFoundationModels"; it serves ListCustomModels, /);
	});
});
