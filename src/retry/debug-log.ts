/**
 * What the paginator decides, for people finding out why a listing is slow: each response's status and error
 * code, each retry with its wait and why, each change of pace. Off by default; `NODE_DEBUG=bedrock-paginators`
 * prints it through Node's own `util.debuglog`, and the CLI's `--debug` adds a sink of its own. Lines never hold a
 * credential, a header or a token: only statuses, error names, counts and times.
 */
import { debuglog } from '../utils/node-debug.js';

const nodeDebug = debuglog('bedrock-paginators');
const sinks = new Set<(line: string) => void>();

/** Whether anyone listens: callers check this before building a line, so that logging costs nothing when off. */
export function debugEnabled(): boolean {
	return sinks.size > 0 || nodeDebug.enabled;
}

export function debugLine(line: string): void {
	if (nodeDebug.enabled) nodeDebug('%s', line);
	for (const sink of sinks) sink(line);
}

/** Sends every line to `sink` as well, until the returned function is called. */
export function addDebugSink(sink: (line: string) => void): () => void {
	sinks.add(sink);
	return () => sinks.delete(sink);
}

/** `429 ThrottlingException`, `503 ServiceUnavailableException`, `ECONNREFUSED`: what a failure looked like on the wire. */
export function describeFailure(error: unknown): string {
	const shape = (error ?? {}) as { name?: unknown; code?: unknown; $metadata?: { httpStatusCode?: unknown }; cause?: { code?: unknown } };
	const status = shape.$metadata?.httpStatusCode;
	const code = typeof shape.code === 'string' ? shape.code : typeof shape.cause?.code === 'string' ? shape.cause.code : undefined;
	const name = typeof shape.name === 'string' ? shape.name : 'Error';
	return [typeof status === 'number' ? String(status) : 'no response', code !== undefined && code !== name ? `${name} (${code})` : name].join(' ');
}
