/**
 * Waits that end at once when a signal aborts, and leave no listener or timer behind either way; and one
 * shared listener per caller's signal, so any number of listings can share a signal without piling up
 * listeners on it (Node warns past ten).
 */

/** Resolves after `ms`, or rejects with `signal.reason` as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
	if (signal?.aborted) return Promise.reject(signal.reason);
	if (ms <= 0) return Promise.resolve();
	return new Promise<void>((resolve, reject) => {
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

/** Settles like `promise`, or rejects with `signal.reason` the moment the signal aborts, whichever is first. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) {
		promise.catch(() => {}); // the loser's rejection must not surface as unhandled
		return Promise.reject(signal.reason);
	}
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => {
			promise.catch(() => {});
			reject(signal.reason);
		};
		signal.addEventListener('abort', onAbort, { once: true });
		promise.then(
			(value) => {
				signal.removeEventListener('abort', onAbort);
				resolve(value);
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort);
				reject(error);
			},
		);
	});
}

/** A signal's subscribers and the one listener on it that calls them. */
interface Subscription {
	readonly callbacks: Set<(reason: unknown) => void>;
	readonly listener: () => void;
}

const subscriptions = new WeakMap<AbortSignal, Subscription>();

/**
 * Calls `onAbort(reason)` when `signal` aborts. Every subscriber of one signal shares a single listener on it,
 * which is removed with the last subscriber. Returns the unsubscribe function.
 */
export function onAbort(signal: AbortSignal, callback: (reason: unknown) => void): () => void {
	let subscription = subscriptions.get(signal);
	if (subscription === undefined) {
		const callbacks = new Set<(reason: unknown) => void>();
		const listener = () => {
			subscriptions.delete(signal);
			for (const subscriber of [...callbacks]) subscriber(signal.reason);
		};
		subscription = { callbacks, listener };
		subscriptions.set(signal, subscription);
		signal.addEventListener('abort', listener, { once: true });
	}
	const own = subscription;
	own.callbacks.add(callback);
	return () => {
		if (!own.callbacks.delete(callback) || own.callbacks.size > 0) return;
		if (subscriptions.get(signal) === own) subscriptions.delete(signal);
		signal.removeEventListener('abort', own.listener);
	};
}

/**
 * A controller of the listing's own, aborted when the caller's signal aborts (with its reason) or when the
 * listing ends early (a `break`, a read-ahead to cancel). Requests and waits listen to its signal, never to
 * the caller's. `release()` unsubscribes from the caller's signal.
 */
export function linkedController(parent: AbortSignal | undefined): { controller: AbortController; release: () => void } {
	const controller = new AbortController();
	if (parent === undefined) return { controller, release: () => {} };
	if (parent.aborted) {
		controller.abort(parent.reason);
		return { controller, release: () => {} };
	}
	const release = onAbort(parent, (reason) => controller.abort(reason));
	return { controller, release };
}
