/**
 * The local endpoint keeps a connection open between requests, as AWS does: a listing through the real
 * BedrockClient reuses one socket for all its pages instead of connecting again for each.
 */
import { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { paginateListCustomModels } from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 50, seed: 4 });
});
afterAll(() => local.close());

it('serves every page of a listing on one connection', async () => {
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const connections: Socket[] = [];
	agent.on('free', (socket: Socket) => {
		if (!connections.includes(socket)) connections.push(socket);
	});
	const client = new BedrockClient({
		endpoint: local.endpoint,
		region: local.region,
		credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
		requestHandler: { httpAgent: agent },
	});
	let pages = 0;
	// Pages apart by more than the time a socket waits in the pool before Node would drop it under a 1 s hint.
	for await (const _page of paginateListCustomModels(client, {}, { PageSize: 10 })) {
		pages++;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	client.destroy();
	agent.destroy();
	expect(pages).toBe(5);
	expect(connections).toHaveLength(1);
});
