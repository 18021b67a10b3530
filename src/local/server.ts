/**
 * An embedded Bedrock ListCustomModels endpoint on loopback, faithful on the wire to what the SDK, boto3
 * and the AWS CLI read: `GET /custom-models`, RFC 3339 times, AWS's error headers and bodies.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateCatalogue } from './catalogue.js';
import { Faults, type FaultOptions, type ScriptedStatus } from './faults.js';
import { compareModels, toSummary, type LocalModel } from './model.js';
import { PageTokens } from './page-token.js';
import { parseQuery, type ListQuery } from './query.js';

export interface LocalBedrockOptions {
	/** TCP port on 127.0.0.1; 0 picks a free one. @default 0 */
	port?: number;
	/** The catalogue: models to serve, or how many to generate with {@link generateCatalogue}. @default 0 */
	models?: readonly LocalModel[] | number;
	/** Seed of the generated catalogue. @default 1 */
	seed?: number;
	/** The caller's account, for `isOwned` and generated ARNs. @default '123456789012' */
	accountId?: string;
	/** @default 'us-east-1' */
	region?: string;
	/** Throttling, rate limit, scripted errors and latency. @default none */
	faults?: FaultOptions;
	/** Answer requests without an `Authorization` header (SigV4 or Bearer) with 403. @default true */
	requireAuth?: boolean;
}

/** One request the endpoint answered, in order. */
export interface RequestRecord {
	readonly method: string;
	readonly path: string;
	/** The query parameters as sent. */
	readonly query: Readonly<Record<string, string>>;
	/** The HTTP status sent; 0 while unanswered, or when the connection was dropped. */
	readonly status: number;
	/** The error type sent, for error responses; `reset` for a dropped connection. */
	readonly errorType?: string;
	/** Items in the page, for successful responses. */
	readonly itemCount?: number;
	/** `performance.now()` when the request arrived. */
	readonly at: number;
}

export interface LocalBedrock {
	/** `http://127.0.0.1:<port>`, for `new BedrockClient({ endpoint })`, boto3's `endpoint_url` or `--endpoint-url`. */
	readonly endpoint: string;
	readonly port: number;
	readonly region: string;
	/** Every request answered so far (ListCustomModels or not). */
	readonly requests: readonly RequestRecord[];
	/** The models now stored, oldest first. */
	models(): LocalModel[];
	/** Adds a model while the endpoint runs; fields left out get plausible values (creation time: now). */
	addModel(model: Partial<LocalModel> & Pick<LocalModel, 'modelName'>): LocalModel;
	/** Deletes the model with this ARN or name; `true` if one was deleted. */
	deleteModel(arnOrName: string): boolean;
	/** Changes fault injection while the endpoint runs. */
	setFaults(faults: FaultOptions): void;
	/** Stops the server and closes every connection. */
	close(): Promise<void>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const VALIDATION_TYPE = 'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/';

const ERRORS: Record<ScriptedStatus, { type: string; message: string }> = {
	400: { type: VALIDATION_TYPE, message: 'The request failed validation (scripted by the local endpoint).' },
	403: {
		type: 'AccessDeniedException',
		message: 'User is not authorized to perform: bedrock:ListCustomModels (scripted by the local endpoint).',
	},
	429: { type: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
	500: { type: 'InternalServerException', message: 'Internal server error (scripted by the local endpoint).' },
	502: { type: 'InternalServerException', message: 'Bad gateway (scripted by the local endpoint).' },
	503: { type: 'ServiceUnavailableException', message: 'Service unavailable, try again later (scripted by the local endpoint).' },
	504: { type: 'InternalServerException', message: 'Gateway timeout (scripted by the local endpoint).' },
};

export async function startLocalBedrock(options: LocalBedrockOptions = {}): Promise<LocalBedrock> {
	const { port = 0, seed = 1, accountId = '123456789012', region = 'us-east-1', requireAuth = true } = options;
	const initial =
		typeof options.models === 'number'
			? generateCatalogue({ count: options.models, seed, accountId, region })
			: [...(options.models ?? [])];
	const store = initial.sort(compareModels);
	const faults = new Faults(options.faults);
	const tokens = new PageTokens();
	const requests: RequestRecord[] = [];
	let listRequests = 0;

	const server = createServer((request, response) => {
		const at = performance.now();
		const url = new URL(request.url ?? '/', 'http://local');
		// Logged on arrival, so a request the client gave up on still counts; status 0 means no response was sent.
		const entry: Mutable<RequestRecord> = { method: request.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, at };
		requests.push(entry);
		const record = (status: number, extra: { errorType?: string; itemCount?: number } = {}) => Object.assign(entry, { status }, extra);
		request.resume(); // no body to read, but drain anything sent

		if (url.pathname !== '/custom-models' || request.method !== 'GET') {
			sendError(response, 404, 'UnknownOperationException', `No operation at ${request.method} ${url.pathname}.`);
			record(404, { errorType: 'UnknownOperationException' });
			return;
		}
		if (requireAuth && !/^(AWS4-HMAC-SHA256 |Bearer )/.test(request.headers.authorization ?? '')) {
			sendError(response, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
			record(403, { errorType: 'MissingAuthenticationTokenException' });
			return;
		}

		const decision = faults.decide(++listRequests, at);
		setTimeout(() => {
			if (decision.kind === 'reset') {
				record(0, { errorType: 'reset' });
				request.socket.destroy();
				return;
			}
			if (decision.kind === 'malformed') {
				const summary = { ...toSummary(store[0] ?? completeModel({ modelName: 'malformed' }, accountId, region)), creationTime: '2024-01-01 00:00:00' };
				sendJson(response, 200, { modelSummaries: [summary] });
				record(200, { errorType: 'malformed', itemCount: 1 });
				return;
			}
			if (decision.kind !== 'none') {
				const status = decision.kind === 'throttle' ? 429 : decision.status;
				const { type, message } = ERRORS[status];
				const retryAfter = status === 429 ? faults.retryAfterSeconds : undefined;
				sendError(response, status, type, message, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
				record(status, { errorType: type.split(':')[0] as string });
				return;
			}
			const parsed = parseQuery(url.searchParams);
			if (!parsed.ok) {
				sendError(response, 400, VALIDATION_TYPE, parsed.message);
				record(400, { errorType: 'ValidationException' });
				return;
			}
			const page = listPage(store, parsed.query, tokens, accountId);
			if (page === undefined) {
				sendError(response, 400, VALIDATION_TYPE, 'The provided pagination token is invalid or does not belong to this request.');
				record(400, { errorType: 'ValidationException' });
				return;
			}
			sendJson(response, 200, page.body);
			record(200, { itemCount: page.count });
		}, faults.latency());
	});
	// Lets close() end promptly: idle keep-alive sockets would otherwise hold the server open.
	server.keepAliveTimeout = 1_000;

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const { port: boundPort } = server.address() as AddressInfo;

	return {
		endpoint: `http://127.0.0.1:${boundPort}`,
		port: boundPort,
		region,
		requests,
		models: () => [...store],
		addModel(partial) {
			// A model customised from a stored custom model shares that model's foundation model.
			const base = store.find((existing) => existing.modelArn === partial.baseModelArn);
			const foundationModelArn = partial.foundationModelArn ?? base?.foundationModelArn ?? partial.baseModelArn;
			const model = completeModel(foundationModelArn === undefined ? partial : { ...partial, foundationModelArn }, accountId, region);
			const index = store.findIndex((existing) => compareModels(existing, model) > 0);
			store.splice(index === -1 ? store.length : index, 0, model);
			return model;
		},
		deleteModel(arnOrName) {
			const index = store.findIndex((model) => model.modelArn === arnOrName || model.modelName === arnOrName);
			if (index === -1) return false;
			store.splice(index, 1);
			return true;
		},
		setFaults: (changes) => faults.update(changes),
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}

/** One page of `query` over the store, or `undefined` for a token that is forged or belongs to another query. */
function listPage(store: readonly LocalModel[], query: ListQuery, tokens: PageTokens, accountId: string) {
	const descending = query.sortOrder === 'Descending';
	const matching = store.filter((model) => matches(model, query, accountId));
	if (descending) matching.reverse();
	let start = 0;
	if (query.nextToken !== undefined) {
		const after = tokens.read(query, query.nextToken);
		if (after === undefined) return undefined;
		// The first model past the keyset in this order; the keyset model itself may have been deleted since.
		const key = { creationTime: new Date(after.time), modelArn: after.arn } as LocalModel;
		start = matching.findIndex((model) => (descending ? compareModels(model, key) < 0 : compareModels(model, key) > 0));
		if (start === -1) start = matching.length;
	}
	const models = matching.slice(start, start + query.maxResults);
	const last = models.at(-1);
	const more = start + models.length < matching.length && last !== undefined;
	const body: Record<string, unknown> = { modelSummaries: models.map(toSummary) };
	if (more) body['nextToken'] = tokens.issue(query, { time: last.creationTime.getTime(), arn: last.modelArn });
	return { body, count: models.length };
}

function matches(model: LocalModel, query: ListQuery, accountId: string): boolean {
	const time = model.creationTime.getTime();
	if (query.creationTimeBefore !== undefined && !(time < query.creationTimeBefore.getTime())) return false;
	if (query.creationTimeAfter !== undefined && !(time > query.creationTimeAfter.getTime())) return false;
	if (query.nameContains !== undefined && !model.modelName.includes(query.nameContains)) return false;
	if (query.baseModelArnEquals !== undefined && model.baseModelArn !== query.baseModelArnEquals) return false;
	if (query.foundationModelArnEquals !== undefined && model.foundationModelArn !== query.foundationModelArnEquals) return false;
	if (query.isOwned !== undefined && ((model.ownerAccountId ?? accountId) === accountId) !== query.isOwned) return false;
	if (query.modelStatus !== undefined && model.modelStatus !== query.modelStatus) return false;
	return true;
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

function sendError(response: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}) {
	sendJson(response, status, { message }, { 'x-amzn-errortype': type, ...headers });
}

