// `bedrock-paginators/dynamodb`: a checkpoint in a DynamoDB table, held by lease. Needs `@aws-sdk/client-dynamodb`.
export { dynamoCheckpoint } from './dynamo-checkpoint.js';
export type { DynamoCheckpointOptions } from './dynamo-checkpoint.js';
export type { LeasedCheckpointStore, LeaseOptions } from '../lease/leased-checkpoint.js';
