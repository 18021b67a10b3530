/** The local endpoint's page tokens outlive a restart with the same seed (or key), and only then. */
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock, type LocalBedrockOptions } from '../src/local/index.js';

const open: LocalBedrock[] = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((local) => local.close()));
});

async function start(options: LocalBedrockOptions): Promise<LocalBedrock> {
	const local = await startLocalBedrock({ models: 30, ...options });
	open.push(local);
	return local;
}

/** One page of ListCustomModels, oldest first, as the wire shows it. */
async function page(local: LocalBedrock, nextToken?: string) {
	const query = new URLSearchParams({ maxResults: '10', sortOrder: 'Ascending', ...(nextToken === undefined ? {} : { nextToken }) });
	const response = await fetch(`${local.endpoint}/custom-models?${query}`, { headers: { authorization: 'Bearer local' } });
	const body = (await response.json()) as { modelSummaries?: { modelName: string }[]; nextToken?: string; message?: string };
	return { status: response.status, errorType: response.headers.get('x-amzn-errortype'), names: body.modelSummaries?.map((m) => m.modelName), nextToken: body.nextToken, message: body.message };
}

/** A token issued by a first endpoint, which is then closed. */
async function tokenOfStoppedEndpoint(options: LocalBedrockOptions): Promise<string> {
	const first = await start(options);
	const { nextToken } = await page(first);
	await first.close();
	open.splice(open.indexOf(first), 1);
	expect(nextToken).toBeTypeOf('string');
	return nextToken as string;
}

describe('the local endpoint page tokens across restarts', () => {
	it('accepts, after a restart with the same seed, the token of the endpoint before and serves the next page', async () => {
		const token = await tokenOfStoppedEndpoint({ seed: 5 });
		const restarted = await start({ seed: 5 });
		const next = await page(restarted, token);
		expect(next.status).toBe(200);
		expect(next.names).toEqual(restarted.models().slice(10, 20).map((m) => m.modelName));
	});

	it('refuses the token after a restart with another seed, with a ValidationException', async () => {
		const token = await tokenOfStoppedEndpoint({ seed: 5 });
		const other = await start({ seed: 6 });
		const refused = await page(other, token);
		expect(refused.status).toBe(400);
		expect(refused.errorType).toMatch(/^ValidationException/);
		expect(refused.message).toBe('The provided pagination token is invalid or does not belong to this request.');
	});

	it('with a tokenKey, accepts the tokens of the same key whatever the seed, and refuses those of another key or of the seed alone', async () => {
		const token = await tokenOfStoppedEndpoint({ seed: 5, tokenKey: 'key-a' });
		const sameKey = await start({ seed: 5, tokenKey: 'key-a' });
		expect((await page(sameKey, token)).status).toBe(200);
		const otherKey = await start({ seed: 5, tokenKey: 'key-b' });
		expect((await page(otherKey, token)).status).toBe(400);
		const seedOnly = await start({ seed: 5 });
		expect((await page(seedOnly, token)).status).toBe(400);
	});

	it('refuses an empty tokenKey before it starts, saying what it expects', async () => {
		await expect(startLocalBedrock({ tokenKey: '' })).rejects.toThrow('Expected `tokenKey` to be a non-empty string, got "" (string)');
	});
});
