// OpenTelemetry: runs a small job with a tracer provider registered and prints its span tree, the way a tracing
// backend would show it: the job's span, its listing (retries as events) and each handler, with the handler's own
// work under it. In production, register the SDK of your backend instead (see the README's "Observability").
// Run: npx tsx examples/telemetry.ts   (uses your AWS configuration, or AWS_ENDPOINT_URL_BEDROCK for a local endpoint)
// Without an account: npm run example -- telemetry   (an embedded local endpoint)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { fileCheckpoint, processCustomModels } from 'bedrock-paginators';
import { requireAwsConfig } from './support/aws-config.js';

// Context must follow async work for the spans of a handler to nest under it.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
const spans = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
trace.setGlobalTracerProvider(provider);

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const client = new BedrockClient({});
await requireAwsConfig(client, 'telemetry');
const directory = mkdtempSync(join(tmpdir(), 'telemetry-example-'));
const app = trace.getTracer('example-app');
try {
	const summary = await processCustomModels(
		client,
		{},
		async (model) => {
			// Your own spans (and SDK calls, with @opentelemetry/instrumentation-aws-sdk) nest under the handler's span.
			await app.startActiveSpan('audit model', async (span) => {
				span.setAttribute('model.name', model.modelName ?? '');
				await new Promise((resolve) => setTimeout(resolve, 5));
				span.end();
			});
		},
		{ checkpoint: fileCheckpoint(join(directory, 'job.json')), concurrency: 2, pagination: { PageSize: 3, MaxItems: 6 } },
	);
	console.error(`handled ${summary.handled} models in ${summary.pages} pages`);
} finally {
	client.destroy();
	rmSync(directory, { recursive: true, force: true });
}

printTree(spans.getFinishedSpans());

/** Each span under its parent, with its duration and the attributes that say what happened. */
function printTree(all: readonly ReadableSpan[]): void {
	const children = new Map<string | undefined, ReadableSpan[]>();
	const ids = new Set(all.map((span) => span.spanContext().spanId));
	for (const span of all) {
		const parent = span.parentSpanContext?.spanId;
		const key = parent !== undefined && ids.has(parent) ? parent : undefined;
		children.set(key, [...(children.get(key) ?? []), span]);
	}
	const shown = ['bedrock_paginators.pages', 'bedrock_paginators.items', 'bedrock_paginators.requests', 'bedrock_paginators.retries', 'bedrock_paginators.handled', 'bedrock_paginators.item.index', 'model.name'];
	const print = (span: ReadableSpan, depth: number) => {
		const ms = span.duration[0] * 1000 + span.duration[1] / 1e6;
		const facts = shown.filter((key) => span.attributes[key] !== undefined).map((key) => `${key.split('.').at(-1)}=${String(span.attributes[key])}`);
		const events = span.events.length > 0 ? ` (${span.events.length} retr${span.events.length === 1 ? 'y' : 'ies'})` : '';
		console.log(`${'  '.repeat(depth)}${span.name}  ${ms.toFixed(0)} ms  ${facts.join(' ')}${events}`.trimEnd());
		const kids = [...(children.get(span.spanContext().spanId) ?? [])].sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
		for (const child of kids) print(child, depth + 1);
	};
	for (const root of children.get(undefined) ?? []) print(root, 0);
}
