/**
 * One call of the job's handler, inside its telemetry span when there is one. A handler that returns no promise
 * is settled at once, so a fast synchronous handler costs no promise hops.
 */
import type { HandlerTrace } from '../telemetry/job-telemetry.js';
import type { ItemContext } from './handler-context.js';
import type { JobHandler } from './types.js';

/** `undefined` when the handler succeeded, else what it threw or rejected with. */
export type HandlerFailure = { readonly error: unknown } | undefined;

/** Handler times measured one in this many once the first few are (enough for the save policy's estimate). */
const HANDLER_SAMPLE_EVERY = 8;
const HANDLERS_ALWAYS_TIMED = 16;

/** Whether the handler of the run's `index`th item is timed. */
export const isTimed = (index: number) => index < HANDLERS_ALWAYS_TIMED || index % HANDLER_SAMPLE_EVERY === 0;

/** Calls the handler, then `settle` with how it went: at once when it returned no promise, else once it settles. */
export function callHandler(
	handler: JobHandler<unknown>,
	item: unknown,
	context: ItemContext,
	trace: HandlerTrace | undefined,
	settle: (failure: HandlerFailure) => Promise<void> | undefined,
): Promise<void> | undefined {
	let outcome: unknown;
	try {
		outcome = trace === undefined ? handler(item, context) : trace.run(() => handler(item, context));
	} catch (error) {
		trace?.end({ error });
		return settle({ error });
	}
	if (typeof (outcome as PromiseLike<unknown> | null)?.then !== 'function') {
		trace?.end();
		return settle(undefined);
	}
	return Promise.resolve(outcome).then(
		() => {
			trace?.end();
			return settle(undefined);
		},
		(error: unknown) => {
			trace?.end({ error });
			return settle({ error });
		},
	);
}
