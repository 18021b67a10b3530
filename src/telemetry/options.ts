/** The one check of the `telemetry` option, shared by listings and jobs. */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { describe } from '../utils/describe.js';
import { checkOptionKeys } from '../options/objects.js';
import type { TelemetryOptions } from './types.js';

const TELEMETRY_KEYS: readonly (keyof TelemetryOptions)[] = ['tracerProvider', 'meterProvider'];

/** `false` when turned off; otherwise the providers given (each may be absent: the global one is used). */
export function readTelemetry(value: unknown): TelemetryOptions | false {
	if (value === false) return false;
	if (value === undefined) return {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new InvalidPaginationConfigError('telemetry', `Expected \`telemetry\` to be \`false\` or { tracerProvider?, meterProvider? }, got ${describe(value)}.`);
	}
	checkOptionKeys('telemetry', 'telemetry', value, TELEMETRY_KEYS);
	const { tracerProvider, meterProvider } = value as TelemetryOptions;
	if (tracerProvider !== undefined && typeof (tracerProvider as { getTracer?: unknown } | null)?.getTracer !== 'function') {
		throw new InvalidPaginationConfigError('telemetry.tracerProvider', `Expected \`telemetry.tracerProvider\` to be a TracerProvider (with getTracer()), got ${describe(tracerProvider)}.`);
	}
	if (meterProvider !== undefined && typeof (meterProvider as { getMeter?: unknown } | null)?.getMeter !== 'function') {
		throw new InvalidPaginationConfigError('telemetry.meterProvider', `Expected \`telemetry.meterProvider\` to be a MeterProvider (with getMeter()), got ${describe(meterProvider)}.`);
	}
	return Object.freeze({ ...(tracerProvider === undefined ? {} : { tracerProvider }), ...(meterProvider === undefined ? {} : { meterProvider }) });
}
