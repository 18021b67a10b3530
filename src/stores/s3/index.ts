// `bedrock-paginators/s3`: a checkpoint in S3, held by lease. Needs `@aws-sdk/client-s3`.
export { s3Checkpoint } from './s3-checkpoint.js';
export type { S3CheckpointOptions } from './s3-checkpoint.js';
export type { LeasedCheckpointStore, LeaseOptions } from '../lease/leased-checkpoint.js';
