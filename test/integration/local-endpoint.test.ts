import { ListCustomModelsCommand, ValidationException, type ListCustomModelsCommandInput } from '@aws-sdk/client-bedrock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListCustomModelsResult, paginateListCustomModels } from '../../src/index.js';
import { Faults } from '../../src/local/faults.js';
import { generateCatalogue, startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { collect } from '../support/scripted-service.js';
import { clientFor } from '../support/local.js';

const ACCOUNT = '123456789012';
let local: LocalBedrock;
let client: ReturnType<typeof clientFor>;

beforeAll(async () => {
	local = await startLocalBedrock({ models: 400, seed: 7, accountId: ACCOUNT });
	client = clientFor(local, { maxAttempts: 1 });
});
afterAll(async () => {
	client.destroy();
	await local.close();
});

const all = () => local.models();
const listAll = async (filters: Parameters<typeof buildListCustomModelsResult>[1] = {}, PageSize = 37) =>
	(await buildListCustomModelsResult(client, filters, { PageSize })).modelSummaries;
const arns = (models: { modelArn?: string | undefined }[]) => models.map((m) => m.modelArn);
const byTimeAsc = (a: { creationTime: Date }, b: { creationTime: Date }) => a.creationTime.getTime() - b.creationTime.getTime();

describe('local endpoint: listing through the real BedrockClient', () => {
	it('serves RFC 3339 creation times that the SDK reads as Dates', async () => {
		const { modelSummaries = [] } = await client.send(new ListCustomModelsCommand({ maxResults: 3 }));
		expect(modelSummaries).toHaveLength(3);
		for (const model of modelSummaries) {
			expect(model.creationTime).toBeInstanceOf(Date);
			expect(model.modelArn).toMatch(/^arn:aws:bedrock:us-east-1:\d{12}:custom-model\/[a-z0-9.:-]+\/[a-z0-9]{12}$/);
		}
	});

	it('lists newest first by default, and oldest first with sortOrder Ascending', async () => {
		const expected = arns(all());
		expect(arns(await listAll({ sortOrder: 'Ascending' }))).toEqual(expected);
		expect(arns(await listAll())).toEqual([...expected].reverse());
		expect(arns(await listAll({ sortOrder: 'Descending', sortBy: 'CreationTime' }))).toEqual([...expected].reverse());
	});

	it('applies every filter with the API meaning', async () => {
		const models = all();
		const mid = models[200]?.creationTime as Date;
		const sample = models[123];
		const shared = models.find((m) => m.ownerAccountId !== ACCOUNT);
		const derived = models.find((m) => m.baseModelArn !== m.foundationModelArn);
		expect(sample && shared && derived).toBeTruthy();
		const cases: [Parameters<typeof listAll>[0], (m: (typeof models)[number]) => boolean][] = [
			[{ creationTimeBefore: mid }, (m) => m.creationTime < mid],
			[{ creationTimeAfter: mid }, (m) => m.creationTime > mid],
			[{ nameContains: 'support' }, (m) => m.modelName.includes('support')],
			[{ baseModelArnEquals: derived?.baseModelArn }, (m) => m.baseModelArn === derived?.baseModelArn],
			[{ foundationModelArnEquals: derived?.foundationModelArn }, (m) => m.foundationModelArn === derived?.foundationModelArn],
			[{ isOwned: true }, (m) => m.ownerAccountId === ACCOUNT],
			[{ isOwned: false }, (m) => m.ownerAccountId !== ACCOUNT],
			[{ modelStatus: 'Failed' }, (m) => m.modelStatus === 'Failed'],
			[{ modelStatus: 'Creating', isOwned: true, creationTimeAfter: mid }, (m) => m.modelStatus === 'Creating' && m.ownerAccountId === ACCOUNT && m.creationTime > mid],
		];
		for (const [filters, predicate] of cases) {
			const expected = arns(models.filter(predicate));
			expect(expected.length).toBeGreaterThan(0);
			expect(expected.length).toBeLessThan(models.length);
			expect(arns(await listAll({ ...filters, sortOrder: 'Ascending' }))).toEqual(expected);
		}
	});

	it('gives a model added on top of a custom model the foundation model of that one', async () => {
		const parent = all()[10];
		const added = local.addModel({ modelName: 'child-of-10', baseModelArn: parent?.modelArn as string, baseModelName: parent?.modelName as string });
		try {
			const listed = await listAll({ foundationModelArnEquals: parent?.foundationModelArn, sortOrder: 'Ascending' });
			expect(arns(listed)).toContain(added.modelArn);
			const children = all().filter((m) => m.baseModelArn === parent?.modelArn);
			expect(arns(await listAll({ baseModelArnEquals: parent?.modelArn, sortOrder: 'Ascending' }))).toEqual(arns(children));
			expect(arns(children)).toContain(added.modelArn);
		} finally {
			local.deleteModel(added.modelArn);
		}
	});

	it('is deterministic for a seed and differs across seeds', () => {
		expect(generateCatalogue({ count: 50, seed: 3 })).toEqual(generateCatalogue({ count: 50, seed: 3 }));
		expect(arns(generateCatalogue({ count: 50, seed: 3 }))).not.toEqual(arns(generateCatalogue({ count: 50, seed: 4 })));
	});

	it('issues opaque tokens well inside the 2048-character limit', async () => {
		const { nextToken } = await client.send(new ListCustomModelsCommand({ maxResults: 1 }));
		expect(nextToken).toMatch(/^\S+$/);
		expect((nextToken ?? '').length).toBeLessThan(300);
	});
});

describe('local endpoint: validation, as AWS answers it', () => {
	const rejects = async (input: ListCustomModelsCommandInput, message: RegExp) => {
		const error = await client.send(new ListCustomModelsCommand(input)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationException);
		expect(error).toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
		expect((error as Error).message).toMatch(message);
	};

	it.each([
		[{ maxResults: 0 }, /Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1/],
		[{ maxResults: 1001 }, /Member must have value less than or equal to 1000/],
		[{ nameContains: 'bad name!' }, /at 'nameContains' failed to satisfy constraint: Member must satisfy regular expression pattern/],
		[{ nameContains: 'x'.repeat(64) }, /Member must have length between 1 and 63/],
		[{ baseModelArnEquals: 'arn:aws:s3:::not-a-bedrock-model' }, /at 'baseModelArnEquals'/],
		[{ foundationModelArnEquals: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/a.b/abcdefghijkl' }, /at 'foundationModelArnEquals'/],
		[{ sortOrder: 'Sideways' as never }, /Member must satisfy enum value set: \[Ascending, Descending\]/],
		[{ sortBy: 'Name' as never }, /enum value set: \[CreationTime\]/],
		[{ modelStatus: 'Gone' as never }, /enum value set: \[Active, Creating, Failed\]/],
		[{ nextToken: 'x'.repeat(2049) }, /Member must have length between 1 and 2048/],
		[{ nextToken: 'forged-token' }, /pagination token is invalid/],
	])('rejects %j with a ValidationException', async (input, message) => {
		await rejects(input, message);
	});

	it('counts every violation in one message', async () => {
		await rejects({ maxResults: 0, sortOrder: 'Up' as never }, /^2 validation errors detected: /);
	});

	it('refuses a token used with another query, or altered by one character', async () => {
		const { nextToken = '' } = await client.send(new ListCustomModelsCommand({ maxResults: 2, sortOrder: 'Ascending' }));
		await rejects({ nextToken, sortOrder: 'Descending' }, /pagination token is invalid/);
		await rejects({ nextToken, sortOrder: 'Ascending', isOwned: true }, /pagination token is invalid/);
		const altered = nextToken.slice(0, -1) + (nextToken.endsWith('A') ? 'B' : 'A');
		await rejects({ nextToken: altered, sortOrder: 'Ascending' }, /pagination token is invalid/);
		// A different page size is the same query: PageSize may change on resume.
		const page = await client.send(new ListCustomModelsCommand({ nextToken, sortOrder: 'Ascending', maxResults: 5 }));
		expect(page.modelSummaries).toHaveLength(5);
	});

	it('sends the error headers and body AWS sends', async () => {
		const response = await fetch(`${local.endpoint}/custom-models?maxResults=0`, { headers: { authorization: 'Bearer x' } });
		expect(response.status).toBe(400);
		expect(response.headers.get('x-amzn-errortype')).toMatch(/^ValidationException:/);
		expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual({ message: expect.stringMatching(/^1 validation error detected/) });
	});

	it('accepts Bearer auth and refuses a request with no auth at all', async () => {
		expect((await fetch(`${local.endpoint}/custom-models?maxResults=1`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
		const anonymous = await fetch(`${local.endpoint}/custom-models`);
		expect(anonymous.status).toBe(403);
		expect(anonymous.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
	});
});

describe('local endpoint: keyset tokens under change', () => {
	it('never skips or repeats a model that existed throughout when models come and go between pages', async () => {
		const moving = await startLocalBedrock({ models: 120, seed: 11 });
		const movingClient = clientFor(moving, { maxAttempts: 1 });
		try {
			for (const sortOrder of ['Ascending', 'Descending'] as const) {
				const before = new Set(arns(moving.models()));
				const seen: string[] = [];
				const deleted = new Set<string>();
				let step = 0;
				for await (const page of paginateListCustomModels(movingClient, { sortOrder }, { PageSize: 7 })) {
					seen.push(...(arns(page.modelSummaries) as string[]));
					// Between pages: delete a model not yet listed, delete one already listed, add two new ones.
					const current = moving.models().sort(byTimeAsc);
					const pending = current.filter((m) => !seen.includes(m.modelArn));
					const victim = pending[Math.floor(pending.length / 2)];
					if (victim) {
						moving.deleteModel(victim.modelArn);
						deleted.add(victim.modelArn);
					}
					const listed = current.find((m) => seen.includes(m.modelArn) && !deleted.has(m.modelArn));
					if (listed) {
						moving.deleteModel(listed.modelArn);
						deleted.add(listed.modelArn);
					}
					moving.addModel({ modelName: `added-${sortOrder}-${step++}` });
					moving.addModel({ modelName: `backdated-${sortOrder}-${step++}`, creationTime: new Date('2024-06-01T00:00:00Z') });
				}
				expect(new Set(seen).size).toBe(seen.length);
				const survivors = [...before].filter((arn): arn is string => arn !== undefined && !deleted.has(arn));
				for (const arn of survivors) expect(seen).toContain(arn);
			}
		} finally {
			movingClient.destroy();
			await moving.close();
		}
	});
});

describe('local endpoint: faults', () => {
	it('answers scripted statuses with the modelled errors, and throttles at the given probability', async () => {
		const faulty = await startLocalBedrock({
			models: 3,
			faults: { script: [{ request: 1, fault: 429 }, { request: 2, fault: 503 }, { request: 3, fault: 403 }, { request: 4, fault: 500 }] },
		});
		const faultyClient = clientFor(faulty, { maxAttempts: 1 });
		try {
			const names: string[] = [];
			for (let i = 0; i < 5; i++) {
				const outcome = await faultyClient.send(new ListCustomModelsCommand({})).then(
					() => 'ok',
					(e: Error) => e.name,
				);
				names.push(outcome);
			}
			expect(names).toEqual(['ThrottlingException', 'ServiceUnavailableException', 'AccessDeniedException', 'InternalServerException', 'ok']);
			faulty.setFaults({ throttleProbability: 0.5, seed: 5 });
			let count = 0;
			for (let i = 0; i < 200; i++) {
				await faultyClient.send(new ListCustomModelsCommand({})).catch(() => count++);
			}
			expect(count).toBeGreaterThan(70);
			expect(count).toBeLessThan(130);
		} finally {
			faultyClient.destroy();
			await faulty.close();
		}
	});

	it('limits the rate with a token bucket and says so with 429', async () => {
		const limited = await startLocalBedrock({ models: 1, faults: { rateLimit: { requestsPerSecond: 5, burst: 3 } } });
		const limitedClient = clientFor(limited, { maxAttempts: 1 });
		try {
			const outcomes = await collect(
				(async function* () {
					for (let i = 0; i < 6; i++) yield await limitedClient.send(new ListCustomModelsCommand({})).then(() => 200, (e) => e.$metadata.httpStatusCode);
				})(),
			);
			expect(outcomes.slice(0, 3)).toEqual([200, 200, 200]);
			expect(outcomes.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
		} finally {
			limitedClient.destroy();
			await limited.close();
		}
	});

	it('takes no token for a request it throttles at random, so the successes still reach the rate limit', () => {
		const rate = 20;
		const faults = new Faults({ rateLimit: { requestsPerSecond: rate, burst: rate }, throttleProbability: 0.2, seed: 9 });
		// A fake clock from now on (the bucket was filled at construction): 100 requests a second for 5 seconds.
		const start = performance.now();
		const successes = [0, 0, 0, 0, 0];
		let throttled = 0;
		for (let request = 1; request <= 500; request++) {
			const at = (request - 1) * 10;
			if (faults.decide(request, start + at).kind === 'none') successes[Math.floor(at / 1000)]! += 1;
			else throttled++;
		}
		// The first second holds the burst; after it, tokens come at the rate, and a random refusal used none of them.
		expect(successes[0]).toBeGreaterThanOrEqual(2 * rate - 1);
		for (const second of successes.slice(1)) expect(second).toBeGreaterThanOrEqual(rate - 1);
		expect(successes.slice(1).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(4 * rate - 1);
		expect(successes.slice(1).reduce((a, b) => a + b)).toBeLessThanOrEqual(4 * rate + 1);
		expect(throttled).toBe(500 - successes.reduce((a, b) => a + b));
	});

	it('holds at least one token, so a limit below one request a second still lets requests through', () => {
		const faults = new Faults({ rateLimit: { requestsPerSecond: 0.5 } });
		const start = performance.now();
		// One request every 2.1 s: each finds the token the last 2 s brought (a little more than exactly 2 s, which
		// floating point can leave a hair short of one token).
		const answers = Array.from({ length: 5 }, (_, i) => faults.decide(i + 1, start + i * 2_100).kind);
		expect(answers).toEqual(['none', 'none', 'none', 'none', 'none']);
		expect(faults.decide(6, start + 8_500).kind).toBe('throttle');
	});
});
