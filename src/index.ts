// Every paginated Bedrock operation: paginateListX, iterateListX, buildListXResult, and the jobs processX.
export * from './operations/functions.js';
export * from './operations/jobs.js';
// The descriptor of each operation (listCustomModelsDescriptor, ...), for paginate() and processItems().
export * from './operations/table.js';
export type { ListCustomModelsFilters, CustomModelsPage, CustomModelsResult } from './operations/types.js';

// The engine, for any operation described with defineOperation().
export { paginate } from './core/paginate.js';
export { defineOperation } from './core/descriptor.js';
export { iterateItems } from './core/items.js';
export { collectFullResult } from './core/full-result.js';
export { processItems } from './jobs/job-functions.js';
export { encodeToken, decodeToken } from './core/token.js';
export type { Position } from './core/token.js';
export type * from './core/descriptor.js';
export type { PaginationConfig, PaginateOptions, PageContext, Page, PageExtras, FullResult, ItemIterator } from './core/types.js';
export type { RetryOptions, PacingOptions } from './retry/options.js';
export type { RetryContext, SendClient } from './retry/types.js';
export type { TelemetryOptions, TracerProviderLike, MeterProviderLike } from './telemetry/types.js';

// Resumable jobs.
export { fileCheckpoint } from './stores/file/file-checkpoint.js';
export type { FileCheckpointStore, FileCheckpointOptions } from './stores/file/file-checkpoint.js';
export { stopOnSignals } from './jobs/stop-on-signals.js';
export type { StopSignal } from './jobs/stop-on-signals.js';
export type { CheckpointState, Anchor, DoneRange, RangeMark, ServiceIdentity, FailureCounts } from './jobs/checkpoint-state.js';
export type * from './jobs/types.js';

// Errors, their guards, and where to resume after one.
export * from './errors/index.js';
