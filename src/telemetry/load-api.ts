/**
 * `@opentelemetry/api`, loaded once on first use and only if installed (it is an optional peer dependency). Until
 * the import settles a caller awaits it once; after that the answer is at hand, so a listing pays no promise hop
 * for it, and without the package nothing else of telemetry runs.
 */
import type * as OtelApi from '@opentelemetry/api';

export type Api = typeof OtelApi;

let loaded: { api: Api | undefined } | undefined;
let loading: Promise<Api | undefined> | undefined;

/** The API, `undefined` when it is not installed, or a promise of either on the first call. */
export function telemetryApi(): Api | undefined | Promise<Api | undefined> {
	if (loaded !== undefined) return loaded.api;
	loading ??= import('@opentelemetry/api').then(
		(module) => {
			// An unexpected shape (a stub, a bundler's placeholder) counts as absent.
			loaded = { api: typeof module.trace === 'object' && typeof module.context === 'object' && typeof module.metrics === 'object' ? module : undefined };
			return loaded.api;
		},
		() => {
			loaded = { api: undefined };
			return undefined;
		},
	);
	return loading;
}
