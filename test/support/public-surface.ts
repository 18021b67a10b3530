/**
 * The root entry's public surface, pinned: what `src/index.ts` names and `dist/index.d.ts` exports. A name
 * added to or dropped from the root by accident fails the tests that compare with this list.
 */

/** The operations, in the table's order: each gives five values and four types (see below). */
export const OPERATIONS = [
	'ListCustomModels', 'ListModelCustomizationJobs', 'ListProvisionedModelThroughputs', 'ListEvaluationJobs', 'ListGuardrails',
	'ListModelCopyJobs', 'ListModelInvocationJobs', 'ListImportedModels', 'ListModelImportJobs', 'ListInferenceProfiles',
	'ListMarketplaceModelEndpoints', 'ListPromptRouters', 'ListCustomModelDeployments', 'ListAutomatedReasoningPolicies',
	'ListAutomatedReasoningPolicyBuildWorkflows', 'ListAutomatedReasoningPolicyTestCases', 'ListAutomatedReasoningPolicyTestResults',
	'ListEnforcedGuardrailsConfiguration', 'ListAdvancedPromptOptimizationJobs',
] as const;

const OTHER_VALUES = [
	'paginate', 'defineOperation', 'iterateItems', 'collectFullResult', 'processItems', 'encodeToken', 'decodeToken',
	'fileCheckpoint', 'stopOnSignals', 'resumeTokenOf',
	'PaginationError', 'InvalidPaginationConfigError', 'InvalidStartingTokenError', 'DuplicateTokenError', 'AbortError',
	'MalformedPageError', 'ListingFailedError', 'CheckpointError', 'CheckpointCorruptError', 'CheckpointMismatchError',
	'CheckpointLockedError', 'CheckpointWriteError',
	'isPaginationError', 'isInvalidPaginationConfigError', 'isInvalidStartingTokenError', 'isDuplicateTokenError', 'isAbortError',
	'isMalformedPageError', 'isListingFailedError', 'isCheckpointError', 'isCheckpointCorruptError', 'isCheckpointMismatchError',
	'isCheckpointLockedError', 'isCheckpointWriteError',
];

const OTHER_TYPES = [
	'PaginateFunction', 'ItemIteratorFunction', 'ResultFunction', 'JobFunction', 'ListingOptions',
	'PaginationConfig', 'PaginateOptions', 'PageContext', 'Page', 'PageExtras', 'FullResult', 'ItemIterator',
	'RetryOptions', 'PacingOptions', 'RetryContext', 'SendClient', 'TelemetryOptions', 'TracerProviderLike', 'MeterProviderLike',
	'OperationDescriptor', 'OperationSpec', 'MemberSpec', 'ListingOrder', 'PageOf', 'ItemOf', 'FiltersOf', 'FullResultOf', 'Position',
	'JobOptions', 'JobHandler', 'HandlerContext', 'JobProgress', 'JobSummary', 'JobFailure', 'CheckpointEvery',
	'CheckpointStore', 'CheckpointLease', 'FailureLog', 'FailureRecord',
	'CheckpointState', 'Anchor', 'DoneRange', 'RangeMark', 'ServiceIdentity', 'FailureCounts',
	'FileCheckpointStore', 'FileCheckpointOptions', 'StopSignal', 'LockOwner',
];

/** `ListCustomModels` -> `CustomModels`: the stem of the job's and the types' names. */
const stem = (operation: string) => operation.replace(/^List/, '');

export const ROOT_VALUES: readonly string[] = [
	...OPERATIONS.flatMap((operation) => [
		`paginate${operation}`,
		`iterate${operation}`,
		`build${operation}Result`,
		`process${stem(operation)}`,
		`l${operation.slice(1)}Descriptor`,
	]),
	...OTHER_VALUES,
].sort();

export const ROOT_TYPES: readonly string[] = [
	...OPERATIONS.flatMap((operation) => [`${operation}Filters`, `${stem(operation)}Page`, `${stem(operation)}Result`, `${stem(operation)}Item`]),
	...OTHER_TYPES,
].sort();
