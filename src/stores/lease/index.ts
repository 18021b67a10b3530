// `bedrock-paginators/lease`: a checkpoint store held by lease over any store with conditional writes.
export { leasedCheckpoint } from './leased-checkpoint.js';
export type { LeasedCheckpointStore, LeaseOptions } from './leased-checkpoint.js';
export { CONFLICT } from './remote-parts.js';
export type { ObjectShelf, Versioned, VersionedDocument } from './remote-parts.js';
