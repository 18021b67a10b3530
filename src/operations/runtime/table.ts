/**
 * The descriptor table of @aws-sdk/client-bedrock-runtime (Amazon Bedrock runtime): every paginated operation botocore's
 * `bedrock-runtime` paginators-1.json lists, named as the SDK's `paginate*` functions name them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required, path
 * parameters among them) are the service model's. test/family-tables.test.ts checks it against the installed
 * SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as sdk from '@aws-sdk/client-bedrock-runtime';
import { defineOperation } from '../../core/descriptor.js';

/** Named in the message when the installed SDK lacks an operation's command. */
const SDK_PACKAGE = '@aws-sdk/client-bedrock-runtime';

/** ListAsyncInvokes (GET /async-invoke). */
export const listAsyncInvokesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListAsyncInvokesCommand, {
	operationName: 'ListAsyncInvokes',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'asyncInvokeSummaries',
	itemId: 'invocationArn',
	order: { sortBy: { member: 'sortBy', value: 'SubmissionTime' }, sortOrder: { member: 'sortOrder', ascending: 'Ascending', descending: 'Descending' }, timeField: 'submitTime' },
	members: {
		submitTimeAfter: { type: 'timestamp' },
		submitTimeBefore: { type: 'timestamp' },
		statusEquals: { type: 'enum', values: ['InProgress', 'Completed', 'Failed'] },
		sortBy: { type: 'enum', values: ['SubmissionTime'] },
		sortOrder: { type: 'enum', values: ['Ascending', 'Descending'] },
	},
});
