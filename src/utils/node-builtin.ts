/**
 * Node built-ins reached when first needed, through `process.getBuiltinModule` (Node 20.16 and later), rather
 * than imported: the root entry then loads no Node built-in, and bundles for a browser or an edge runtime.
 * `undefined` where there is no such module (a browser, an older Node); callers say what they do then.
 */
import type * as os from 'node:os';
import type * as util from 'node:util';

interface BuiltinModules {
	'node:os': typeof os;
	'node:util': typeof util;
}

export function nodeBuiltin<Name extends keyof BuiltinModules>(name: Name): BuiltinModules[Name] | undefined {
	const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
	return processLike?.getBuiltinModule?.(name) as BuiltinModules[Name] | undefined;
}
