/** The public types of `bedrock-paginators/local`: the endpoint's options and what `startLocalBedrock` returns. */
import type { generateCatalogue } from './catalogue.js';
import type { FaultOptions } from './faults.js';
import type { LocalModel } from './model.js';
import type { RequestRecord } from './request-log.js';

/**
 * The name of a paginated operation the endpoint serves: the control plane's by name (`ListGuardrails`), the
 * other Bedrock clients' as `<service>:<Operation>` (`bedrock-agent:ListAgents`, `bedrock-agentcore:ListSessions`).
 */
export type LocalOperation = string;

export interface LocalBedrockOptions {
	/** TCP port on 127.0.0.1; 0 picks a free one. @default 0 */
	port?: number;
	/** The custom models: a list, or how many to generate with {@link generateCatalogue}. @default 100 */
	models?: readonly LocalModel[] | number;
	/**
	 * The items of the other operations, by operation name: a list of items (as the API returns them; Dates or
	 * RFC 3339 strings for times), or how many to generate. @default 20 of each. The items of the three
	 * AutomatedReasoning operations with path parameters all belong to the first policy (and its first build
	 * workflow), so that one path lists them all.
	 */
	items?: Partial<Record<LocalOperation, readonly Record<string, unknown>[] | number>>;
	/** Seed of the generated catalogues, and of the page tokens' key unless `tokenKey` is given. @default 1 */
	seed?: number;
	/**
	 * The key that signs the endpoint's page tokens. By default it is derived from `seed`: an endpoint restarted
	 * with the same seed accepts the tokens the one before issued, so a stopped listing or job resumes from its
	 * token; an endpoint with another seed refuses them, as Bedrock refuses a token it did not issue. Give a key
	 * to tie tokens to it instead (the same key, the same tokens, whatever the seed).
	 * @default derived from `seed`
	 * @example tokenKey: randomBytes(32).toString('hex') // tokens no other endpoint accepts
	 */
	tokenKey?: string;
	/** The caller's account, for `isOwned` and generated ARNs. @default '123456789012' */
	accountId?: string;
	/** @default 'us-east-1' */
	region?: string;
	/** Throttling, rate limit, scripted errors and latency. @default none */
	faults?: FaultOptions;
	/** Answer requests without an `Authorization` header (SigV4 or Bearer) with 403. @default true */
	requireAuth?: boolean;
	/** Requests kept in `requests` (the oldest are dropped; `requestCounts` counts them all). @default 1000 */
	requestLog?: number;
	/**
	 * Lets browser pages of any origin call the endpoint: every response carries `Access-Control-Allow-Origin: *`
	 * and exposes the SDK's request-id headers, and an OPTIONS preflight on any path gets 204 with the methods
	 * and headers it asks for. Preflights are neither authenticated, faulted nor counted in `requests`.
	 * Off, the endpoint sends no CORS headers and answers OPTIONS with 404, as Bedrock does.
	 * @default false
	 */
	cors?: boolean;
}

export interface LocalBedrock {
	/** `http://127.0.0.1:<port>`, for `new BedrockClient({ endpoint })`, boto3's `endpoint_url` or `--endpoint-url`. */
	readonly endpoint: string;
	readonly port: number;
	readonly region: string;
	/** The policy that the AutomatedReasoning operations with path parameters list under (its build workflows, test cases). */
	readonly policyArn: string;
	/** The build workflow of {@link policyArn} that ListAutomatedReasoningPolicyTestResults lists under. */
	readonly buildWorkflowId: string;
	/** The last requests answered (as many as `requestLog` keeps), oldest first; query values are cut at 256 characters. */
	readonly requests: readonly RequestRecord[];
	/** Every request answered so far, counted by HTTP status. */
	readonly requestCounts: { readonly total: number; readonly byStatus: Readonly<Record<number, number>> };
	/** The custom models now stored, oldest first. */
	models(): LocalModel[];
	/** Adds a custom model while the endpoint runs; fields left out get plausible values (creation time: now). */
	addModel(model: Partial<LocalModel> & Pick<LocalModel, 'modelName'>): LocalModel;
	/** Deletes the custom model with this ARN or name; `true` if one was deleted. */
	deleteModel(arnOrName: string): boolean;
	/**
	 * The path parameters an operation of the other clients lists its items under (`{ agentId: 'A1B2C3D4E5' }`
	 * for `bedrock-agent:ListAgentVersions`: the first agent ListAgents lists); any other value is answered
	 * with 404 ResourceNotFoundException. `{}` for an operation without path parameters.
	 */
	pathParameters(operation: LocalOperation): Record<string, string>;
	/** The items an operation now lists, in its ascending order. */
	items(operation: LocalOperation): Record<string, unknown>[];
	/** Adds an item to an operation; fields left out are generated (its time: now). Returns the item stored. */
	addItem(operation: LocalOperation, item?: Record<string, unknown>): Record<string, unknown>;
	/** Deletes the item of an operation with this id (its ARN, or the operation's own identifier); `true` if one was. */
	deleteItem(operation: LocalOperation, id: string): boolean;
	/** Changes fault injection while the endpoint runs. */
	setFaults(faults: FaultOptions): void;
	/** Stops the server and closes every connection. */
	close(): Promise<void>;
}
