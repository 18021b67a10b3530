import {
	ListCustomModelsCommand,
	type ListCustomModelsCommandInput,
	type ListCustomModelsCommandOutput,
} from '@aws-sdk/client-bedrock';
import type { OperationDescriptor } from './descriptor.js';

/** Bedrock's ListCustomModels, as botocore's paginator model describes it. */
export const listCustomModelsDescriptor: OperationDescriptor<
	ListCustomModelsCommandInput,
	ListCustomModelsCommandOutput,
	'modelSummaries'
> = {
	operationName: 'ListCustomModels',
	createCommand: (input) => new ListCustomModelsCommand(input),
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'modelSummaries',
};
