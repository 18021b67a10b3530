/**
 * OpenTelemetry with the real SDK, over real HTTP to the local endpoint: the span tree of a listing with retries
 * (the AWS SDK instrumentation's client spans under it), of a job with concurrency 4 and a failing handler, and
 * metrics that say what the callbacks and the summary say.
 */
import { trace } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { AwsInstrumentation } from '@opentelemetry/instrumentation-aws-sdk';
import type { Histogram } from '@opentelemetry/sdk-metrics';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { everythingRecorded, parentOf, startOtel, total } from '../support/otel.js';

const otel = startOtel();
// The instrumentation patches the SDK as it is loaded: it is registered before anything loads the SDK.
registerInstrumentations({ instrumentations: [new AwsInstrumentation()], tracerProvider: otel.tracerProvider });
const { paginateListCustomModels, processCustomModels } = await import('../../src/index.js');
const { withLocal } = await import('../support/local.js');
const { memoryCheckpoint } = await import('../support/memory-checkpoint.js');
type Endpoint = Awaited<ReturnType<typeof withLocal>>;

const telemetry = { tracerProvider: otel.tracerProvider, meterProvider: otel.meterProvider };
const noWaits = { minTimeout: 0, maxTimeout: 0 };
const SDK_SPAN = 'Bedrock.ListCustomModels';

let endpoint: Endpoint;
beforeAll(async () => {
	endpoint = await withLocal({ models: 30, seed: 4 });
});
afterAll(async () => {
	await endpoint.close();
	await otel.shutdown();
});
beforeEach(() => {
	otel.spans.reset();
	endpoint.local.setFaults({ script: [], throttleProbability: 0, rateLimit: undefined });
});

const finished = () => otel.spans.getFinishedSpans();
const named = (prefix: string) => finished().filter((span) => span.name.startsWith(prefix));
const only = (spans: ReadableSpan[]) => {
	expect(spans).toHaveLength(1);
	return spans[0] as ReadableSpan;
};
const requestNumber = () => endpoint.local.requests.filter((r) => r.path === '/custom-models').length;

describe('a listing', () => {
	it('is one span with its counts, its retries as events, and each request the SDK sent nested under it', async () => {
		const next = requestNumber();
		endpoint.local.setFaults({ script: [{ request: next + 2, fault: 429 }, { request: next + 3, fault: 503 }] });
		const names: string[] = [];
		for await (const page of paginateListCustomModels(endpoint.client, {}, { PageSize: 10 }, { retry: noWaits, telemetry })) names.push(...page.modelSummaries.map((m) => m.modelName ?? ''));
		expect(names).toHaveLength(30);

		const listing = only(named('bedrock-paginators.list'));
		expect(listing.name).toBe('bedrock-paginators.list ListCustomModels');
		expect(listing.parentSpanContext).toBeUndefined();
		expect(listing.attributes).toEqual({
			'rpc.system': 'aws-api',
			'rpc.service': 'Bedrock',
			'rpc.method': 'ListCustomModels',
			'cloud.region': 'us-east-1',
			'bedrock_paginators.filter_keys': [],
			'bedrock_paginators.page_size': 10,
			'bedrock_paginators.resumed': false,
			'bedrock_paginators.pages': 3,
			'bedrock_paginators.items': 30,
			'bedrock_paginators.requests': 5,
			'bedrock_paginators.retries': 2,
			'bedrock_paginators.throttles': 1,
			'bedrock_paginators.wait_ms': 0,
			'bedrock_paginators.throttle_wait_ms': 0,
			'bedrock_paginators.has_next_token': false,
			'bedrock_paginators.outcome': 'complete',
		});
		expect(listing.status.code).toBe(0);
		expect(listing.events.map((event) => [event.name, event.attributes])).toEqual([
			['bedrock_paginators.retry', { 'bedrock_paginators.page_index': 1, 'bedrock_paginators.attempt': 1, 'bedrock_paginators.delay_ms': 0, 'bedrock_paginators.throttled': true, 'bedrock_paginators.reason': 'throttling', 'bedrock_paginators.wait_for': 'backoff', 'error.type': 'ThrottlingException' }],
			['bedrock_paginators.retry', { 'bedrock_paginators.page_index': 1, 'bedrock_paginators.attempt': 2, 'bedrock_paginators.delay_ms': 0, 'bedrock_paginators.throttled': false, 'bedrock_paginators.reason': 'transient', 'bedrock_paginators.wait_for': 'backoff', 'error.type': 'ServiceUnavailableException' }],
		]);

		// One client span per request (the SDK's own retries are off for the paginator's requests), each a child of the listing.
		const sdk = named(SDK_SPAN);
		expect(sdk).toHaveLength(5);
		for (const span of sdk) {
			expect(parentOf(span, finished())?.name).toBe(listing.name);
			expect(span.spanContext().traceId).toBe(listing.spanContext().traceId);
		}
		expect(sdk.filter((span) => span.status.code === 2)).toHaveLength(2);
	});

	it('nests under the span active where the listing starts, and records the input keys and whether it resumed, never their values or the token', async () => {
		const first = await paginateListCustomModels(endpoint.client, { nameContains: 'v' }, { PageSize: 5 }, { telemetry: false }).next();
		const token = (first.value as { NextToken?: string }).NextToken as string;
		expect(token.length).toBeGreaterThan(20);
		otel.spans.reset();
		await otel.tracerProvider.getTracer('test').startActiveSpan('caller', async (caller) => {
			for await (const _ of paginateListCustomModels(endpoint.client, { nameContains: 'v' }, { PageSize: 5, MaxItems: 3, StartingToken: token }, { telemetry })) void _;
			caller.end();
		});
		const listing = only(named('bedrock-paginators.list'));
		expect(parentOf(listing, finished())?.name).toBe('caller');
		expect(listing.attributes['bedrock_paginators.filter_keys']).toEqual(['nameContains']);
		expect(listing.attributes['bedrock_paginators.resumed']).toBe(true);
		expect(listing.attributes['bedrock_paginators.max_items']).toBe(3);
		expect(listing.attributes['bedrock_paginators.has_next_token']).toBe(true);
		const recorded = everythingRecorded(finished().filter((span) => span.name.startsWith('bedrock-paginators')));
		expect(recorded).not.toContain('"v"');
		expect(recorded).not.toContain(token.slice(0, 16));
		expect(recorded).not.toContain('AKIDLOCAL');
	});

	it('marks its span failed by the error name when the listing fails, and not when the caller stops early', async () => {
		const next = requestNumber();
		endpoint.local.setFaults({ script: [{ request: next + 1, fault: 400 }] });
		await expect(paginateListCustomModels(endpoint.client, {}, {}, { telemetry }).next()).rejects.toMatchObject({ name: 'ValidationException' });
		const failed = only(named('bedrock-paginators.list'));
		expect(failed.status).toEqual({ code: 2, message: 'ValidationException' });
		expect(failed.attributes['error.type']).toBe('ValidationException');
		expect(failed.attributes['bedrock_paginators.outcome']).toBe('failed');
		otel.spans.reset();
		for await (const _ of paginateListCustomModels(endpoint.client, {}, { PageSize: 5 }, { telemetry, readAhead: 0 })) break;
		const stopped = only(named('bedrock-paginators.list'));
		expect(stopped.status.code).toBe(0);
		expect(stopped.attributes).toMatchObject({ 'bedrock_paginators.outcome': 'stopped', 'bedrock_paginators.pages': 1, 'bedrock_paginators.items': 5, 'bedrock_paginators.has_next_token': true });
	});

	it('records nothing with telemetry: false, and goes to the global providers when none is given', async () => {
		for await (const _ of paginateListCustomModels(endpoint.client, {}, { PageSize: 10 }, { telemetry: false })) void _;
		expect(named('bedrock-paginators')).toEqual([]);
		trace.setGlobalTracerProvider(otel.tracerProvider);
		try {
			for await (const _ of paginateListCustomModels(endpoint.client, {}, { PageSize: 10 })) void _;
		} finally {
			trace.disable();
		}
		expect(only(named('bedrock-paginators.list')).attributes['bedrock_paginators.pages']).toBe(3);
	});

	it('counts pages, items, requests, retries and throttles as onPage and onRetry tell them, and its retry waits', async () => {
		const points = async () => ({
			pages: total(await otel.points('bedrock_paginators.pages')),
			items: total(await otel.points('bedrock_paginators.items')),
			requests: total(await otel.points('bedrock_paginators.requests')),
			retries: total(await otel.points('bedrock_paginators.retries')),
			throttles: total(await otel.points('bedrock_paginators.throttles')),
			waits: (await otel.points('bedrock_paginators.retry.wait')).map((point) => point.value as Histogram),
		});
		const before = await points();
		endpoint.local.setFaults({ throttleProbability: 0.5, seed: 11 });
		const delays: number[] = [];
		let throttled = 0;
		let pages = 0;
		let requestCount = 0;
		let items = 0;
		for await (const page of paginateListCustomModels(endpoint.client, {}, { PageSize: 2 }, {
			retry: { minTimeout: 0, maxTimeout: 4 },
			telemetry,
			onRetry: (context) => {
				delays.push(context.delay);
				if (context.throttled) throttled++;
			},
			onPage: (context) => {
				pages++;
				requestCount = context.requestCount;
			},
		})) items += page.modelSummaries.length;
		const after = await points();
		expect(throttled).toBeGreaterThan(2);
		expect(after.pages - before.pages).toBe(pages);
		expect(after.items - before.items).toBe(items);
		expect(after.requests - before.requests).toBe(requestCount);
		expect(after.retries - before.retries).toBe(delays.length);
		expect(after.throttles - before.throttles).toBe(throttled);
		const count = (waits: Histogram[]) => waits.reduce((sum, h) => sum + h.count, 0);
		const sum = (waits: Histogram[]) => waits.reduce((s, h) => s + (h.sum ?? 0), 0);
		expect(count(after.waits) - count(before.waits)).toBe(delays.length);
		// onRetry's delays are rounded to the millisecond; the histogram holds them exact, in seconds.
		expect(Math.abs(sum(after.waits) - sum(before.waits) - delays.reduce((a, b) => a + b, 0) / 1000)).toBeLessThan(delays.length * 0.0005 + 1e-9);
	});

	it("shows the pacer's rate while a throttled listing runs, one series for the client's pacer", async () => {
		const { withLocal: fresh } = await import('../support/local.js');
		const limited = await fresh({ models: 40, seed: 5, faults: { rateLimit: { requestsPerSecond: 20, burst: 1 } } });
		try {
			const rates: number[][] = [];
			for await (const _ of paginateListCustomModels(limited.client, {}, { PageSize: 1 }, {
				telemetry,
				onPage: async () => void rates.push((await otel.points('bedrock_paginators.pacer.rate')).map((point) => point.value as number)),
			})) void _;
			expect(rates.flat().some((rate) => rate > 0)).toBe(true);
			expect(rates.every((seen) => seen.length === 1)).toBe(true);
		} finally {
			await limited.close();
		}
	});
});

describe('a job', () => {
	it('with concurrency 4 and one failing handler: the listing and every handler under the job, the handler’s own spans under its handler, the failure marked', async () => {
		const failing = endpoint.local.models()[5]?.modelArn;
		const summary = await processCustomModels(
			endpoint.client,
			{},
			async (model) => {
				// The handler's own work, on the tracer provider it uses (here the same one).
				otel.tracerProvider.getTracer('app').startActiveSpan('app.work', (span) => span.end());
				await new Promise((resolve) => setTimeout(resolve, 2));
				if (model.modelArn === failing) throw Object.assign(new Error('cannot tag'), { name: 'TagError' });
			},
			{ checkpoint: memoryCheckpoint(), concurrency: 4, onError: 'continue', pagination: { PageSize: 10 }, telemetry },
		);
		expect(summary).toMatchObject({ handled: 30, failed: 1, pages: 3 });
		const spans = finished();
		const job = only(named('bedrock-paginators.job'));
		expect(job.name).toBe('bedrock-paginators.job ListCustomModels');
		expect(job.attributes).toMatchObject({
			'rpc.method': 'ListCustomModels',
			'bedrock_paginators.concurrency': 4,
			'bedrock_paginators.mode': 'list',
			'bedrock_paginators.resumed': false,
			'bedrock_paginators.handled': 30,
			'bedrock_paginators.failed': 1,
			'bedrock_paginators.pages': 3,
			'bedrock_paginators.requests': summary.requests,
			'bedrock_paginators.retries': 0,
			'bedrock_paginators.complete': true,
			'bedrock_paginators.stopped_by': 'complete',
			'bedrock_paginators.has_next_token': false,
		});
		const listing = only(named('bedrock-paginators.list'));
		expect(parentOf(listing, spans)).toBe(job);
		for (const sdk of named(SDK_SPAN)) expect(parentOf(sdk, spans)).toBe(listing);
		const handlers = named('bedrock-paginators.handle');
		expect(handlers).toHaveLength(30);
		expect(handlers.every((span) => parentOf(span, spans) === job)).toBe(true);
		expect(handlers.map((span) => span.attributes['bedrock_paginators.item.index']).sort((a, b) => Number(a) - Number(b))).toEqual([...Array(30).keys()]);
		const failed = handlers.filter((span) => span.status.code === 2);
		expect(failed.map((span) => [span.attributes['bedrock_paginators.item.id'], span.attributes['error.type'], span.status.message])).toEqual([[failing, 'TagError', 'TagError']]);
		const work = named('app.work');
		expect(work).toHaveLength(30);
		expect(work.every((span) => parentOf(span, spans)?.name === 'bedrock-paginators.handle')).toBe(true);
		expect(everythingRecorded(spans)).not.toContain('cannot tag');
	});

	it('under onError stop: the job span fails with the handler’s error type, and its metrics match the summary', async () => {
		const before = {
			handled: total(await otel.points('bedrock_paginators.job.items.handled')),
			failed: total(await otel.points('bedrock_paginators.job.items.failed')),
			saves: (await otel.points('bedrock_paginators.checkpoint.save.duration')).reduce((n, p) => n + (p.value as Histogram).count, 0),
		};
		const third = endpoint.local.models()[12]?.modelArn;
		const error = await processCustomModels(
			endpoint.client,
			{},
			(model) => {
				if (model.modelArn === third) throw Object.assign(new Error('stop here'), { name: 'StopError' });
			},
			{ checkpoint: memoryCheckpoint(), concurrency: 4, pagination: { PageSize: 10 }, telemetry },
		).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ name: 'StopError' });
		const job = only(named('bedrock-paginators.job'));
		expect(job.status).toEqual({ code: 2, message: 'StopError' });
		expect(job.attributes['bedrock_paginators.outcome']).toBe('failed');
		expect(named('bedrock-paginators.handle').filter((span) => span.status.code === 2).map((span) => span.attributes['bedrock_paginators.item.id'])).toEqual([third]);

		const summary = await processCustomModels(endpoint.client, {}, () => {}, { checkpoint: memoryCheckpoint(), onError: 'continue', concurrency: 4, pagination: { MaxItems: 20 }, telemetry, checkpointEvery: 5 });
		const handled = total(await otel.points('bedrock_paginators.job.items.handled')) - before.handled;
		const saves = (await otel.points('bedrock_paginators.checkpoint.save.duration')).reduce((n, p) => n + (p.value as Histogram).count, 0) - before.saves;
		// The failed run recorded the items before the failure (up to 12, as handlers ran 4 at a time) and the second run 20.
		expect(handled - summary.handled).toBeGreaterThanOrEqual(12 - 3);
		expect(handled - summary.handled).toBeLessThanOrEqual(12 + 3);
		expect(total(await otel.points('bedrock_paginators.job.items.failed')) - before.failed).toBe(0);
		expect(saves).toBeGreaterThanOrEqual(1 + 4);
		expect(total(await otel.points('bedrock_paginators.handlers.active'))).toBe(0);
	});
});
