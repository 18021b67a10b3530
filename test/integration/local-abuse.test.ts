/** The local endpoint under abuse: requests it cannot parse, over-long lines, a flood of requests, a busy port. */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 10, requestLog: 100 });
});
afterAll(async () => {
	await local.close();
});

/** Sends raw bytes and reads the whole answer (the server closes or answers with content-length). */
function raw(text: string): Promise<{ status: number; headers: string; body: string }> {
	return new Promise((resolve, reject) => {
		const socket = connect(local.port, '127.0.0.1', () => socket.end(text));
		let data = '';
		socket.on('data', (chunk) => (data += chunk.toString()));
		socket.on('error', reject);
		socket.on('close', () => {
			const [head = '', body = ''] = data.split('\r\n\r\n');
			resolve({ status: Number(head.split(' ')[1]), headers: head, body });
		});
	});
}

const get = (path: string, headers: Record<string, string> = {}) =>
	new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port: local.port, path, headers: { authorization: 'Bearer x', connection: 'close', ...headers } }, (res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});

describe('the local endpoint under abuse', () => {
	it.each([
		['an absolute URL with a bad port', 'GET http://a:b/ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n'],
		['a protocol-relative URL with a bad port', 'GET //a:b/ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n'],
		['a bad percent-escape in a path parameter', 'GET /automated-reasoning-policies/%E0%A4%A/build-workflows HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n'],
		['a request line that is not HTTP', 'HELLO THERE\r\n\r\n'],
	])('answers %s with 400 and a JSON body', async (_, text) => {
		const answer = await raw(text);
		expect(answer.status).toBe(400);
		expect(JSON.parse(answer.body)).toEqual({ message: expect.any(String) });
		expect(answer.headers).toMatch(/x-amzn-errortype: BadRequestException/i);
	});

	it('answers an over-long URL with 414 and over-long headers with 431, each with a JSON body', async () => {
		const longUrl = await get(`/custom-models?nameContains=${'a'.repeat(9_000)}`);
		expect(longUrl.status).toBe(414);
		expect(JSON.parse(longUrl.body)).toEqual({ message: expect.stringMatching(/at most 8192/) });
		const longHeader = await raw(`GET /custom-models HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
		expect(longHeader.status).toBe(431);
		expect(JSON.parse(longHeader.body)).toEqual({ message: expect.stringMatching(/too large/) });
	});

	it('keeps a bounded request log with query values cut short, and counts every request', async () => {
		const before = local.requestCounts.total;
		const value = 'v'.repeat(7_000);
		for (let batch = 0; batch < 30; batch++) {
			await Promise.all(Array.from({ length: 50 }, () => get(`/custom-models?nextToken=${value}`)));
		}
		expect(local.requestCounts.total - before).toBe(1_500);
		expect(local.requests).toHaveLength(100);
		expect(Math.max(...local.requests.map((request) => JSON.stringify(request.query).length))).toBeLessThan(400);
		expect(local.requestCounts.byStatus[400]).toBeGreaterThanOrEqual(1_500);
	});

	it('refuses a busy port with one clear error naming it', async () => {
		await expect(startLocalBedrock({ port: local.port })).rejects.toThrow(`Port ${local.port} on 127.0.0.1 is already in use`);
	});
});
