/**
 * Span, attribute and metric names, in one place so that the README's tables can be checked against them. The
 * semantic conventions' names where one applies (`rpc.*`, `cloud.region`, `error.type`); ours under
 * `bedrock_paginators.`.
 */
export const INSTRUMENTATION_NAME = 'bedrock-paginators';

export const SPAN = {
	list: 'bedrock-paginators.list',
	job: 'bedrock-paginators.job',
	handle: 'bedrock-paginators.handle',
} as const;

export const EVENT = {
	retry: 'bedrock_paginators.retry',
	pacerWait: 'bedrock_paginators.pacer_wait',
} as const;

export const ATTR = {
	rpcSystem: 'rpc.system',
	rpcService: 'rpc.service',
	rpcMethod: 'rpc.method',
	cloudRegion: 'cloud.region',
	errorType: 'error.type',
	filterKeys: 'bedrock_paginators.filter_keys',
	pageSize: 'bedrock_paginators.page_size',
	maxItems: 'bedrock_paginators.max_items',
	resumed: 'bedrock_paginators.resumed',
	pages: 'bedrock_paginators.pages',
	items: 'bedrock_paginators.items',
	requests: 'bedrock_paginators.requests',
	retries: 'bedrock_paginators.retries',
	throttles: 'bedrock_paginators.throttles',
	waitMs: 'bedrock_paginators.wait_ms',
	throttleWaitMs: 'bedrock_paginators.throttle_wait_ms',
	hasNextToken: 'bedrock_paginators.has_next_token',
	outcome: 'bedrock_paginators.outcome',
	pageIndex: 'bedrock_paginators.page_index',
	attempt: 'bedrock_paginators.attempt',
	delayMs: 'bedrock_paginators.delay_ms',
	throttled: 'bedrock_paginators.throttled',
	reason: 'bedrock_paginators.reason',
	waitFor: 'bedrock_paginators.wait_for',
	pace: 'bedrock_paginators.pace',
	concurrency: 'bedrock_paginators.concurrency',
	mode: 'bedrock_paginators.mode',
	handled: 'bedrock_paginators.handled',
	failed: 'bedrock_paginators.failed',
	skipped: 'bedrock_paginators.skipped',
	stoppedBy: 'bedrock_paginators.stopped_by',
	complete: 'bedrock_paginators.complete',
	itemId: 'bedrock_paginators.item.id',
	itemIndex: 'bedrock_paginators.item.index',
	pacer: 'bedrock_paginators.pacer',
} as const;

export const METRIC = {
	pages: 'bedrock_paginators.pages',
	items: 'bedrock_paginators.items',
	requests: 'bedrock_paginators.requests',
	retries: 'bedrock_paginators.retries',
	throttles: 'bedrock_paginators.throttles',
	retryWait: 'bedrock_paginators.retry.wait',
	checkpointSave: 'bedrock_paginators.checkpoint.save.duration',
	handlersActive: 'bedrock_paginators.handlers.active',
	pacerRate: 'bedrock_paginators.pacer.rate',
	handled: 'bedrock_paginators.job.items.handled',
	failed: 'bedrock_paginators.job.items.failed',
} as const;
