/**
 * The descriptor table of @aws-sdk/client-bedrock-data-automation (Bedrock Data Automation): every paginated operation botocore's
 * `bedrock-data-automation` paginators-1.json lists, named as the SDK's `paginate*` functions name them. Token, limit and
 * result keys are the paginator model's; request members (types, enums, lengths, which are required, path
 * parameters among them) are the service model's. test/family-tables.test.ts checks it against the installed
 * SDK and, where Python has it, botocore.
 *
 * Each descriptor is its own constant, so a bundler keeps only the operations an app imports.
 */
import * as sdk from '@aws-sdk/client-bedrock-data-automation';
import { defineOperation } from '../../core/descriptor.js';

/** Named in the message when the installed SDK lacks an operation's command. */
const SDK_PACKAGE = '@aws-sdk/client-bedrock-data-automation';

/** ListBlueprints (POST /blueprints/). */
export const listBlueprintsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListBlueprintsCommand, {
	operationName: 'ListBlueprints',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'blueprints',
	itemId: 'blueprintArn',
	members: {
		blueprintArn: { type: 'string', max: 128 },
		resourceOwner: { type: 'enum', values: ['SERVICE', 'ACCOUNT'] },
		blueprintStageFilter: { type: 'enum', values: ['DEVELOPMENT', 'LIVE', 'ALL'] },
		projectFilter: { type: 'structure' },
	},
});

/** ListDataAutomationLibraries (POST /data-automation-libraries/). */
export const listDataAutomationLibrariesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListDataAutomationLibrariesCommand, {
	operationName: 'ListDataAutomationLibraries',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'libraries',
	itemId: 'libraryArn',
	members: {
		projectFilter: { type: 'structure' },
	},
});

/** ListDataAutomationLibraryEntities (POST /data-automation-libraries/{libraryArn}/entityType/{entityType}/entities/). */
export const listDataAutomationLibraryEntitiesDescriptor = /* @__PURE__ */ defineOperation(sdk.ListDataAutomationLibraryEntitiesCommand, {
	operationName: 'ListDataAutomationLibraryEntities',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'entities',
	members: {
		libraryArn: { type: 'string', max: 128, required: true },
		entityType: { type: 'enum', values: ['VOCABULARY'], required: true },
	},
});

/** ListDataAutomationLibraryIngestionJobs (POST /data-automation-libraries/{libraryArn}/library-ingestion-jobs/). */
export const listDataAutomationLibraryIngestionJobsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListDataAutomationLibraryIngestionJobsCommand, {
	operationName: 'ListDataAutomationLibraryIngestionJobs',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'jobs',
	itemId: 'jobArn',
	members: {
		libraryArn: { type: 'string', max: 128, required: true },
	},
});

/** ListDataAutomationProjects (POST /data-automation-projects/). */
export const listDataAutomationProjectsDescriptor = /* @__PURE__ */ defineOperation(sdk.ListDataAutomationProjectsCommand, {
	operationName: 'ListDataAutomationProjects',
	sdkPackage: SDK_PACKAGE,
	inputToken: 'nextToken',
	outputToken: 'nextToken',
	limitKey: 'maxResults',
	limitMax: 1000,
	resultKey: 'projects',
	itemId: 'projectArn',
	members: {
		projectStageFilter: { type: 'enum', values: ['DEVELOPMENT', 'LIVE', 'ALL'] },
		blueprintFilter: { type: 'structure' },
		resourceOwner: { type: 'enum', values: ['SERVICE', 'ACCOUNT'] },
		libraryFilter: { type: 'structure' },
	},
});
