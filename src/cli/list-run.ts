/** What one `list-*` run works with, plain or checkpointed: one object, not the same seven parameters twice. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import type { ListArguments } from './arguments.js';
import type { CliClient, CommandSpec } from './command-spec.js';
import type { CliIo } from './io.js';
import type { CompiledQuery } from './output/query.js';
import type { Progress } from './progress.js';

export interface ListRun {
	/** The command: its item and response structures, for output in the AWS CLI's member order. */
	readonly command: CommandSpec;
	readonly descriptor: AnyOperationDescriptor;
	readonly client: CliClient;
	readonly args: ListArguments;
	/** `--query`, compiled before any request. */
	readonly query: CompiledQuery | undefined;
	/** Writes to stdout around the progress line. */
	readonly write: (text: string) => void;
	readonly io: CliIo;
	readonly progress: Progress;
	/** Aborted by Ctrl-C or a closed stdout: stops the listing. */
	readonly signal: AbortSignal;
}
