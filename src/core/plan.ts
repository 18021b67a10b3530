/**
 * Checks every argument up front, before any request, and turns them into one normalised listing plan.
 * Messages say what was expected, what came, and how to fix it.
 */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { readInteger } from '../options/numbers.js';
import { readOptionsObject } from '../options/objects.js';
import { checkPageSizeSettable, readMaxItems, readPageSize } from '../options/pagination.js';
import { readCallback, readSignal } from '../options/values.js';
import type { Deadline, RetryContext, SendClient } from '../retry/types.js';
import { readPacing, readRetry, type ResolvedRetry } from '../retry/options.js';
import { readTelemetry } from '../telemetry/options.js';
import type { TelemetryOptions } from '../telemetry/types.js';
import { describe } from '../utils/describe.js';
import type { AnyOperationDescriptor } from './descriptor.js';
import { decodeToken, type Position } from './token.js';
import type { Page, PageContext, PaginateOptions, PaginationConfig } from './types.js';
import { readInput } from './validate-input.js';

export interface ListingPlan {
	readonly client: SendClient;
	/** The caller's input, checked and copied; never sent with a token or limit of the caller's. */
	readonly input: Readonly<Record<string, unknown>>;
	readonly maxItems: number | undefined;
	readonly pageSize: number | undefined;
	readonly start: Position;
	/** The `StartingToken` as given, for item iterators and full results that have yielded nothing yet. */
	readonly startingToken: string | undefined;
	readonly signal: AbortSignal | undefined;
	readonly retry: ResolvedRetry | undefined;
	readonly pacing: boolean;
	readonly readAhead: number;
	readonly onPage: ((context: PageContext) => unknown) | undefined;
	readonly onRetry: ((context: RetryContext) => unknown) | undefined;
	/** `false`: no telemetry for this listing. */
	readonly telemetry: TelemetryOptions | false;
	/** Internal (jobs): the trace context the listing's span is a child of (an OpenTelemetry `Context`), else the active one. */
	readonly telemetryParent?: unknown;
	/** Internal (jobs): told of every wait decided, and whether throttling caused it. */
	readonly onWait?: ((ms: number, throttled: boolean) => void) | undefined;
	/** Internal (jobs): a page read ahead only while this says the caller may still need it. */
	readonly mayReadAhead?: ((page: Page<string, unknown>) => boolean) | undefined;
	/** Internal (jobs): no wait that would end past `at` is started; `onReached()` is called instead. */
	readonly deadline?: Deadline | undefined;
	/** Internal (jobs): told of every request sent, retries included. */
	readonly onRequest?: (() => void) | undefined;
	/**
	 * Internal (jobs): every item must carry the descriptor's `itemId`, which a job anchors its resume on. A listing
	 * alone hands items out as boto3 does, whatever members they have, and reads none of them.
	 */
	readonly itemIds?: boolean;
}

const DEFAULT_READ_AHEAD = 1;
const MAX_READ_AHEAD = 16;
const PAGINATION_KEYS: readonly (keyof PaginationConfig)[] = ['MaxItems', 'PageSize', 'StartingToken'];
const OPTION_KEYS: readonly (keyof PaginateOptions)[] = ['signal', 'retry', 'pacing', 'readAhead', 'onPage', 'onRetry', 'telemetry'];

export function planListing(
	descriptor: AnyOperationDescriptor,
	client: unknown,
	input: unknown,
	pagination: unknown,
	options: unknown,
): ListingPlan {
	checkUsable(descriptor, client);
	const config = readOptionsObject<PaginationConfig>('pagination', pagination, PAGINATION_KEYS);
	const opts = readOptionsObject<PaginateOptions>('options', options, OPTION_KEYS);
	checkPageSizeSettable(descriptor, config.PageSize);
	const startingToken = config.StartingToken ?? undefined;
	return {
		client: client as SendClient,
		input: readInput(descriptor, input),
		maxItems: readMaxItems(config.MaxItems),
		pageSize: readPageSize(descriptor, config.PageSize),
		start: startingToken === undefined ? { serviceToken: null, skip: 0 } : decodeToken(startingToken, { maxLength: descriptor.tokenMaxLength }),
		startingToken,
		signal: readSignal(opts.signal),
		retry: readRetry(opts.retry),
		pacing: readPacing(opts.pacing),
		readAhead: readInteger('readAhead', opts.readAhead, 0, MAX_READ_AHEAD) ?? DEFAULT_READ_AHEAD,
		onPage: readCallback('onPage', opts.onPage),
		onRetry: readCallback('onRetry', opts.onRetry),
		telemetry: readTelemetry(opts.telemetry),
	};
}

/** A client that can send, and an SDK new enough to have the operation's command. */
function checkUsable(descriptor: AnyOperationDescriptor, client: unknown): void {
	if (typeof (client as SendClient | null)?.send !== 'function') {
		throw new InvalidPaginationConfigError(
			'client',
			`Expected \`client\` to be an SDK client with a \`send()\` method (such as a BedrockClient), got ${describe(client)}.`,
		);
	}
	if (typeof descriptor.command !== 'function') {
		throw new InvalidPaginationConfigError(
			'client',
			`The installed ${descriptor.sdkPackage} has no ${descriptor.operationName}Command; ${descriptor.operationName} needs ${descriptor.sinceSdkVersion === undefined ? 'a newer version' : `version ${descriptor.sinceSdkVersion} or later`}.`,
		);
	}
}
