/**
 * A loopback HTTP server that answers any paginated JSON operation from a list of items: the token and the
 * limit are read from the query string or the JSON body, tokens are offsets (`tok-<n>`), and every
 * request is recorded (method, path, query, body) for the test to check what the SDK sent.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagedRoute {
	readonly method: 'GET' | 'POST';
	readonly path: RegExp;
	readonly resultKey: string;
	readonly items: readonly unknown[];
	/** @default 'maxResults' */
	readonly limitKey?: string;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: Record<string, unknown>;
}

export interface PagedJsonServer {
	readonly endpoint: string;
	readonly requests: RecordedRequest[];
	close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
	let text = '';
	for await (const chunk of request) text += String(chunk);
	return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

export async function startPagedJsonServer(routes: readonly PagedRoute[], servicePageSize = 3): Promise<PagedJsonServer> {
	const requests: RecordedRequest[] = [];
	const server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://localhost');
			const body = await readBody(request);
			const recorded = { method: request.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body };
			requests.push(recorded);
			const route = routes.find((r) => r.method === request.method && r.path.test(url.pathname));
			if (route === undefined) {
				response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `no route for ${request.method} ${url.pathname}` }));
				return;
			}
			// Some POST operations take the token and the limit in the query string (ListSessions), most in the body.
			const read = (key: string) => recorded.query[key] ?? body[key];
			const token = read('nextToken');
			const offset = typeof token === 'string' ? Number(token.replace(/^tok-/, '')) : 0;
			const limit = Number(read(route.limitKey ?? 'maxResults') ?? servicePageSize);
			const page = route.items.slice(offset, offset + limit);
			const end = offset + page.length;
			const payload = { [route.resultKey]: page, ...(end < route.items.length ? { nextToken: `tok-${end}` } : {}) };
			response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		endpoint: `http://127.0.0.1:${port}`,
		requests,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
