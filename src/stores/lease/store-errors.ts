/**
 * An S3 or DynamoDB error as a checkpoint error: what a rerun cannot outlast (a missing bucket or table,
 * access denied, bad credentials, the wrong region) becomes a `CheckpointWriteError` naming the location and
 * what to do; what a retry can outlast (throttling, 5xx, a dropped connection) and what the lease logic reads
 * (a failed condition, a missing object) pass as they came.
 */
import { CheckpointWriteError } from '../../errors/checkpoint-errors.js';
import { classifyError } from '../../retry/classify.js';

/** Errors the leased checkpoint reads as answers, not failures. */
const ANSWERS = new Set(['PreconditionFailed', 'ConditionalRequestConflict', 'NoSuchKey', 'ConditionalCheckFailedException', 'TransactionCanceledException']);

const PERMISSIONS: Record<'s3' | 'dynamodb', string> = {
	s3: 's3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket on the bucket and key (see the README for the policy)',
	dynamodb: 'dynamodb:GetItem, dynamodb:PutItem, dynamodb:DeleteItem and dynamodb:Query on the table (see the README for the policy)',
};

const ADVICE: Record<string, (context: StoreContext) => string> = {
	NoSuchBucket: () => 'The bucket does not exist: create it, or fix `Bucket`.',
	ResourceNotFoundException: () =>
		'The table does not exist (or is in another region): create it, for example with `aws dynamodb create-table --table-name <name> --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE --billing-mode PAY_PER_REQUEST`.',
	AccessDenied: (context) => `Access was denied: the credentials need ${PERMISSIONS[context.service]}.`,
	AccessDeniedException: (context) => `Access was denied: the credentials need ${PERMISSIONS[context.service]}.`,
	InvalidAccessKeyId: () => 'The credentials are not valid: check the access key.',
	SignatureDoesNotMatch: () => 'The credentials are not valid: check the secret key.',
	UnrecognizedClientException: () => 'The credentials are not valid: check the access key.',
	ExpiredToken: () => 'The credentials have expired: refresh them.',
	ExpiredTokenException: () => 'The credentials have expired: refresh them.',
	PermanentRedirect: () => "The bucket is in another region: give the client the bucket's region.",
};

export interface StoreContext {
	readonly location: string;
	/** What was being done: `read`, `write`, `list the failures`, ... */
	readonly task: string;
	readonly service: 's3' | 'dynamodb';
}

export function storeError(error: unknown, context: StoreContext): unknown {
	const name = nameOf(error);
	if ((name !== undefined && ANSWERS.has(name)) || classifyError(error) !== undefined) return error;
	if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'CheckpointWriteError') return error;
	const advice = name === undefined ? undefined : ADVICE[name]?.(context);
	const message = error instanceof Error ? error.message : String(error);
	return new CheckpointWriteError(
		context.location,
		`Could not ${context.task} the checkpoint ${context.location}: ${name ?? 'Error'}: ${message}. ${advice ?? ''}${advice === undefined ? '' : ' '}The checkpoint stored is as the last save left it: run again once fixed.`,
		context.location,
		name,
		{ cause: error },
	);
}

function nameOf(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const { name, Code, code } = error as { name?: unknown; Code?: unknown; code?: unknown };
	for (const value of [Code, code, name]) if (typeof value === 'string' && value !== 'Error' && value !== 'S3ServiceException') return value;
	return undefined;
}
