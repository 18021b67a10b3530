/**
 * A graceful stop for jobs in containers: Kubernetes and ECS send SIGTERM, then SIGKILL some seconds later
 * (30 by default). The library installs no signal handler by itself; this makes one on request. All the
 * signals made in one process share one handler per signal name, which is removed once nothing listens.
 */
import { nodeBuiltin } from '../utils/node-builtin.js';

/** The signal `stopOnSignals()` returns: an `AbortSignal`, plus `release()` to stop listening. */
export interface StopSignal extends AbortSignal {
	/** Stops listening: once no signal made by `stopOnSignals()` listens, the process's handler is removed. */
	release(): void;
}

interface Handler {
	readonly listener: (name: NodeJS.Signals) => void;
	readonly controllers: Set<AbortController>;
	received: boolean;
}

const handlers = new Map<NodeJS.Signals, Handler>();

/**
 * An `AbortSignal` that the first of `signals` aborts (its reason an `Error` named `AbortError` whose
 * `signal` is the signal's name), for a job's `signal` option: the job then stops starting items, aborts
 * its handlers' `context.signal`, saves and rejects with an `AbortError`. A second such signal ends the
 * process at once, as the default would (also as PID 1 of a container, where the kernel ignores the default).
 * Call `release()` when the job is over in a process that lives on, so that a later SIGTERM is not swallowed.
 *
 * @example
 * const summary = await processCustomModels(client, {}, audit, { checkpoint, signal: stopOnSignals() });
 */
export function stopOnSignals(signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): StopSignal {
	if (!Array.isArray(signals) || signals.length === 0 || signals.some((name) => typeof name !== 'string' || signalNumber(name) === undefined)) {
		throw new TypeError(`stopOnSignals() expects signal names such as ['SIGTERM', 'SIGINT'], got ${JSON.stringify(signals)}.`);
	}
	const controller = new AbortController();
	for (const name of new Set(signals)) handlerFor(name).controllers.add(controller);
	const release = () => {
		for (const [name, handler] of handlers) {
			handler.controllers.delete(controller);
			if (handler.controllers.size === 0 && !handler.received) remove(name);
		}
	};
	return Object.assign(controller.signal, { release });
}

function handlerFor(name: NodeJS.Signals): Handler {
	const existing = handlers.get(name);
	if (existing !== undefined) return existing;
	const handler: Handler = {
		controllers: new Set(),
		received: false,
		listener: () => {
			if (handler.received) return endProcess(name);
			handler.received = true;
			const reason = Object.assign(new Error(`Received ${name}; stopping (a second ${name} ends the process at once).`), { name: 'AbortError', signal: name });
			for (const controller of handler.controllers) controller.abort(reason);
		},
	};
	handlers.set(name, handler);
	process.on(name, handler.listener);
	return handler;
}

function remove(name: NodeJS.Signals): void {
	const handler = handlers.get(name);
	if (handler === undefined) return;
	process.removeListener(name, handler.listener);
	handlers.delete(name);
}

/** The second signal: the default's effect, also as PID 1 (whose default the kernel ignores). */
function endProcess(name: NodeJS.Signals): void {
	remove(name);
	const code = 128 + (signalNumber(name) ?? 0);
	if (process.listenerCount(name) > 0) return process.exit(code);
	process.kill(process.pid, name);
	// The signal reaches the process asynchronously (any of its threads may take it): give it a moment to end
	// the process by the signal, as a shell expects; as PID 1 the kernel drops it, and the exit code says it.
	setTimeout(() => process.exit(code), 100);
}

/**
 * The signals' numbers are read from `node:os` when first needed (the root entry imports no Node built-in);
 * before Node 20.16, which cannot reach it without an import, the signals whose numbers every POSIX system
 * shares are known.
 */
const SHARED_SIGNAL_NUMBERS: Readonly<Record<string, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };

function signalNumber(name: string): number | undefined {
	const signals: Readonly<Record<string, number | undefined>> = nodeBuiltin('node:os')?.constants.signals ?? SHARED_SIGNAL_NUMBERS;
	return Object.hasOwn(signals, name) ? signals[name] : undefined;
}
