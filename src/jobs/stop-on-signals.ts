/**
 * A graceful stop for jobs in containers: Kubernetes and ECS send SIGTERM, then SIGKILL some seconds later
 * (30 by default). The library installs no signal handler by itself; this makes one on request.
 */

/** The signal `stopOnSignals()` returns: an `AbortSignal`, plus `release()` to remove its handlers early. */
export interface StopSignal extends AbortSignal {
	/** Removes the signal handlers (they are removed by themselves at the first signal). */
	release(): void;
}

/**
 * An `AbortSignal` that the first of `signals` aborts (its reason an `Error` named `AbortError` whose
 * `signal` is the signal's name), for a job's `signal` option: the job then stops starting items, aborts
 * its handlers' `context.signal`, saves and rejects with an `AbortError`. At that first signal the handlers
 * are removed, so a second one has its default effect (the process ends) unless other handlers are installed.
 *
 * @example
 * const summary = await processCustomModels(client, {}, audit, { checkpoint, signal: stopOnSignals() });
 */
export function stopOnSignals(signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): StopSignal {
	if (!Array.isArray(signals) || signals.length === 0 || signals.some((name) => typeof name !== 'string' || !name.startsWith('SIG'))) {
		throw new TypeError(`stopOnSignals() expects signal names such as ['SIGTERM', 'SIGINT'], got ${JSON.stringify(signals)}.`);
	}
	const controller = new AbortController();
	const release = () => {
		for (const name of signals) process.removeListener(name, onSignal);
	};
	function onSignal(name: NodeJS.Signals): void {
		release();
		const reason = Object.assign(new Error(`Received ${name}; stopping (a second ${name} ends the process at once).`), { name: 'AbortError', signal: name });
		controller.abort(reason);
	}
	for (const name of signals) process.on(name, onSignal);
	return Object.assign(controller.signal, { release });
}
