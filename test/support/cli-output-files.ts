/** The built CLI with its stdout a file, as a shell redirects it, for the `--checkpoint` output tests. */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLI_ENV } from './built.js';

export const freshDir = () => mkdtempSync(join(tmpdir(), 'cli-durable-'));

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The CLI with stdout a file opened as the shell's `>` (`w`) or `>>` (`a`) opens it. */
export function runInto(file: string, flags: 'w' | 'a', args: string[]) {
	const fd = openSync(file, flags);
	const child = spawn('node', args, { env: { ...process.env, ...CLI_ENV }, stdio: ['ignore', fd, 'pipe'] });
	closeSync(fd);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return { child, done: new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stderr }))) };
}

/** Every line of the file parsed (a line that does not parse fails the test), as ARNs. */
export function linesOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	if (text === '') return [];
	expect(text.endsWith('\n'), 'the file ends with a whole line').toBe(true);
	return text
		.slice(0, -1)
		.split('\n')
		.map((line) => (JSON.parse(line) as { modelArn: string }).modelArn);
}
