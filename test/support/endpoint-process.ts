/** The local endpoint in a process of its own, for tests whose client must not share an event loop with it. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { LocalBedrockOptions } from '../../src/local/index.js';

const SERVE = fileURLToPath(new URL('../../bench/support/serve.ts', import.meta.url));

export async function startEndpointProcess(options: LocalBedrockOptions) {
	const child = spawn(process.execPath, ['--import', 'tsx', SERVE, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'inherit'] });
	const lines: string[] = [];
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
	return {
		endpoint,
		async counts() {
			child.stdin.write('stats\n');
			return JSON.parse(await nextLine()) as { total: number; byStatus: Record<string, number> };
		},
		async stop() {
			child.kill('SIGTERM');
			await once(child, 'exit');
		},
	};
}
