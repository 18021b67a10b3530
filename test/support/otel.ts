/**
 * The real OpenTelemetry SDK for tests: spans into memory, metrics read on demand, context carried by
 * AsyncLocalStorage. One set per test file (the context manager is global).
 */
import { context, type Attributes } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader, type DataPoint, type Histogram } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';

export function startOtel() {
	const contextManager = new AsyncLocalStorageContextManager().enable();
	context.setGlobalContextManager(contextManager);
	const spans = new InMemorySpanExporter();
	const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
	const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
	const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
	const meterProvider = new MeterProvider({ readers: [reader] });
	return {
		tracerProvider,
		meterProvider,
		spans,
		/** Every data point of the metric `name`, read now. */
		async points(name: string): Promise<DataPoint<number | Histogram>[]> {
			metricExporter.reset();
			await reader.forceFlush();
			const found: DataPoint<number | Histogram>[] = [];
			for (const resource of metricExporter.getMetrics()) {
				for (const scope of resource.scopeMetrics) for (const metric of scope.metrics) if (metric.descriptor.name === name) found.push(...(metric.dataPoints as DataPoint<number | Histogram>[]));
			}
			return found;
		},
		async shutdown() {
			await tracerProvider.shutdown();
			await meterProvider.shutdown();
			contextManager.disable();
			context.disable();
		},
	};
}

/** The sum of a counter's points (all attributes). */
export const total = (points: DataPoint<number | Histogram>[]) => points.reduce((sum, point) => sum + (point.value as number), 0);

/** A span's parent span, among `spans`. */
export const parentOf = (span: ReadableSpan, spans: readonly ReadableSpan[]) => spans.find((other) => other.spanContext().spanId === span.parentSpanContext?.spanId);

/** Every attribute value of every span and event, as text, to search for what must never be recorded. */
export function everythingRecorded(spans: readonly ReadableSpan[]): string {
	const values = (attributes: Attributes) => Object.values(attributes).map((value) => JSON.stringify(value));
	return spans.flatMap((span) => [span.name, span.status.message ?? '', ...values(span.attributes), ...span.events.flatMap((event) => [event.name, ...values(event.attributes ?? {})])]).join('\n');
}
