/**
 * Turns the SDK's own retries off for one command, leaving the client and its other callers untouched.
 *
 * A middleware inside the client's retry middleware wraps every failure in an error the SDK classifies as
 * final, so its retry loop gives up after one request; `unshield` restores the original error afterwards.
 * Without this, p-retry around a default client multiplies attempts (3 x 3) and the SDK sleeps up to a
 * second inside `send()` after each 429, which no pacing can recover.
 */

const SHIELD_NAME = 'bedrockPaginatorsRetryShield';

/** Carries the real error through the SDK's retry middleware; has nothing the SDK would retry on. */
class ShieldedFailure extends Error {
	override name = 'BedrockPaginatorsShieldedFailure';
	constructor(readonly original: unknown) {
		super('A page request failed; the paginator retries it itself.');
	}
}

interface MiddlewareStackLike {
	add(middleware: unknown, options: Record<string, unknown>): void;
}

/** Wraps every failure of the one request, so the SDK's retry middleware sees it as final. */
const shield =
	(next: (args: unknown) => Promise<unknown>) =>
	async (args: unknown): Promise<unknown> => {
		try {
			return await next(args);
		} catch (error) {
			throw new ShieldedFailure(error);
		}
	};
// finalizeRequest/low runs inside the retry middleware (finalizeRequest/high) and around signing,
// transport and deserialisation, so it sees every failure of the one request.
const SHIELD_OPTIONS = { name: SHIELD_NAME, step: 'finalizeRequest', priority: 'low', override: true } as const;

/** Adds the shield to `command` if it is an SDK command; test doubles without a stack are left as they are. */
export function shieldFromSdkRetries(command: unknown): void {
	const stack = (command as { middlewareStack?: MiddlewareStackLike } | null)?.middlewareStack;
	if (typeof stack?.add === 'function') stack.add(shield, SHIELD_OPTIONS);
}

/** The error the request really failed with. */
export function unshield(error: unknown): unknown {
	return error instanceof ShieldedFailure ? error.original : error;
}
