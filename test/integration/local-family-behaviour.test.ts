/**
 * What the other clients' operations share with the control plane's on the local endpoint: faults and throttling
 * (over HTTP/2 as well), tokens bound to their request, keyset pages across a deletion, and the services'
 * answers to bodies the SDKs would never send (missing members, wrong types, no JSON).
 */
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { familyClient, familyCommand } from '../support/family.js';

let local: LocalBedrock | undefined;
afterEach(async () => {
	await local?.close();
	local = undefined;
});

function post(endpoint: string, path: string, body: string): Promise<{ status: number; type: string | undefined; message: string }> {
	return new Promise((resolve, reject) => {
		const request = httpRequest(`${endpoint}${path}`, { method: 'POST', headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIDLOCAL/20260101/us-east-1/bedrock/aws4_request', 'content-type': 'application/json' } }, (response) => {
			let text = '';
			response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['x-amzn-errortype'] as string | undefined, message: (JSON.parse(text) as { message: string }).message }));
		});
		request.on('error', reject);
		request.end(body);
	});
}

describe('local endpoint: the other clients, beyond one page', () => {
	it('retries through scripted 503 and 429 to the page, and counts each answer', async () => {
		local = await startLocalBedrock({ faults: { script: [{ request: 1, fault: 503 }, { request: 2, fault: 429 }] } });
		const client = familyClient(local, 'bedrock-agent', { maxAttempts: 3 });
		const page = await client.send(familyCommand('bedrock-agent', 'ListAgents', { maxResults: 2 }));
		client.destroy();
		expect(page['agentSummaries']).toHaveLength(2);
		expect(local.requestCounts.byStatus).toEqual({ 503: 1, 429: 1, 200: 1 });
	});

	it('sends a throttle and an unreadable page over HTTP/2 to the runtime client', async () => {
		local = await startLocalBedrock({ faults: { script: [{ request: 1, fault: 429 }, { request: 2, fault: 'malformed' }] } });
		const client = familyClient(local, 'bedrock-runtime');
		const send = () => client.send(familyCommand('bedrock-runtime', 'ListAsyncInvokes', { maxResults: 2 })).then(() => undefined, (error: Error) => error);
		expect((await send())?.name).toBe('ThrottlingException');
		expect(await send()).toBeInstanceOf(Error);
		const page = await client.send(familyCommand('bedrock-runtime', 'ListAsyncInvokes', { maxResults: 2 }));
		client.destroy();
		expect(page['asyncInvokeSummaries']).toHaveLength(2);
		expect(local.requests.map((entry) => entry.status)).toEqual([429, 200, 200]);
	});

	it("refuses one operation's token on another, and continues after a page's last item even if it was deleted", async () => {
		local = await startLocalBedrock({ seed: 4 });
		const client = familyClient(local, 'bedrock-agent');
		const send = (operation: string, input: Record<string, unknown>) => client.send(familyCommand('bedrock-agent', operation, input));
		const first = await send('ListKnowledgeBases', { maxResults: 3 });
		const refused = await send('ListAgents', { maxResults: 3, nextToken: first['nextToken'] }).then(() => undefined, (error: Error) => error);
		expect(refused?.name).toBe('ValidationException');
		expect(refused?.message).toBe('The provided pagination token is invalid or does not belong to this request.');

		const ids = local.items('bedrock-agent:ListKnowledgeBases').map((item) => item['knowledgeBaseId']);
		expect(local.deleteItem('bedrock-agent:ListKnowledgeBases', ids[2] as string)).toBe(true);
		const second = await send('ListKnowledgeBases', { maxResults: 3, nextToken: first['nextToken'] });
		client.destroy();
		expect((second['knowledgeBaseSummaries'] as { knowledgeBaseId: string }[]).map((item) => item.knowledgeBaseId)).toEqual(ids.slice(3, 6));
	});

	it('answers bodies no SDK sends as the services do: missing members, wrong types, no JSON', async () => {
		local = await startLocalBedrock();
		expect(await post(local.endpoint, '/rerank', '{}')).toEqual({
			status: 400,
			type: expect.stringMatching(/^ValidationException/),
			message:
				"3 validation errors detected: Value null at 'queries' failed to satisfy constraint: Member must not be null; " +
				"Value null at 'rerankingConfiguration' failed to satisfy constraint: Member must not be null; " +
				"Value null at 'sources' failed to satisfy constraint: Member must not be null",
		});
		expect(await post(local.endpoint, '/agents/', '{"maxResults":"ten"}')).toMatchObject({
			status: 400,
			message: "1 validation error detected: Value 'ten' at 'maxResults' failed to satisfy constraint: Member must be an integer",
		});
		expect(await post(local.endpoint, '/agents/', '{"maxResults":')).toEqual({ status: 400, type: 'SerializationException', message: 'The request body is not a JSON object.' });
		expect(await post(local.endpoint, '/agents/', '')).toMatchObject({ status: 200 });
	});
});
