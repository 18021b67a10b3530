/**
 * Why a job run stops, in one place. Every reason stops new items and the listing at once; all but
 * `MaxItems` and a failed listing also abort `context.signal` of the handlers still running, which then get
 * a grace period. The gravest reason seen decides how the run ends: a handler that fails under
 * `onError: 'stop'` after `MaxItems` was reached still makes the job reject with its error.
 */

/** How a run ended, or is ending, from the mildest to the gravest. */
export type Stop =
	/** This run started `MaxItems` items (or a redrive tried as many). */
	| { readonly kind: 'MaxItems' }
	/** `maxDuration` passed. */
	| { readonly kind: 'maxDuration' }
	/** The caller's signal aborted. */
	| { readonly kind: 'aborted'; readonly reason: unknown }
	/** A handler failed under `onError: 'stop'`. */
	| { readonly kind: 'failed'; readonly error: unknown }
	/** The listing failed (retries spent, a service error): running handlers finish, then the job rejects. */
	| { readonly kind: 'listingFailed'; readonly error: unknown }
	/** Recording progress failed (a checkpoint write, `onProgress`). */
	| { readonly kind: 'fatal'; readonly error: unknown }
	/** The checkpoint cannot be used (another service's, its failures unreadable): it is left as it is. */
	| { readonly kind: 'refused'; readonly error: unknown }
	/** Another run took the checkpoint's lock: nothing more may be written. */
	| { readonly kind: 'lockLost'; readonly error: unknown };

const GRAVITY: Record<Stop['kind'], number> = { MaxItems: 0, maxDuration: 0, listingFailed: 1, failed: 2, aborted: 3, fatal: 4, refused: 5, lockLost: 6 };

export class StopState {
	#stop: Stop | undefined;
	readonly #listing = new AbortController();
	readonly #handlers = new AbortController();

	/** Aborted at the first stop: the listing's requests and waits listen to it. */
	get listingSignal(): AbortSignal {
		return this.#listing.signal;
	}

	/** `context.signal` of every handler. */
	get handlerSignal(): AbortSignal {
		return this.#handlers.signal;
	}

	get current(): Stop | undefined {
		return this.#stop;
	}

	get stopped(): boolean {
		return this.#stop !== undefined;
	}

	/** Records `stop` (kept if graver than the reason so far) and stops what it stops. */
	stop(stop: Stop): void {
		if (this.#stop === undefined || GRAVITY[stop.kind] > GRAVITY[this.#stop.kind]) this.#stop = stop;
		this.#listing.abort(stop);
		if (abortsHandlers(stop)) this.abortHandlers(handlerReason(stop));
	}

	/** Aborts the handlers' signal (at the deadline or on the caller's abort while a run drains). */
	abortHandlers(reason: unknown): void {
		if (!this.#handlers.signal.aborted) this.#handlers.abort(reason);
	}
}

function abortsHandlers(stop: Stop): boolean {
	return stop.kind !== 'MaxItems' && stop.kind !== 'listingFailed';
}

/** What a handler sees as `context.signal.reason`. */
function handlerReason(stop: Stop): unknown {
	switch (stop.kind) {
		case 'maxDuration':
			return deadlineReason();
		case 'aborted':
			return stop.reason;
		case 'failed':
			return stoppedBy('another handler failed', stop.error);
		case 'fatal':
			return stoppedBy('recording progress failed', stop.error);
		case 'lockLost':
		case 'refused':
			return stop.error;
		default:
			return stoppedBy(stop.kind, undefined);
	}
}

/** The reason at `maxDuration`: named `TimeoutError`, as `AbortSignal.timeout()` names its own. */
function deadlineReason(): Error {
	return new DOMException('The job reached its maxDuration.', 'TimeoutError');
}

function stoppedBy(why: string, cause: unknown): Error {
	const error = new Error(`The job is stopping: ${why}.`, cause === undefined ? undefined : { cause });
	error.name = 'AbortError';
	return error;
}
