/**
 * An embedded Bedrock control-plane endpoint on loopback for every paginated list operation, faithful on the
 * wire to what the SDK, boto3 and the AWS CLI read: the operations' paths, RFC 3339 times, AWS's validation
 * and error headers and bodies, keyset tokens, and fault injection. It answers anything it cannot parse with
 * a JSON error and keeps a bounded record of what it served. This file assembles it: the stores, the router,
 * the list handler and the response writer, behind the public `LocalBedrock` API.
 */
import { createServer } from 'node:http';
import type { AddressInfo, Server, Socket } from 'node:net';
import { Collections, storedItem } from './collection-stores.js';
import { CORS_RESPONSE_HEADERS } from './cors.js';
import { createDualServer } from './dual-protocol.js';
import { addModel, deleteModel, listModels } from './custom-models.js';
import { FamilyHandler } from './family-handler.js';
import { FamilyCollections } from './family-stores.js';
import { FAMILY_WIRE } from './family-wire.js';
import { Faults } from './faults.js';
import { GENERATORS, type GenerateContext } from './generators.js';
import { ListHandler } from './list-handler.js';
import { PageTokens, tokenSecret } from './page-token.js';
import { seededRandom } from './random.js';
import { createRequestHandler } from './request-handler.js';
import { RequestLog } from './request-log.js';
import { answerClientError } from './responses.js';
import { createRouter } from './router.js';
import type { LocalBedrock, LocalBedrockOptions } from './types.js';
import { WIRE_OPERATIONS } from './wire-spec.js';

const POLICY_ID = 'localpolicy1';
const BUILD_WORKFLOW_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

export async function startLocalBedrock(options: LocalBedrockOptions = {}): Promise<LocalBedrock> {
	const { port = 0, seed = 1, accountId = '123456789012', region = 'us-east-1', requireAuth = true, cors = false } = options;
	const policyArn = `arn:aws:bedrock:${region}:${accountId}:automated-reasoning-policy/${POLICY_ID}`;
	const context = { accountId, region, policyArn, buildWorkflowId: BUILD_WORKFLOW_ID };
	const collections = new Collections({ ...context, seed, models: options.models, items: options.items });
	const faults = new Faults(options.faults);
	if (options.tokenKey !== undefined && (typeof options.tokenKey !== 'string' || options.tokenKey === '')) {
		throw new TypeError(`Expected \`tokenKey\` to be a non-empty string, got ${JSON.stringify(options.tokenKey)} (${typeof options.tokenKey})`);
	}
	const tokens = new PageTokens(tokenSecret(seed, options.tokenKey));
	const lists = new ListHandler(collections, tokens, accountId);
	const familyItems = new FamilyCollections({ seed, accountId, region, items: options.items });
	const family = new FamilyHandler(familyItems, tokens);
	const log = new RequestLog(options.requestLog ?? 1000);
	const router = createRouter({ ...WIRE_OPERATIONS, ...FAMILY_WIRE });
	const handler = createRequestHandler({ router, lists, family, faults, log, requireAuth, cors });
	const http1 = createServer(handler);
	// As AWS does, connections stay open between requests (Node's client drops a socket 1 s before the timeout it
	// is told, so a shorter one would mean a new connection per request); close() ends them itself.
	http1.keepAliveTimeout = 5_000;
	const clientErrorHeaders = cors ? CORS_RESPONSE_HEADERS : {};
	http1.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket, log, clientErrorHeaders));
	const server = createDualServer(http1, handler);
	const boundPort = await listen(server.tcp, port);
	/** The store of a control-plane operation (`ListGuardrails`) or of another client's (`bedrock-agent:ListAgents`). */
	const storeOf = (operation: string) => (familyItems.has(operation) ? familyItems.get(operation).store : collections.get(operation).store);

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
		models: () => listModels(collections.models()),
		addModel: (partial) => addModel(collections.models(), partial, accountId, region),
		deleteModel: (arnOrName) => deleteModel(collections.models(), arnOrName),
		items: (operation) => storeOf(operation).all().map((stored) => ({ ...stored.item })),
		pathParameters: (operation) => ({ ...(familyItems.has(operation) ? familyItems.get(operation).scope : {}) }),
		addItem: (operation, partial = {}) => insertItem({ collections, familyItems, context }, operation, partial),
		deleteItem: (operation, id) => storeOf(operation).delete(id) !== undefined,
		setFaults: (changes) => faults.update(changes),
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.tcp.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}

interface Stores {
	readonly collections: Collections;
	readonly familyItems: FamilyCollections;
	/** What the control plane's item makers refer to: the account, the region and the items of other operations. */
	readonly context: Omit<GenerateContext, 'time'>;
}

/** Makes an item of `operation` as the seeded catalogue would, with `partial` over it, and stores it. */
function insertItem({ collections, familyItems, context }: Stores, operation: string, partial: Record<string, unknown>): Record<string, unknown> {
	if (familyItems.has(operation)) {
		const stored = familyItems.make(operation, partial, Date.now());
		familyItems.get(operation).store.insert(stored);
		return { ...stored.item };
	}
	const { spec, store } = collections.get(operation);
	const made = GENERATORS[operation]?.(seededRandom(Date.now() % 1_000_000), store.size, { ...context, time: Date.now() });
	const stored = storedItem(spec, { ...made?.item, ...partial }, made?.hidden);
	store.insert(stored);
	return { ...stored.item };
}

/** Listens on 127.0.0.1 only; a busy port is one error that names it. Resolves to the port bound. */
async function listen(server: Server, port: number): Promise<number> {
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
	return (server.address() as AddressInfo).port;
}
