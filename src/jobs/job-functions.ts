/** `processX(client, input, handler, options)`: the resumable job of an operation, made from its descriptor. */
import type { AnyOperationDescriptor, FiltersOf, ItemOf } from '../core/descriptor.js';
import type { SendClient } from '../retry/types.js';
import type { JobHandler, JobOptions, JobSummary } from './types.js';

/** The arguments after the client: input (optional unless the operation has required members), handler, options. */
export type JobArguments<D> = {} extends FiltersOf<D>
	? [input: FiltersOf<D> | undefined, handler: JobHandler<ItemOf<D>>, options: JobOptions]
	: [input: FiltersOf<D>, handler: JobHandler<ItemOf<D>>, options: JobOptions];

/** `processX(client, input, handler, options)`, written with the operation's named filter and item types. */
export type JobFunction<Filters, Item> = (
	client: SendClient,
	...args: {} extends Filters
		? [input: Filters | undefined, handler: JobHandler<Item>, options: JobOptions]
		: [input: Filters, handler: JobHandler<Item>, options: JobOptions]
) => Promise<JobSummary>;

export function createJobRunner<D extends AnyOperationDescriptor>(descriptor: D): JobFunction<FiltersOf<D>, ItemOf<D>> {
	return (client, input, handler, options) => runJobLazily(descriptor, client, input, handler, options);
}

/** Runs a resumable job over any operation described by `descriptor` (one you declared yourself included). */
export function processItems<D extends AnyOperationDescriptor>(descriptor: D, client: SendClient, ...[input, handler, options]: JobArguments<D>): Promise<JobSummary> {
	return runJobLazily(descriptor, client, input, handler, options);
}

/** The job machinery is loaded on the first job, so that importing the package for a listing does not pay for it. */
async function runJobLazily(descriptor: AnyOperationDescriptor, client: SendClient, input: unknown, handler: unknown, options: unknown): Promise<JobSummary> {
	const { runJob } = await import('./run-job.js');
	return runJob(descriptor, client, input, handler, options);
}
