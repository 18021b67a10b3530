import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { AccessDeniedException, ThrottlingException, ValidationException } from '@aws-sdk/client-bedrock';
import { afterEach, describe, expect, it } from 'vitest';
import {
	buildListCustomModelsResult,
	encodeToken,
	isAbortError,
	iterateListCustomModels,
	paginateListCustomModels,
	resumeTokenOf,
	type RetryContext,
} from '../../src/index.js';
import { startLocalBedrock, type LocalBedrock, type LocalBedrockOptions } from '../../src/local/index.js';
import { ROOT } from '../support/built.js';
import { collect } from '../support/scripted-service.js';
import { clientFor, listRequests } from '../support/local.js';
import { nextTurn, turnsUntil } from '../support/turn.js';

const FAST = { minTimeout: 0, maxTimeout: 0 }; // no sleeping in tests: backoff waits are zero
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
	for (const resource of open.splice(0)) await resource.close();
});

async function endpoint(options: LocalBedrockOptions) {
	const local = await startLocalBedrock(options);
	open.push(local);
	return local;
}

const arnsOf = (local: LocalBedrock, order: 'Ascending' | 'Descending' = 'Descending') => {
	const arns = local.models().map((m) => m.modelArn);
	return order === 'Ascending' ? arns : arns.reverse();
};

describe('retries through the real BedrockClient (default config: 3 attempts, standard mode)', () => {
	it('lists exactly the catalogue when 30% of requests are throttled, one HTTP request per attempt', async () => {
		const local = await endpoint({ models: 500, faults: { throttleProbability: 0.3, seed: 42 } });
		const client = clientFor(local);
		const retries: RetryContext[] = [];
		const models = await buildListCustomModelsResult(client, {}, { PageSize: 20 }, { retry: FAST, onRetry: (c) => retries.push(c) });
		client.destroy();

		expect(models.modelSummaries.map((m) => m.modelArn)).toEqual(arnsOf(local));
		const requests = listRequests(local);
		const throttled = requests.filter((r) => r.status === 429).length;
		expect(throttled).toBeGreaterThan(5);
		expect(requests.filter((r) => r.status === 200)).toHaveLength(25);
		// The SDK's own retries are off for the paginator's requests: every throttle is one of ours.
		expect(retries).toHaveLength(throttled);
		expect(retries.every((r) => r.throttled && Object.isFrozen(r))).toBe(true);
	});

	it('throws the ThrottlingException as it came once its time budget is spent, with a NextToken that resumes exactly', async () => {
		const local = await endpoint({ models: 50 });
		const client = clientFor(local);
		const seen: string[] = [];
		const error = await (async () => {
			for await (const page of paginateListCustomModels(client, {}, { PageSize: 10 }, { retry: { ...FAST, maxThrottleTime: 0 } })) {
				seen.push(...page.modelSummaries.map((m) => m.modelArn as string));
				if (seen.length === 20) local.setFaults({ throttleProbability: 1 });
			}
		})().catch((e: unknown) => e);

		expect(error).toBeInstanceOf(ThrottlingException);
		expect(error).toMatchObject({
			name: 'ThrottlingException',
			message: 'Too many requests, please wait before trying again.',
			$metadata: { httpStatusCode: 429, attempts: 1 },
		});
		expect(listRequests(local)).toHaveLength(2 + 1);

		local.setFaults({ throttleProbability: 0 });
		const NextToken = (error as { NextToken?: string }).NextToken;
		expect(NextToken).toEqual(expect.any(String));
		const rest = await buildListCustomModelsResult(client, {}, { PageSize: 10, StartingToken: NextToken });
		client.destroy();
		expect([...seen, ...rest.modelSummaries.map((m) => m.modelArn)]).toEqual(arnsOf(local));
	});

	it('sends a ValidationException and an AccessDeniedException after exactly one request', async () => {
		const local = await endpoint({ models: 5, faults: { script: [{ request: 2, fault: 403 }] } });
		const client = clientFor(local);
		await expect(collect(paginateListCustomModels(client, { nameContains: 'not valid!' }))).rejects.toBeInstanceOf(ValidationException);
		expect(listRequests(local)).toHaveLength(1);
		await expect(collect(paginateListCustomModels(client))).rejects.toBeInstanceOf(AccessDeniedException);
		expect(listRequests(local)).toHaveLength(2);
		client.destroy();
	});

	it('retries a response the SDK cannot read like a 5xx, and loses nothing', async () => {
		const local = await endpoint({ models: 5, faults: { script: [{ request: 1, fault: 'malformed' }] } });
		const client = clientFor(local);
		const retries: RetryContext[] = [];
		const items = await collect(iterateListCustomModels(client, {}, {}, { retry: { minTimeout: 0 }, onRetry: (c) => retries.push(c) }));
		expect(items.map((m) => m.modelArn)).toEqual(local.models().reverse().map((m) => m.modelArn));
		expect(retries.map((r) => [r.attempt, r.throttled, (r.error as Error).message.split('\n')[0]])).toEqual([[1, false, expect.stringMatching(/Invalid RFC-3339 date-time value/)]]);
		expect(listRequests(local)).toHaveLength(2);
		client.destroy();
	});

	it('throws the unreadable response as it came once retries are spent, with its NextToken', async () => {
		const local = await endpoint({ models: 5, faults: { script: [1, 2, 3].map((request) => ({ request, fault: 'malformed' as const })) } });
		const client = clientFor(local);
		const error = await collect(paginateListCustomModels(client, {}, {}, { retry: { retries: 2, minTimeout: 0 } })).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TypeError);
		expect(error).toMatchObject({ message: expect.stringMatching(/Invalid RFC-3339 date-time value/), $metadata: { httpStatusCode: 200, attempts: 3 } });
		expect(resumeTokenOf(error)).toEqual(expect.any(String));
		expect(listRequests(local)).toHaveLength(3);
		client.destroy();
	});

	it('retries 500, 503 and a dropped connection, and loses nothing', async () => {
		const local = await endpoint({
			models: 30,
			faults: { script: [{ request: 2, fault: 500 }, { request: 3, fault: 503 }, { request: 5, fault: 'reset' }, { request: 6, fault: 504 }] },
		});
		const client = clientFor(local);
		const retries: RetryContext[] = [];
		const models = await buildListCustomModelsResult(client, {}, { PageSize: 10 }, { retry: FAST, onRetry: (c) => retries.push(c) });
		client.destroy();
		expect(models.modelSummaries.map((m) => m.modelArn)).toEqual(arnsOf(local));
		expect(retries.map((r) => [r.pageIndex, r.attempt, r.throttled])).toEqual([
			[1, 1, false],
			[1, 2, false],
			[2, 1, false],
			[2, 2, false],
		]);
		expect(listRequests(local)).toHaveLength(7);
	});

	it('honours Retry-After from the service', async () => {
		const local = await endpoint({ models: 3, faults: { script: [{ request: 1, fault: 429 }], retryAfterSeconds: 2 } });
		const client = clientFor(local);
		const retries: RetryContext[] = [];
		const controller = new AbortController();
		const pages = paginateListCustomModels(client, {}, {}, { retry: FAST, onRetry: (c) => retries.push(c), signal: controller.signal });
		// Only the planned wait is checked; the listing is cut short rather than slept through.
		const first = pages.next();
		await turnsUntil(() => retries.length > 0);
		expect(retries[0]?.delay).toBe(2000);
		controller.abort();
		await pages.return();
		void first.catch(() => {});
		client.destroy();
	});

	it('leaves retries to the client with retry: false, which then sends 3 requests for a throttled page', async () => {
		const local = await endpoint({ models: 3, faults: { throttleProbability: 1 } });
		const client = clientFor(local);
		const started = performance.now();
		const error = await collect(paginateListCustomModels(client, {}, {}, { retry: false })).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ThrottlingException);
		expect(error).toMatchObject({ $metadata: { attempts: 3 } });
		expect(listRequests(local)).toHaveLength(3);
		expect(performance.now() - started).toBeGreaterThan(0);
		client.destroy();
	});

	it('sends one request per attempt with the default client, where p-retry around the SDK would send 3 x 3', async () => {
		const local = await endpoint({ models: 3, faults: { throttleProbability: 1 } });
		const client = clientFor(local);
		// Throttling alone has a time budget, not a count: with none, the first throttle ends the listing.
		const error = await collect(paginateListCustomModels(client, {}, {}, { retry: { ...FAST, maxThrottleTime: 0 } })).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ThrottlingException);
		expect(listRequests(local)).toHaveLength(1);
		client.destroy();
	});
});

describe('cancellation', () => {
	it('rejects at once when aborted during a 10-second backoff, and sends nothing more', async () => {
		const local = await endpoint({ models: 3, faults: { script: [{ request: 1, fault: 503 }] } });
		const client = clientFor(local);
		const controller = new AbortController();
		const started = performance.now();
		const pending = collect(
			paginateListCustomModels(client, {}, {}, {
				signal: controller.signal,
				retry: { minTimeout: 10_000, maxTimeout: 10_000, randomize: false },
				onRetry: () => setImmediate(() => controller.abort()),
			}),
		);
		const error = await pending.catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect((error as Error).cause).toBe(controller.signal.reason);
		expect(performance.now() - started).toBeLessThan(5_000);
		expect((error as { NextToken?: string }).NextToken).toEqual(expect.any(String));
		await nextTurn();
		expect(listRequests(local)).toHaveLength(1);
		expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
		client.destroy();
	});

	it('an abort ends a retry wait at once', async () => {
		const local = await endpoint({ models: 3, faults: { script: [{ request: 1, fault: 503 }] } });
		const client = clientFor(local);
		const controller = new AbortController();
		const retries: RetryContext[] = [];
		const started = performance.now();
		const error = await collect(
			paginateListCustomModels(client, {}, {}, {
				signal: controller.signal,
				retry: { minTimeout: 10_000, maxTimeout: 10_000, randomize: false },
				onRetry: (context) => {
					retries.push(context);
					setImmediate(() => controller.abort());
				},
			}),
		).catch((e: unknown) => e);
		expect((error as Error).name).toBe('AbortError');
		expect(retries.map((r) => [r.attempt, r.delay, r.throttled])).toEqual([[1, 10_000, false]]);
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(listRequests(local)).toHaveLength(1);
		client.destroy();
	});

	it('rejects at once when aborted during a request in flight', async () => {
		const local = await endpoint({ models: 3, faults: { latencyMs: 10_000 } });
		const client = clientFor(local);
		const controller = new AbortController();
		const started = performance.now();
		void turnsUntil(() => listRequests(local).length === 1).then(() => controller.abort());
		const error = await collect(paginateListCustomModels(client, {}, {}, { signal: controller.signal })).catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect((error as Error).cause).toBe(controller.signal.reason);
		expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: null, skip: 0 }));
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(listRequests(local)).toHaveLength(1);
		client.destroy();
	});

	it('rejects an already-aborted signal before any request', async () => {
		const local = await endpoint({ models: 3 });
		const client = clientFor(local);
		const reason = new Error('stop');
		const items = iterateListCustomModels(client, {}, {}, { signal: AbortSignal.abort(reason) });
		await expect(items.next()).rejects.toMatchObject({ name: 'AbortError', cause: reason });
		expect(listRequests(local)).toHaveLength(0);
		client.destroy();
	});

	it('leaves no abort listener behind after a completed listing', async () => {
		const local = await endpoint({ models: 40 });
		const client = clientFor(local);
		const controller = new AbortController();
		await collect(paginateListCustomModels(client, {}, { PageSize: 7 }, { signal: controller.signal }));
		expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
		client.destroy();
	});
});

describe('NODE_DEBUG=bedrock-paginators', () => {
	it("prints each attempt's status and code, each retry and the pacer's start through util.debuglog, and nothing without it", async () => {
		const local = await endpoint({ models: 6, faults: { script: [{ request: 2, fault: 429 }] } });
		const script = `
			import { BedrockClient } from '@aws-sdk/client-bedrock';
			import { paginateListCustomModels } from '${ROOT}dist/index.js';
			const client = new BedrockClient({ endpoint: '${local.endpoint}', region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
			for await (const _ of paginateListCustomModels(client, {}, { PageSize: 2 })) {}
			client.destroy();`;
		// Asynchronously: the endpoint answers from this process's event loop.
		const run = (env: NodeJS.ProcessEnv) =>
			new Promise<{ status: number; stderr: string }>((resolve) =>
				execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env } }, (error, _stdout, stderr) =>
					resolve({ status: error === null ? 0 : Number(error.code ?? 1), stderr }),
				),
			);
		const on = await run({ NODE_DEBUG: 'bedrock-paginators' });
		expect(on.status).toBe(0);
		expect(on.stderr).toMatch(/^BEDROCK-PAGINATORS \d+: page 2, attempt 1: 429 ThrottlingException in \d+ ms$/m);
		expect(on.stderr).toMatch(/^BEDROCK-PAGINATORS \d+: page 2: retry 1 in \d+ ms \(throttled 1 time in a row: backoff/m);
		expect(on.stderr).toMatch(/^BEDROCK-PAGINATORS \d+: pacer: first throttle: [\d.]+ requests\/s$/m);
		expect(on.stderr).not.toMatch(/local-secret|AKIDLOCAL|nextToken/);
		const off = await run({ NODE_DEBUG: '' });
		expect(off.status).toBe(0);
		expect(off.stderr).toBe('');
	});
});
