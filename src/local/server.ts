/**
 * An embedded Bedrock control-plane endpoint on loopback for every paginated list operation, faithful on the
 * wire to what the SDK, boto3 and the AWS CLI read: the operations' paths, RFC 3339 times, AWS's validation
 * and error headers and bodies, keyset tokens, and fault injection. It answers anything it cannot parse with
 * a JSON error and keeps a bounded record of what it served.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { generateCatalogue, lazyCatalogue } from './catalogue.js';
import { COLLECTIONS, valueAt, type CollectionSpec } from './collections.js';
import { answerPreflight, CORS_RESPONSE_HEADERS, isPreflight } from './cors.js';
import { Faults, type FaultOptions, type ScriptedStatus } from './faults.js';
import { toSummary, type LocalModel } from './model.js';
import { PageTokens, tokenSecret } from './page-token.js';
import { DEFAULT_SORT_ORDER, parseQuery, type ListQuery } from './query.js';
import { seededRandom } from './random.js';
import { RequestLog, shortened, type Mutable, type RequestRecord } from './request-log.js';
import { SortedStore, type StoredItem } from './sorted-store.js';
import { WIRE_OPERATIONS } from './wire-spec.js';

/** The name of a paginated operation the endpoint serves, such as `ListGuardrails`. */
export type LocalOperation = keyof typeof COLLECTIONS & string;

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

export type { RequestRecord };

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

const VALIDATION_TYPE = 'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/';
const DEFAULT_ITEMS = 20;
const MAX_URL_LENGTH = 8_192;
const POLICY_ID = 'localpolicy1';
const BUILD_WORKFLOW_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

const ERRORS: Record<ScriptedStatus, { type: string; message: string }> = {
	400: { type: VALIDATION_TYPE, message: 'The request failed validation (scripted by the local endpoint).' },
	403: { type: 'AccessDeniedException', message: 'User is not authorized to perform this action (scripted by the local endpoint).' },
	429: { type: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
	500: { type: 'InternalServerException', message: 'Internal server error (scripted by the local endpoint).' },
	502: { type: 'InternalServerException', message: 'Bad gateway (scripted by the local endpoint).' },
	503: { type: 'ServiceUnavailableException', message: 'Service unavailable, try again later (scripted by the local endpoint).' },
	504: { type: 'InternalServerException', message: 'Gateway timeout (scripted by the local endpoint).' },
};

interface Route {
	readonly operation: LocalOperation;
	readonly pattern: RegExp;
	readonly pathParams: readonly string[];
}

const ROUTES: readonly Route[] = Object.entries(WIRE_OPERATIONS).map(([operation, wire]) => {
	const pathParams: string[] = [];
	const source = wire.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		pathParams.push(name);
		return '([^/]+)';
	});
	return { operation, pattern: new RegExp(`^${source}$`), pathParams };
});

type Answer = (status: number, extra?: { errorType?: string; itemCount?: number }) => void;
type Refuse = (status: number, type: string, message: string, headers?: Record<string, string>) => void;

export async function startLocalBedrock(options: LocalBedrockOptions = {}): Promise<LocalBedrock> {
	const { port = 0, seed = 1, accountId = '123456789012', region = 'us-east-1', requireAuth = true } = options;
	const policyArn = `arn:aws:bedrock:${region}:${accountId}:automated-reasoning-policy/${POLICY_ID}`;
	const stores = new Map<string, SortedStore>();
	if (typeof options.models === 'object') {
		stores.set('ListCustomModels', new SortedStore(options.models.map(storedModel)));
	} else {
		// Generated models are made as they are first listed: a million of them start in well under a second.
		const catalogue = lazyCatalogue({ count: options.models ?? 100, seed, accountId, region });
		stores.set('ListCustomModels', new SortedStore({ size: catalogue.size, times: catalogue.times, make: (index) => storedModel(catalogue.model(index)) }));
	}
	let operationSeed = seed;
	for (const [operation, spec] of Object.entries(COLLECTIONS)) {
		if (operation === 'ListCustomModels') continue;
		const given = options.items?.[operation as LocalOperation] ?? DEFAULT_ITEMS;
		const random = seededRandom(++operationSeed * 7919);
		const until = Date.parse('2026-01-01T00:00:00Z');
		const items = typeof given === 'number'
			? Array.from({ length: given }, (_, index) => generated(spec, random, index, { accountId, region, policyArn, buildWorkflowId: BUILD_WORKFLOW_ID, time: until - Math.floor(random() * 365 * 86_400_000) }))
			: given.map((item) => storedItem(spec, item, {}));
		stores.set(operation, new SortedStore(items));
	}
	const faults = new Faults(options.faults);
	if (options.tokenKey !== undefined && (typeof options.tokenKey !== 'string' || options.tokenKey === '')) {
		throw new TypeError(`Expected \`tokenKey\` to be a non-empty string, got ${JSON.stringify(options.tokenKey)} (${typeof options.tokenKey})`);
	}
	const tokens = new PageTokens(tokenSecret(seed, options.tokenKey));
	const log = new RequestLog(options.requestLog ?? 1000);
	let listRequests = 0;

	const cors = options.cors === true;
	const server = createServer((request, response) => {
		if (cors) {
			request.resume();
			if (isPreflight(request)) return answerPreflight(request, response);
			for (const [name, value] of Object.entries(CORS_RESPONSE_HEADERS)) response.setHeader(name, value);
		}
		const at = performance.now();
		const entry = log.add({ method: request.method ?? '', path: (request.url ?? '').split('?')[0] ?? '', query: {}, status: 0, at });
		const answer = (status: number, extra: { errorType?: string; itemCount?: number } = {}) => {
			Object.assign(entry, { status }, extra);
			log.answered(status);
		};
		/** An error answer, logged under its error type. */
		const refuse = (status: number, type: string, message: string, headers: Record<string, string> = {}) => {
			sendError(response, status, type, message, headers);
			answer(status, { errorType: type.split(':')[0] as string });
		};
		request.resume(); // no body to read, but drain anything sent
		try {
			handle(request, response, entry, answer, refuse, at);
		} catch (error) {
			// A bug here must not drop the connection unanswered.
			if (!response.headersSent) sendError(response, 500, 'InternalServerException', `The local endpoint failed: ${(error as Error).message}`);
			answer(500, { errorType: 'InternalServerException' });
		}
	});

	function handle(request: IncomingMessage, response: ServerResponse, entry: Mutable<RequestRecord>, answer: Answer, refuse: Refuse, at: number): void {
		const rawUrl = request.url ?? '/';
		if (rawUrl.length > MAX_URL_LENGTH) {
			return refuse(414, 'UriTooLongException', `The request URI is ${rawUrl.length} characters long; at most ${MAX_URL_LENGTH} are accepted.`);
		}
		let url: URL;
		try {
			url = new URL(rawUrl, 'http://local');
		} catch {
			return refuse(400, 'BadRequestException', `The request target ${JSON.stringify(rawUrl.slice(0, 200))} cannot be parsed as a path and query.`);
		}
		entry.path = url.pathname;
		entry.query = shortened(Object.fromEntries(url.searchParams));
		const route = ROUTES.find((candidate) => candidate.pattern.test(url.pathname));
		if (route === undefined || request.method !== 'GET') {
			return refuse(404, 'UnknownOperationException', `No operation at ${request.method} ${url.pathname.slice(0, 200)}.`);
		}
		entry.operation = route.operation;
		const scope: Record<string, string> = {};
		const match = route.pattern.exec(url.pathname) as RegExpExecArray;
		try {
			route.pathParams.forEach((name, index) => (scope[name] = decodeURIComponent(match[index + 1] as string)));
		} catch {
			return refuse(400, 'BadRequestException', 'A path parameter has a malformed percent-escape.');
		}
		if (requireAuth && !/^(AWS4-HMAC-SHA256 |Bearer )/.test(request.headers.authorization ?? '')) {
			return refuse(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
		}
		const decision = faults.decide(++listRequests, at);
		setTimeout(() => {
			try {
				respond(route.operation, decision, scope, url.searchParams, request, response, answer, refuse);
			} catch (error) {
				if (!response.headersSent) sendError(response, 500, 'InternalServerException', `The local endpoint failed: ${(error as Error).message}`);
				answer(500, { errorType: 'InternalServerException' });
			}
		}, faults.latency());
	}

	function respond(
		operation: LocalOperation,
		decision: ReturnType<Faults['decide']>,
		scope: Record<string, string>,
		params: URLSearchParams,
		request: IncomingMessage,
		response: ServerResponse,
		answer: Answer,
		refuse: Refuse,
	): void {
		const spec = COLLECTIONS[operation] as CollectionSpec;
		const store = stores.get(operation) as SortedStore;
		if (decision.kind === 'reset') {
			answer(0, { errorType: 'reset' });
			request.socket.destroy();
			return;
		}
		if (decision.kind === 'malformed') {
			const first = store.at(0);
			const item = first === undefined ? { [spec.id]: 'malformed' } : wireOf(operation, first);
			sendJson(response, 200, { [spec.resultKey]: [{ ...item, [spec.time ?? 'createdAt']: '2024-01-01 00:00:00' }] });
			answer(200, { errorType: 'malformed', itemCount: 1 });
			return;
		}
		if (decision.kind !== 'none') {
			const status = decision.kind === 'throttle' ? 429 : decision.status;
			const { type, message } = ERRORS[status];
			const retryAfter = status === 429 ? faults.retryAfterSeconds : undefined;
			refuse(status, type, message, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
			return;
		}
		const parsed = parseQuery(WIRE_OPERATIONS[operation] as never, scope, params);
		if (!parsed.ok) {
			refuse(400, VALIDATION_TYPE, parsed.message);
			return;
		}
		if (spec.scopeOwner !== undefined) {
			const owner = stores.get(spec.scopeOwner.operation) as SortedStore;
			const wanted = scope[spec.scopeOwner.field === 'policyArn' ? 'policyArn' : 'buildWorkflowId'];
			if (!owner.all().some((stored) => valueAt(stored.item, spec.scopeOwner?.field as string) === wanted)) {
				refuse(404, 'ResourceNotFoundException', `The resource ${wanted} does not exist.`);
				return;
			}
		}
		const page = listPage(operation, spec, store, parsed.query);
		if (page === undefined) {
			refuse(400, VALIDATION_TYPE, 'The provided pagination token is invalid or does not belong to this request.');
			return;
		}
		sendJson(response, 200, page.body);
		answer(200, { itemCount: page.count });
	}

	/** One page, found by binary search on the keyset; `undefined` for a token that is forged or made for another request. */
	function listPage(operation: string, spec: CollectionSpec, store: SortedStore, query: ListQuery) {
		const descending = spec.sortable && (query.sortOrder ?? DEFAULT_SORT_ORDER) === 'Descending';
		let index = descending ? store.size - 1 : 0;
		if (query.nextToken !== undefined) {
			const after = tokens.read(operation, query, query.nextToken);
			if (after === undefined) return undefined;
			// The first item past the keyset in this order; the keyset item itself may have been deleted since.
			index = descending ? store.bound(after, true) - 1 : store.bound(after, false);
		}
		const step = descending ? -1 : 1;
		const found: StoredItem[] = [];
		let more = false;
		for (; index >= 0 && index < store.size; index += step) {
			const stored = store.at(index) as StoredItem;
			if (!matches(stored, spec, query)) continue;
			if (found.length === query.maxResults) {
				more = true;
				break;
			}
			found.push(stored);
		}
		const body: Record<string, unknown> = { [spec.resultKey]: found.map((stored) => wireOf(operation, stored)) };
		const last = found.at(-1);
		if (more && last !== undefined) body['nextToken'] = tokens.issue(operation, query, last);
		return { body, count: found.length };
	}

	function matches(stored: StoredItem, spec: CollectionSpec, query: ListQuery): boolean {
		const read = (field: string) => stored.hidden[field] ?? valueAt(stored.item, field);
		for (const [name, value] of Object.entries(query.scope)) {
			const field = spec.scope?.[name];
			if (field !== undefined && read(field) !== value) return false;
		}
		for (const [name, value] of Object.entries(query.filters)) {
			const filter = spec.filters[name];
			if (filter === undefined) continue;
			switch (filter.kind) {
				case 'before':
					if (!(stored.time < (value as Date).getTime())) return false;
					break;
				case 'after':
					if (!(stored.time > (value as Date).getTime())) return false;
					break;
				case 'contains':
					if (!String(read(filter.field) ?? '').includes(value as string)) return false;
					break;
				case 'equals':
					if (!filter.fields.some((field) => read(field) === value)) return false;
					break;
				case 'owned':
					if ((((read('ownerAccountId') as string | undefined) ?? accountId) === accountId) !== value) return false;
					break;
			}
		}
		return true;
	}

	server.keepAliveTimeout = 1_000; // lets close() end promptly
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket, log, cors));

	await new Promise<void>((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(
				error.code === 'EADDRINUSE'
					? Object.assign(new Error(`Port ${port} on 127.0.0.1 is already in use; choose another port (0 picks a free one).`), { code: 'EADDRINUSE' })
					: error,
			),
		);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const { port: boundPort } = server.address() as AddressInfo;
	const modelStore = stores.get('ListCustomModels') as SortedStore;

	return {
		endpoint: `http://127.0.0.1:${boundPort}`,
		port: boundPort,
		region,
		policyArn,
		buildWorkflowId: BUILD_WORKFLOW_ID,
		get requests() {
			return log.list();
		},
		get requestCounts() {
			return log.counts();
		},
		models: () => modelStore.all().map((stored) => stored.item as unknown as LocalModel),
		addModel(partial) {
			// A model customised from a stored custom model shares that model's foundation model.
			const base = partial.baseModelArn === undefined ? undefined : (modelStore.get(partial.baseModelArn)?.item as LocalModel | undefined);
			const foundationModelArn = partial.foundationModelArn ?? base?.foundationModelArn ?? partial.baseModelArn;
			const model = completeModel(foundationModelArn === undefined ? partial : { ...partial, foundationModelArn }, accountId, region);
			modelStore.insert(storedModel(model));
			return model;
		},
		deleteModel(arnOrName) {
			const found = modelStore.get(arnOrName) ?? modelStore.all().find((stored) => (stored.item as unknown as LocalModel).modelName === arnOrName);
			return found !== undefined && modelStore.delete(found.id) !== undefined;
		},
		items: (operation) => (storeOf(operation).all() as StoredItem[]).map((stored) => ({ ...stored.item })),
		addItem(operation, partial = {}) {
			const spec = specOf(operation);
			const random = seededRandom(Date.now() % 1_000_000);
			const base = spec.generate?.(random, storeOf(operation).size, { accountId, region, policyArn, buildWorkflowId: BUILD_WORKFLOW_ID, time: Date.now() });
			const stored = storedItem(spec, { ...base?.item, ...partial }, base?.hidden ?? {});
			storeOf(operation).insert(stored);
			return { ...stored.item };
		},
		deleteItem: (operation, id) => storeOf(operation).delete(id) !== undefined,
		setFaults: (changes) => faults.update(changes),
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};

	function storeOf(operation: string): SortedStore {
		const store = stores.get(operation);
		if (store === undefined) throw new RangeError(`The local endpoint serves no operation ${JSON.stringify(operation)}; it serves ${[...stores.keys()].join(', ')}.`);
		return store;
	}
	function specOf(operation: string): CollectionSpec {
		storeOf(operation);
		return COLLECTIONS[operation] as CollectionSpec;
	}
}

const NOTHING_HIDDEN: Readonly<Record<string, string>> = Object.freeze({});

function storedModel(model: LocalModel): StoredItem {
	return { id: model.modelArn, time: model.creationTime.getTime(), item: model as unknown as Record<string, unknown>, hidden: NOTHING_HIDDEN };
}

function generated(spec: CollectionSpec, random: () => number, index: number, context: Parameters<NonNullable<CollectionSpec['generate']>>[2]): StoredItem {
	const made = spec.generate?.(random, index, context) ?? { item: {} };
	return storedItem(spec, made.item, made.hidden ?? {});
}

function storedItem(spec: CollectionSpec, item: Record<string, unknown>, hidden: Record<string, string>): StoredItem {
	const timeValue = spec.time === undefined ? undefined : valueAt(item, spec.time);
	const time = timeValue instanceof Date ? timeValue.getTime() : typeof timeValue === 'string' ? Date.parse(timeValue) : 0;
	const id = valueAt(item, spec.id);
	if (typeof id !== 'string') throw new TypeError(`An item needs its \`${spec.id}\` (a string) to be listed.`);
	return { id, time: Number.isFinite(time) ? time : 0, item, hidden };
}

/** An item as the wire shows it: custom models without their hidden foundation model; Dates as RFC 3339. */
function wireOf(operation: string, stored: StoredItem): Record<string, unknown> {
	return operation === 'ListCustomModels' ? toSummary(stored.item as unknown as LocalModel) : (stored.item as Record<string, unknown>);
}

function completeModel(partial: Partial<LocalModel> & Pick<LocalModel, 'modelName'>, accountId: string, region: string): LocalModel {
	const foundation = `arn:aws:bedrock:${region}::foundation-model/amazon.titan-text-express-v1`;
	const suffix = randomUUID().replace(/-/g, '').slice(0, 12);
	return {
		modelArn: `arn:aws:bedrock:${region}:${accountId}:custom-model/amazon.titan-text-express-v1/${suffix}`,
		creationTime: new Date(),
		baseModelArn: foundation,
		baseModelName: 'Titan Text G1 - Express',
		foundationModelArn: foundation,
		customizationType: 'FINE_TUNING',
		ownerAccountId: accountId,
		modelStatus: 'Active',
		...partial,
	};
}

/** Answers a request Node could not parse (headers too large, a broken request line) with a JSON error. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket, log: RequestLog, cors: boolean): void {
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
	const status = tooLarge ? 431 : 400;
	const type = tooLarge ? 'RequestHeaderFieldsTooLargeException' : 'BadRequestException';
	const message = tooLarge ? 'The request line or headers are too large.' : `The request cannot be parsed (${error.code ?? 'malformed'}).`;
	const body = JSON.stringify({ message });
	const corsLines = cors ? Object.entries(CORS_RESPONSE_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('') : '';
	log.add({ method: '', path: '', query: {}, status, errorType: type, at: performance.now() });
	log.answered(status);
	socket.end(
		`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
			`content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-amzn-errortype: ${type}\r\n${corsLines}connection: close\r\n\r\n${body}`,
	);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const payload = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(payload),
		'x-amzn-requestid': randomUUID(),
		date: new Date().toUTCString(),
		...headers,
	});
	response.end(payload);
}

function sendError(response: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
	sendJson(response, status, { message }, { 'x-amzn-errortype': type, ...headers });
}
