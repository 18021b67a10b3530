/**
 * One port for HTTP/1.1 and cleartext HTTP/2. The Bedrock runtime clients of the JavaScript SDK
 * (`client-bedrock-runtime`, `client-bedrock-agent-runtime`) send every request over HTTP/2, starting the
 * connection with HTTP/2's preface when the endpoint is `http://`; boto3 and the other clients speak HTTP/1.1.
 * The first bytes of a connection tell which: the preface begins `PRI `, which no HTTP/1.1 request line does.
 */
import type { IncomingMessage, Server as Http1Server, ServerResponse } from 'node:http';
import { createServer as createHttp2Server, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export interface DualServer {
	/** The listening socket: `listen`, `address`, `close` and its `error` event. */
	readonly tcp: TcpServer;
	/** Ends every open connection, of either protocol. */
	closeAllConnections(): void;
}

const HTTP2_PREFACE_START = Buffer.from('PRI ');

/** Hands each connection to `http1` or to an HTTP/2 server that answers through the same listener. */
export function createDualServer(http1: Http1Server, listener: RequestListener): DualServer {
	const http2 = createHttp2Server();
	// The compatibility API gives HTTP/2 streams the request and response methods the listener uses
	// (headers, url, method, the body's data events, writeHead, setHeader, end).
	http2.on('request', (request: Http2ServerRequest, response: Http2ServerResponse) =>
		listener(request as unknown as IncomingMessage, response as unknown as ServerResponse),
	);
	const sockets = new Set<Socket>();
	const tcp = createTcpServer((socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
		socket.once('data', (first: Buffer) => {
			socket.pause();
			socket.unshift(first);
			const isHttp2 = first.subarray(0, HTTP2_PREFACE_START.length).equals(HTTP2_PREFACE_START.subarray(0, Math.min(first.length, HTTP2_PREFACE_START.length)));
			(isHttp2 ? http2 : http1).emit('connection', socket);
			process.nextTick(() => socket.resume());
		});
	});
	tcp.on('close', () => http1.close());
	return {
		tcp,
		closeAllConnections() {
			http1.closeAllConnections();
			for (const socket of sockets) socket.destroy();
		},
	};
}
