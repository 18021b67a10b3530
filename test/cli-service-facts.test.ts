/**
 * The CLI's service facts (src/cli/services/facts.ts) against botocore and the AWS CLI on this machine: the file
 * is what scripts/cli-service-facts.py writes today, so a botocore or AWS CLI release that adds, renames or
 * changes a command or a flag fails here instead of drifting.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAMILY_COMMANDS } from '../src/cli/services/family-commands.js';
import { botoMissing } from './support/python.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);

describe('the CLI facts of the other Bedrock clients', () => {
	it.skipIf(botoMissing !== undefined)(title('are exactly what botocore and the AWS CLI give today'), () => {
		const generated = spawnSync('python3', ['scripts/cli-service-facts.py'], { cwd: ROOT, encoding: 'utf8' });
		expect(generated.status, generated.stderr).toBe(0);
		const committed = readFileSync(new URL('../src/cli/services/facts.ts', import.meta.url), 'utf8');
		// The header names botocore's version; the facts are what must not drift.
		const body = (text: string) => text.slice(text.indexOf('export const'));
		expect(body(committed)).toBe(body(generated.stdout));
	});

	it('name 69 commands across six services, each with the AWS CLI name of its operation', () => {
		expect(Object.fromEntries([...FAMILY_COMMANDS].map(([service, commands]) => [service, commands.size]))).toEqual({
			'bedrock-agent': 14,
			'bedrock-agent-runtime': 8,
			'bedrock-agentcore': 11,
			'bedrock-agentcore-control': 30,
			'bedrock-data-automation': 5,
			'bedrock-runtime': 1,
		});
		expect(FAMILY_COMMANDS.get('bedrock-agentcore')?.get('list-ab-tests')?.operationName).toBe('ListABTests');
		expect(FAMILY_COMMANDS.get('bedrock-agent-runtime')?.get('get-agent-memory')).toMatchObject({ limitKey: 'maxItems', inputToken: 'nextToken' });
	});
});
