/**
 * `util.debuglog(section)` without importing `node:util` at load time (see `node-builtin.ts`). Where Node's is
 * out of reach (Node before 20.16), `NODE_DEBUG` is read the same way (comma-separated sections, `*` as a
 * wildcard) and lines go to stderr in Node's form, `SECTION pid: message`; in a browser it is off.
 */
import { nodeBuiltin } from './node-builtin.js';

export interface DebugLogger {
	(message: string, ...values: unknown[]): void;
	readonly enabled: boolean;
}

export function debuglog(section: string): DebugLogger {
	const util = nodeBuiltin('node:util');
	if (util !== undefined) return util.debuglog(section);
	const processLike = (globalThis as { process?: { env?: Record<string, string | undefined>; pid?: number } }).process;
	const enabled = sectionEnabled(processLike?.env?.['NODE_DEBUG'] ?? '', section);
	const log = (message: string, ...values: unknown[]) => {
		if (enabled) console.error(`${section.toUpperCase()} ${processLike?.pid ?? 0}: ${withValues(message, values)}`);
	};
	return Object.assign(log, { enabled });
}

function sectionEnabled(setting: string, section: string): boolean {
	return setting
		.split(',')
		.map((pattern) => pattern.trim())
		.filter((pattern) => pattern !== '')
		.some((pattern) => new RegExp(`^${pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(section));
}

/** `%s` placeholders filled in order, the rest appended: the part of `util.format` the library's lines use. */
function withValues(message: string, values: readonly unknown[]): string {
	let next = 0;
	const filled = message.replace(/%s/g, () => (next < values.length ? String(values[next++]) : '%s'));
	return [filled, ...values.slice(next).map(String)].join(' ');
}
