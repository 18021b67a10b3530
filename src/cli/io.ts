/** What a command reads and writes: the process's streams and environment, and the signals that stop it. */
export interface CliIo {
	stdout: NodeJS.WritableStream & { isTTY?: boolean };
	stderr: NodeJS.WritableStream & { isTTY?: boolean };
	env: NodeJS.ProcessEnv;
	/** Aborted on Ctrl-C (SIGINT) or SIGTERM. */
	signal?: AbortSignal;
	/** Aborted when stdout is closed early (`| head`): the run ends quietly. */
	closed?: AbortSignal;
}
