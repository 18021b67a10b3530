/** CORS on the local endpoint, over real HTTP: off by default; on, every answer allows any origin and preflights get 204. */
import { spawn } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { CLI } from '../support/built.js';

interface Answer {
	readonly status: number;
	readonly headers: IncomingHttpHeaders;
	readonly body: string;
}

function send(port: number, method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { connection: 'close', ...headers } }, (res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

/** A preflight as Chromium sends one before the SDK's signed GET. */
const PREFLIGHT_HEADERS = {
	origin: 'http://127.0.0.1:9999',
	'access-control-request-method': 'GET',
	'access-control-request-headers': 'amz-sdk-invocation-id,amz-sdk-request,authorization,x-amz-content-sha256,x-amz-date,x-amz-user-agent',
};
const AUTH = { authorization: 'Bearer local', origin: 'http://127.0.0.1:9999' };
const corsHeadersOf = (answer: Answer) => Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'));

describe('the local endpoint without cors', () => {
	let local: LocalBedrock;
	beforeAll(async () => {
		local = await startLocalBedrock({ models: 3 });
	});
	afterAll(() => local.close());

	it('sends no CORS header on a listing or an error', async () => {
		const listed = await send(local.port, 'GET', '/custom-models', AUTH);
		expect(listed.status).toBe(200);
		expect(corsHeadersOf(listed)).toEqual([]);
		const refused = await send(local.port, 'GET', '/custom-models', { origin: 'http://127.0.0.1:9999' });
		expect(refused.status).toBe(403);
		expect(corsHeadersOf(refused)).toEqual([]);
	});

	it('answers OPTIONS with its JSON 404 and records it, as any other method it does not serve', async () => {
		const before = local.requestCounts.total;
		const answer = await send(local.port, 'OPTIONS', '/custom-models', PREFLIGHT_HEADERS);
		expect(answer.status).toBe(404);
		expect(answer.headers['x-amzn-errortype']).toBe('UnknownOperationException');
		expect(JSON.parse(answer.body)).toEqual({ message: 'No operation at OPTIONS /custom-models.' });
		expect(corsHeadersOf(answer)).toEqual([]);
		expect(local.requestCounts.total).toBe(before + 1);
		expect(local.requests.at(-1)).toMatchObject({ method: 'OPTIONS', status: 404 });
	});
});

describe('the local endpoint with cors: true', () => {
	let local: LocalBedrock;
	beforeAll(async () => {
		local = await startLocalBedrock({ models: 3, cors: true, faults: { script: [{ request: 1, fault: 500 }] } });
	});
	afterAll(() => local.close());

	it('answers a preflight on any path with 204, the methods, the headers asked for and a max age, before any fault', async () => {
		for (const path of ['/custom-models', '/automated-reasoning-policies/x/test-cases?maxResults=2', '/no-such-route']) {
			const answer = await send(local.port, 'OPTIONS', path, PREFLIGHT_HEADERS);
			expect(answer.status).toBe(204);
			expect(answer.body).toBe('');
			expect(answer.headers['access-control-allow-origin']).toBe('*');
			expect(answer.headers['access-control-allow-methods']?.split(', ')).toEqual(expect.arrayContaining(['GET', 'POST', 'OPTIONS']));
			expect(answer.headers['access-control-allow-headers']).toBe(PREFLIGHT_HEADERS['access-control-request-headers']);
			expect(Number(answer.headers['access-control-max-age'])).toBeGreaterThan(0);
		}
	});

	it('allows the headers the SDK sends when a preflight names none', async () => {
		const answer = await send(local.port, 'OPTIONS', '/guardrails', { origin: 'http://127.0.0.1:9999', 'access-control-request-method': 'GET' });
		expect(answer.status).toBe(204);
		const allowed = answer.headers['access-control-allow-headers']?.split(', ');
		expect(allowed).toEqual(expect.arrayContaining(['authorization', 'x-amz-date', 'x-amz-content-sha256', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'content-type']));
	});

	it('neither records nor counts preflights: the first scripted fault still goes to the first GET', async () => {
		expect(local.requestCounts.total).toBe(0);
		expect(local.requests).toEqual([]);
		const faulted = await send(local.port, 'GET', '/custom-models', AUTH);
		expect(faulted.status).toBe(500);
		expect(faulted.headers['access-control-allow-origin']).toBe('*');
		expect(local.requestCounts).toEqual({ total: 1, byStatus: { 500: 1 } });
	});

	it('lets a page read every answer, errors included, and the request-id and error-type headers', async () => {
		const answers = [
			await send(local.port, 'GET', '/custom-models?maxResults=1', AUTH),
			await send(local.port, 'GET', '/custom-models', { origin: 'http://127.0.0.1:9999' }),
			await send(local.port, 'GET', '/custom-models?maxResults=0', AUTH),
			await send(local.port, 'POST', '/custom-models', AUTH),
		];
		expect(answers.map((answer) => answer.status)).toEqual([200, 403, 400, 404]);
		for (const answer of answers) {
			expect(answer.headers['access-control-allow-origin']).toBe('*');
			const exposed = answer.headers['access-control-expose-headers']?.split(', ');
			expect(exposed).toEqual(expect.arrayContaining(['x-amzn-requestid', 'x-amz-request-id', 'x-amz-id-2', 'x-amzn-errortype']));
		}
	});

	it("does the same for the other clients' POST operations: their preflight, their page and their errors", async () => {
		const preflight = await send(local.port, 'OPTIONS', '/agents/', { ...PREFLIGHT_HEADERS, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' });
		expect(preflight.status).toBe(204);
		expect(preflight.headers['access-control-allow-methods']?.split(', ')).toContain('POST');
		expect(preflight.headers['access-control-allow-headers']?.split(',').map((name) => name.trim())).toEqual(expect.arrayContaining(['authorization', 'content-type']));
		const answers = [await send(local.port, 'POST', '/agents/', AUTH), await send(local.port, 'POST', '/agents/AAAAAAAAAA/agentversions/', AUTH)];
		expect(answers.map((answer) => answer.status)).toEqual([200, 404]);
		expect(JSON.parse(answers[0]?.body ?? '{}')).toHaveProperty('agentSummaries');
		for (const answer of answers) {
			expect(answer.headers['access-control-allow-origin']).toBe('*');
			expect(answer.headers['access-control-expose-headers']?.split(', ')).toEqual(expect.arrayContaining(['x-amzn-requestid', 'x-amzn-errortype']));
		}
	});

	it('allows any origin on the answer to a request Node cannot parse', async () => {
		const head = await new Promise<string>((resolve, reject) => {
			const socket = connect(local.port, '127.0.0.1', () => socket.end('HELLO THERE\r\n\r\n'));
			let data = '';
			socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
			socket.on('error', reject);
			socket.on('close', () => resolve(data.split('\r\n\r\n')[0] ?? ''));
		});
		expect(head).toMatch(/^HTTP\/1\.1 400 /);
		expect(head).toMatch(/^access-control-allow-origin: \*$/im);
	});
});

describe('bedrock-paginators local-endpoint --cors', () => {
	/** Starts the built CLI's endpoint, sends one preflight, and stops it. */
	async function preflightStatus(...flags: string[]): Promise<number> {
		const child = spawn(process.execPath, [CLI, 'local-endpoint', '--port', '0', '--models', '1', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
		try {
			const port = await new Promise<number>((resolve, reject) => {
				let seen = '';
				child.stdout.on('data', (chunk: Buffer) => {
					seen += chunk.toString();
					const match = /endpoint: http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
					if (match?.[1]) resolve(Number(match[1]));
				});
				child.on('exit', (code) => reject(new Error(`local-endpoint exited with ${code}`)));
			});
			return (await send(port, 'OPTIONS', '/custom-models', PREFLIGHT_HEADERS)).status;
		} finally {
			child.kill('SIGINT');
		}
	}

	it('answers preflights with --cors, and with its 404 without it', async () => {
		expect(await preflightStatus('--cors')).toBe(204);
		expect(await preflightStatus()).toBe(404);
	});
});
