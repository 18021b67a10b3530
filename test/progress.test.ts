/**
 * What a person watching a long run sees without OpenTelemetry: the rate, the time throttled and the time left on
 * each page (`onPage`) and each item of a job (`onProgress`), the CLI's progress line, and the `telemetry` option's checks.
 */
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { progressLine } from '../src/cli/progress.js';
import { paginateListCustomModels, processCustomModels, type JobProgress, type PageContext, type TelemetryOptions } from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, scriptedService } from './support/scripted-service.js';

const throttle = () => Object.assign(new Error('Slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
const unavailable = () => Object.assign(new Error('Try later'), { name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } });

describe('onPage: progress of a listing', () => {
	it('tells the time throttled (waits after throttling only), the rate, and the time left when MaxItems says how many are to come', async () => {
		const failures = new Map<number, unknown>([[2, throttle()], [3, throttle()], [5, unavailable()]]);
		const seen: PageContext[] = [];
		const throttledDelays: number[] = [];
		for await (const _ of paginateListCustomModels(scriptedService(catalogue(20), 4, failures), {}, { PageSize: 4, MaxItems: 14 }, {
			retry: { minTimeout: 1, maxTimeout: 4, randomize: false },
			pacing: false,
			onRetry: (context) => void (context.throttled && throttledDelays.push(context.delay)),
			onPage: (context) => void seen.push(context),
		})) void _;
		expect(seen.map((c) => c.totalItems)).toEqual([4, 8, 12, 14]);
		expect(throttledDelays).toHaveLength(2);
		// onRetry's delays are rounded; the tally is of the waits themselves.
		expect(Math.abs((seen.at(-1)?.throttleWaitMs ?? 0) - throttledDelays.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(1);
		expect(seen[0]?.throttleWaitMs).toBe(0);
		expect(seen.every((c) => c.itemsPerSecond > 0 && c.elapsedMs > 0 && typeof c.etaMs === 'number')).toBe(true);
		expect(seen.at(-1)?.etaMs).toBe(0);
	});

	it('has no time left to tell without MaxItems, until the last page', async () => {
		const seen: PageContext[] = [];
		for await (const _ of paginateListCustomModels(scriptedService(catalogue(7), 3), {}, {}, { onPage: (context) => void seen.push(context) })) void _;
		expect(seen.map((c) => c.etaMs)).toEqual([undefined, undefined, 0]);
		expect(seen.map((c) => c.throttleWaitMs)).toEqual([0, 0, 0]);
	});
});

describe('onProgress: progress of a job', () => {
	it('tells the rate, the time throttled, and the time left toward MaxItems', async () => {
		const failures = new Map<number, unknown>([[1, throttle()]]);
		const seen: JobProgress[] = [];
		let throttled = 0;
		await processCustomModels(scriptedService(catalogue(10), 3, failures), {}, () => {}, {
			checkpoint: memoryCheckpoint(),
			pagination: { MaxItems: 6 },
			retry: { minTimeout: 1, maxTimeout: 4 },
			pacing: false,
			onRetry: (context) => void (throttled += context.delay),
			onProgress: (progress) => void seen.push(progress),
		});
		expect(seen.map((p) => p.handled)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(seen.every((p) => Object.isFrozen(p) && p.itemsPerSecond > 0 && typeof p.etaMs === 'number')).toBe(true);
		expect(seen.at(-1)?.etaMs).toBe(0);
		expect(Math.abs((seen.at(-1)?.throttleWaitMs ?? -1) - throttled)).toBeLessThanOrEqual(1);
	});

	it('has no time left to tell when the run has no bound', async () => {
		const seen: JobProgress[] = [];
		await processCustomModels(scriptedService(catalogue(4), 2), {}, () => {}, { checkpoint: memoryCheckpoint(), onProgress: (progress) => void seen.push(progress) });
		expect(seen.map((p) => p.etaMs)).toEqual([undefined, undefined, undefined, undefined]);
	});
});

describe('the CLI progress line', () => {
	it('shows pages, items, the rate and retries, then the time throttled and the time left once there are any', () => {
		expect(progressLine({ pages: 3, items: 3000, retries: 0, elapsedMs: 2000 })).toBe('pages 3 · items 3,000 · 1,500 items/s · retries 0');
		expect(progressLine({ pages: 12, items: 12_000, retries: 3, elapsedMs: 9000, itemsPerSecond: 4210.4, throttleWaitMs: 1440, etaMs: 42_100 })).toBe(
			'pages 12 · items 12,000 · 4,210 items/s · retries 3 · throttled 1.4 s · about 0:43 left',
		);
		expect(progressLine({ pages: 1, items: 10, retries: 0, elapsedMs: 1, itemsPerSecond: 1, etaMs: 3_723_000 })).toBe('pages 1 · items 10 · 1 items/s · retries 0 · about 1:02:03 left');
	});
});

describe('the telemetry option', () => {
	const listing = (telemetry: unknown) => paginateListCustomModels(scriptedService(catalogue(1)), {}, {}, { telemetry } as never).next();
	it('is refused, before any request, when it is not false or { tracerProvider?, meterProvider? }', async () => {
		await expect(listing(true)).rejects.toThrow('Expected `telemetry` to be `false` or { tracerProvider?, meterProvider? }, got `true` (boolean).');
		await expect(listing({ tracer: {} })).rejects.toThrow('Unknown telemetry option `tracer`; expected one of `tracerProvider`, `meterProvider`.');
		await expect(listing({ TracerProvider: {} })).rejects.toThrow('did you mean `tracerProvider`?');
		await expect(listing({ meterProvider: {} })).rejects.toMatchObject({ name: 'InvalidPaginationConfigError', message: expect.stringContaining('`telemetry.meterProvider` to be a MeterProvider') });
		await expect(
			processCustomModels(scriptedService(catalogue(1)), {}, () => {}, { checkpoint: memoryCheckpoint(), telemetry: { tracerProvider: 'x' } as never }),
		).rejects.toThrow('Expected `telemetry.tracerProvider` to be a TracerProvider (with getTracer()), got');
	});

	it('takes providers of its own, which get the tracer and meter of this package', async () => {
		const asked: string[] = [];
		const tracerProvider = { getTracer: (name: string) => (asked.push(`tracer ${name}`), undefined) };
		const meterProvider = { getMeter: (name: string) => (asked.push(`meter ${name}`), undefined) };
		// Providers that hand out nothing fall back to the global (no-op) ones: the listing still runs.
		const pages = [];
		for await (const page of paginateListCustomModels(scriptedService(catalogue(3), 2), {}, {}, { telemetry: { tracerProvider, meterProvider } })) pages.push(page);
		expect(pages).toHaveLength(2);
		expect(asked.sort()).toEqual(['meter bedrock-paginators', 'tracer bedrock-paginators']);
	});
});

describe('types', () => {
	it('take the SDK’s providers as they are, and say when there is no time left to tell', () => {
		expectTypeOf<{ tracerProvider: BasicTracerProvider; meterProvider: MeterProvider }>().toExtend<TelemetryOptions>();
		expectTypeOf<PageContext['etaMs']>().toEqualTypeOf<number | undefined>();
		expectTypeOf<JobProgress['itemsPerSecond']>().toEqualTypeOf<number>();
		// @ts-expect-error: a tracer is not a tracer provider
		const wrong: TelemetryOptions = { tracerProvider: new BasicTracerProvider().getTracer('x') };
		void wrong;
	});
});
