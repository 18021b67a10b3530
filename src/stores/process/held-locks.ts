/**
 * The nonces of the checkpoint locks this process holds right now. A lock naming this process is another
 * live run only if its nonce is here; otherwise an earlier process with our pid left it (PID 1 of a restarted
 * container) or a run of this one leaked it, and it is taken over at once.
 *
 * Kept on `globalThis` under a registered symbol, so that two copies of this library in one process (an ESM
 * and a CJS install) see each other's locks.
 */
const KEY = Symbol.for('bedrock-paginators.file-checkpoint.held-lock-nonces');

function registry(): Set<string> {
	const global = globalThis as { [KEY]?: Set<string> };
	global[KEY] ??= new Set();
	return global[KEY];
}

export function holdNonce(nonce: string): void {
	registry().add(nonce);
}

export function dropNonce(nonce: string): void {
	registry().delete(nonce);
}

export function isHeldHere(nonce: string): boolean {
	return registry().has(nonce);
}
