/**
 * How the command line ends, as the AWS CLI (v1) ends: 0 done; 2 for a mistake in the arguments themselves
 * (a missing value, a number that is not one, an unknown choice); 255 for everything else that fails
 * (parameter validation, unknown options, a service or network error); 130 when interrupted.
 */
export const EXIT = { ok: 0, usage: 2, failed: 255, interrupted: 130 } as const;

/** A mistake in how an argument was written: one line, exit status 2, as argparse reports it. */
export class ArgumentError extends Error {
	override name = 'ArgumentError';
}

/** A failure with its own message and exit status (255 unless said otherwise). */
export class CliFailure extends Error {
	override name = 'CliFailure';
	constructor(
		message: string,
		readonly exitCode: number = EXIT.failed,
	) {
		super(message);
	}
}
