/**
 * A service whose SDK package is not installed: its commands say in one line what to install, with exit status
 * 255, while help and the control plane keep working. The built CLI runs from a directory whose node_modules
 * holds only what the control plane needs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../support/built.js';
import { run } from '../support/run.js';

const dir = mkdtempSync(join(tmpdir(), 'bp-missing-sdk-'));
const cli = join(dir, 'cli', 'index.js');

beforeAll(() => {
	mkdirSync(join(dir, 'cli'));
	copyFileSync(CLI, cli);
	mkdirSync(join(dir, 'node_modules', '@aws-sdk'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules', '@aws-sdk', 'client-bedrock'), join(dir, 'node_modules', '@aws-sdk', 'client-bedrock'));
	for (const name of ['p-retry', 'is-network-error']) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
});

describe('a service whose SDK is not installed', () => {
	it('says in one line which package to install, and ends with 255 before any request', async () => {
		const result = await run('node', [cli, 'bedrock-agent', 'list-agents', '--endpoint-url', 'http://127.0.0.1:9']);
		expect(result).toMatchObject({ status: 255, stdout: '' });
		expect(result.stderr).toBe('bedrock-paginators bedrock-agent: @aws-sdk/client-bedrock-agent is not installed; install it beside bedrock-paginators (npm install @aws-sdk/client-bedrock-agent) and run the command again.\n');
	});

	it("still shows the service's help and checks its flags without the SDK", async () => {
		const help = await run('node', [cli, 'bedrock-agent', 'list-agent-versions', 'help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^Usage: bedrock-paginators bedrock-agent list-agent-versions --agent-id VALUE \[options\]/);
		const missing = await run('node', [cli, 'bedrock-agent', 'list-agent-versions']);
		expect(missing).toMatchObject({ status: 2 });
		expect(missing.stderr).toContain('error: the following arguments are required: --agent-id\n');
	});

	it('leaves the control plane working', async () => {
		const result = await run('node', [cli, 'list-custom-models', 'help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: bedrock-paginators list-custom-models/);
	});
});
