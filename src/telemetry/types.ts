/**
 * The public contract of telemetry: which providers a call may name. The shapes are structural (the few methods
 * used), so that the types of `@opentelemetry/api` are not needed to compile against this package, and any
 * SDK's providers fit.
 */

/** Anything that hands out tracers, such as an SDK's `BasicTracerProvider` or `trace.getTracerProvider()`. */
export interface TracerProviderLike {
	getTracer(name: string, version?: string): unknown;
}

/** Anything that hands out meters, such as an SDK's `MeterProvider` or `metrics.getMeterProvider()`. */
export interface MeterProviderLike {
	getMeter(name: string, version?: string): unknown;
}

/**
 * OpenTelemetry for one call. Telemetry is on by default when `@opentelemetry/api` is installed, recorded by the
 * globally registered providers (none registered: nothing is recorded); `false` turns it off for this call.
 */
export interface TelemetryOptions {
	/** Where this call's spans go. @default the global tracer provider (`trace.getTracerProvider()`) */
	tracerProvider?: TracerProviderLike | undefined;
	/** Where this call's metrics go. @default the global meter provider (`metrics.getMeterProvider()`) */
	meterProvider?: MeterProviderLike | undefined;
}
