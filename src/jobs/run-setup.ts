/** What a run of a job is set up with, and the items it is handed to handle. */
import type { CheckpointState, ServiceIdentity } from './checkpoint-state.js';
import type { ResolvedJobOptions } from './job-options.js';
import type { JobTelemetry } from '../telemetry/job-telemetry.js';
import type { JobHandler } from './types.js';
import type { CheckpointLease } from './checkpoint-store.js';

/** Everything a run is set up with. */
export interface RunSetup {
	readonly job: ResolvedJobOptions;
	readonly handler: JobHandler<unknown>;
	readonly previous: CheckpointState | undefined;
	readonly jobId: string;
	readonly startedAt: number;
	/** The checkpoint's lock, when the store has one: confirmed before an item starts. */
	readonly lease: CheckpointLease | undefined;
	/** The region and endpoint the client resolves. */
	readonly service: Pick<ServiceIdentity, 'region' | 'endpoint'>;
	/** The run's spans and metrics; `undefined` when telemetry is off or `@opentelemetry/api` is absent. */
	readonly telemetry: JobTelemetry | undefined;
}

/** One item to handle: its id, and what to do once it is handled or its failure recorded. */
export interface ItemTask {
	readonly id: string | undefined;
	/** The id a failure is recorded under (the item's id, or its place when it has none). */
	readonly failureId: string;
	readonly item: unknown;
	/** 1, or one more than the attempts recorded for a failure being redriven. */
	readonly attempt: number;
	/** The item is done: handled, or its failure recorded. */
	onDone(outcome: 'handled' | 'failed'): void;
}
