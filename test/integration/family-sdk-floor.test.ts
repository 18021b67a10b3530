/**
 * Each client sub-path with the oldest SDK of its peer range (installed as the dev aliases
 * `client-bedrock-<path>-floor`): a child process sees that version as the SDK package, as an app pinned to it
 * would, and lists one operation over a loopback server from ESM and from CJS, cut at MaxItems and resumed.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/built.js';
import { startPagedJsonServer, type PagedJsonServer } from '../support/paged-json-server.js';
import { run } from '../support/run.js';

interface FloorCase {
	readonly path: string;
	readonly sdkPackage: string;
	readonly floor: string;
	readonly clientClass: string;
	readonly operation: string;
	readonly input: Record<string, unknown>;
	readonly resultKey: string;
	readonly idKey: string;
	readonly method: 'GET' | 'POST';
	readonly requestPath: string;
	/** Members the request must carry in its query string or body, as sent. */
	readonly sent: Record<string, string>;
}

const CASES: readonly FloorCase[] = [
	{
		path: 'runtime', sdkPackage: '@aws-sdk/client-bedrock-runtime', floor: '3.705.0', clientClass: 'BedrockRuntimeClient',
		operation: 'ListAsyncInvokes', input: { statusEquals: 'Completed', sortOrder: 'Ascending' }, resultKey: 'asyncInvokeSummaries', idKey: 'invocationArn',
		method: 'GET', requestPath: '/async-invoke', sent: { statusEquals: 'Completed', sortOrder: 'Ascending' },
	},
	{
		path: 'data-automation', sdkPackage: '@aws-sdk/client-bedrock-data-automation', floor: '3.1089.0', clientClass: 'BedrockDataAutomationClient',
		operation: 'ListDataAutomationProjects', input: { resourceOwner: 'ACCOUNT' }, resultKey: 'projects', idKey: 'projectArn',
		method: 'POST', requestPath: '/data-automation-projects/', sent: { resourceOwner: 'ACCOUNT' },
	},
	{
		path: 'agent', sdkPackage: '@aws-sdk/client-bedrock-agent', floor: '3.734.0', clientClass: 'BedrockAgentClient',
		operation: 'ListAgents', input: {}, resultKey: 'agentSummaries', idKey: 'agentId', method: 'POST', requestPath: '/agents/', sent: {},
	},
	{
		path: 'agent-runtime', sdkPackage: '@aws-sdk/client-bedrock-agent-runtime', floor: '3.817.0', clientClass: 'BedrockAgentRuntimeClient',
		operation: 'ListSessions', input: {}, resultKey: 'sessionSummaries', idKey: 'sessionArn', method: 'POST', requestPath: '/sessions/', sent: {},
	},
	{
		path: 'agentcore', sdkPackage: '@aws-sdk/client-bedrock-agentcore', floor: '3.1045.0', clientClass: 'BedrockAgentCoreClient',
		operation: 'ListActors', input: { memoryId: 'memory-00001' }, resultKey: 'actorSummaries', idKey: 'actorId',
		method: 'POST', requestPath: '/memories/memory-00001/actors', sent: {},
	},
	{
		path: 'agentcore-control', sdkPackage: '@aws-sdk/client-bedrock-agentcore-control', floor: '3.1046.0', clientClass: 'BedrockAgentCoreControlClient',
		operation: 'ListGateways', input: {}, resultKey: 'items', idKey: 'gatewayId', method: 'GET', requestPath: '/gateways/', sent: {},
	},
];

// The SDK writes some of the model's paths without their trailing slash (`/agents/` is sent as `/agents`).
const withoutSlash = (path: string) => path.replace(/\/$/, '');
const ids = Array.from({ length: 7 }, (_, i) => `arn:aws:bedrock:us-east-1:123456789012:item/i${i + 1}`);
let server: PagedJsonServer;
let app: string;

beforeAll(async () => {
	server = await startPagedJsonServer(
		CASES.map((c) => ({ method: c.method, path: new RegExp(`^${withoutSlash(c.requestPath)}/?$`), resultKey: c.resultKey, items: ids.map((id) => ({ [c.idKey]: id })) })),
	);
	app = mkdtempSync(join(tmpdir(), 'family-sdk-floor-'));
	const modules = join(app, 'node_modules');
	mkdirSync(join(modules, '@aws-sdk'), { recursive: true });
	for (const c of CASES) symlinkSync(join(ROOT, 'node_modules', `client-bedrock-${c.path}-floor`), join(modules, c.sdkPackage));
	// The package itself is copied (a symlink would resolve the SDK from this project's node_modules).
	cpSync(join(ROOT, 'dist'), join(modules, 'bedrock-paginators', 'dist'), { recursive: true });
	cpSync(join(ROOT, 'package.json'), join(modules, 'bedrock-paginators', 'package.json'));
	for (const dependency of ['p-retry', 'is-network-error']) symlinkSync(join(ROOT, 'node_modules', dependency), join(modules, dependency));
	for (const c of CASES) {
		const body = (load: string) => `
${load}
const client = new ${c.clientClass}({ endpoint: process.env.ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
const input = ${JSON.stringify(c.input)};
const first = await build${c.operation}Result(client, input, { MaxItems: 4, PageSize: 3 });
const rest = await build${c.operation}Result(client, input, { PageSize: 3, StartingToken: first.NextToken });
const ids = (result) => result.${c.resultKey}.map((item) => item.${c.idKey}.split('/').pop());
console.log(JSON.stringify({ sdk: sdkVersion, first: ids(first), token: first.NextToken, rest: ids(rest), more: rest.NextToken ?? null }));
client.destroy();
`;
		writeFileSync(
			join(app, `${c.path}.mjs`),
			body(`import { ${c.clientClass} } from '${c.sdkPackage}';
import { createRequire } from 'node:module';
import { build${c.operation}Result } from 'bedrock-paginators/${c.path}';
const sdkVersion = createRequire(import.meta.url)('${c.sdkPackage}/package.json').version;`),
		);
		writeFileSync(
			join(app, `${c.path}.cjs`),
			`(async () => {${body(`const { ${c.clientClass} } = require('${c.sdkPackage}');
const { build${c.operation}Result } = require('bedrock-paginators/${c.path}');
const sdkVersion = require('${c.sdkPackage}/package.json').version;`)}})();`,
		);
	}
});
afterAll(() => server.close());

describe.each(CASES.map((c) => [c.path, c.floor, c] as const))('bedrock-paginators/%s with its oldest SDK (%s)', (path, floor, c) => {
	it.each(['mjs', 'cjs'])(`lists ${c.operation} cut at MaxItems and resumed from the token, from a .%s file`, async (extension) => {
		const before = server.requests.length;
		const result = await run('node', [join(app, `${path}.${extension}`)], { ENDPOINT: server.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual({
			sdk: floor,
			first: ['i1', 'i2', 'i3', 'i4'],
			token: 'eyJuZXh0VG9rZW4iOiAidG9rLTMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==',
			rest: ['i5', 'i6', 'i7'],
			more: null,
		});
		const sent = server.requests.slice(before);
		expect(sent.map((request) => `${request.method} ${withoutSlash(request.path)}`)).toEqual(Array(4).fill(`${c.method} ${withoutSlash(c.requestPath)}`));
		const members = sent.map((request) => ({ ...request.query, ...request.body }));
		expect(members.map((m) => m['nextToken'] ?? null)).toEqual([null, 'tok-3', 'tok-3', 'tok-6']);
		expect(members.map((m) => String(m['maxResults']))).toEqual(['3', '3', '3', '3']);
		for (const m of members) expect(m).toMatchObject(c.sent);
	});
});
