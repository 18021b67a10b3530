/** A mistake in how the command was called: printed as one line with a hint, never with a stack trace. */
export class UsageError extends Error {
	override name = 'UsageError';
}
