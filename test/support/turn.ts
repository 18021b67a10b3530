/**
 * Waiting in tests without a clock: a turn of the event loop lets timers of 0 ms, I/O callbacks and
 * unhandled-rejection reports run, whatever the machine's load, where a sleep of some milliseconds only hopes to.
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Resolves once `condition()` holds, checking it once a turn (the test's timeout ends a wait that never does). */
export async function turnsUntil(condition: () => boolean): Promise<void> {
	while (!condition()) await nextTurn();
}
