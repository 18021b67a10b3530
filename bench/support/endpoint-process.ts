/**
 * Starts the local endpoint in a child process and talks to it over stdio: for benchmarks and tests whose client
 * must not share an event loop with it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { BedrockClient, type BedrockClientConfig } from '@aws-sdk/client-bedrock';
import type { FaultOptions, LocalBedrockOptions } from '../../src/local/index.js';

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

export interface EndpointProcess {
	readonly endpoint: string;
	client(config?: BedrockClientConfig): BedrockClient;
	/** Requests answered so far, by status. */
	stats(): Promise<{ total: number; byStatus: Record<string, number> }>;
	/** Changes fault injection; resolves once the endpoint applies the change. */
	setFaults(faults: FaultOptions): Promise<void>;
	stop(): Promise<void>;
}

export async function startEndpointProcess(options: LocalBedrockOptions): Promise<EndpointProcess> {
	const child = spawn(process.execPath, ['--import', 'tsx', SERVE, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'inherit'] });
	const lines: string[] = [];
	// Readers waiting for a line, in the order they asked (two stats() calls may overlap).
	const waiting: ((line: string) => void)[] = [];
	let buffer = '';
	child.stdout.on('data', (chunk: Buffer) => {
		buffer += chunk.toString();
		for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
			const line = buffer.slice(0, newline);
			buffer = buffer.slice(newline + 1);
			const next = waiting.shift();
			if (next) next(line);
			else lines.push(line);
		}
	});
	const nextLine = () => new Promise<string>((resolve) => (lines.length > 0 ? resolve(lines.shift() as string) : waiting.push(resolve)));
	const endpoint = await nextLine();
	const clients: BedrockClient[] = [];
	return {
		endpoint,
		client(config = {}) {
			const client = new BedrockClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }, ...config });
			clients.push(client);
			return client;
		},
		async stats() {
			child.stdin.write('stats\n');
			return JSON.parse(await nextLine()) as { total: number; byStatus: Record<string, number> };
		},
		async setFaults(faults) {
			child.stdin.write(`faults ${JSON.stringify(faults)}\n`);
			await nextLine();
		},
		async stop() {
			for (const client of clients) client.destroy();
			child.kill('SIGTERM');
			await once(child, 'exit');
		},
	};
}
