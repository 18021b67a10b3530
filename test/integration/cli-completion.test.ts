/**
 * `bedrock-paginators completion bash|zsh|fish`: the bash script's completion function run in a real bash with
 * COMP_WORDS/COMP_CWORD set, as bash sets them on Tab; the zsh and fish scripts checked by their shells' parsers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/built.js';
import { run } from '../support/run.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const missing = (shell: string) => (has(shell) ? undefined : `${shell} not installed`);
const title = (shell: string, text: string) => (missing(shell) === undefined ? text : `${text} (skipped: ${missing(shell)})`);

const dir = mkdtempSync(join(tmpdir(), 'bp-completion-'));
const scripts: Record<string, string> = {};
beforeAll(async () => {
	for (const shell of ['bash', 'zsh', 'fish']) {
		const result = await run('node', [CLI, 'completion', shell]);
		expect(result.status, result.stderr).toBe(0);
		scripts[shell] = join(dir, `completion.${shell}`);
		writeFileSync(scripts[shell] as string, result.stdout);
	}
});

/** What the completion function offers for a command line whose last word is being completed. */
function bashComplete(...words: string[]): string[] {
	const quoted = words.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
	const script = `source '${scripts['bash']}'\nCOMP_WORDS=(bedrock-paginators ${quoted})\nCOMP_CWORD=${words.length}\n_bedrock_paginators\nprintf '%s\\n' "\${COMPREPLY[@]}"`;
	const result = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', cwd: dir });
	expect(result.status, result.stderr).toBe(0);
	return result.stdout.split('\n').filter(Boolean);
}

describe.skipIf(missing('bash') !== undefined)('bash completion', () => {
	it('registers a completion function for bedrock-paginators', () => {
		const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `source '${scripts['bash']}' && complete -p bedrock-paginators`], { encoding: 'utf8' });
		expect(result.stdout.trim()).toBe('complete -F _bedrock_paginators bedrock-paginators');
	});

	it('completes command names from their first letters', () => {
		expect(bashComplete('list-custom')).toEqual(['list-custom-model-deployments', 'list-custom-models']);
		expect(bashComplete('loc')).toEqual(['local-endpoint']);
		expect(bashComplete('comp')).toEqual(['completion']);
		// 19 commands, local-endpoint, completion, help and the seven services.
		expect(bashComplete('')).toHaveLength(29);
		expect(bashComplete('bedrock-agentc')).toEqual(['bedrock-agentcore', 'bedrock-agentcore-control']);
	});

	it("completes a service's commands after its name, and their flags, enum values included", () => {
		expect(bashComplete('bedrock-agent', 'list-agent-v')).toEqual(['list-agent-versions']);
		expect(bashComplete('bedrock', 'list-custom-m')).toEqual(['list-custom-model-deployments', 'list-custom-models']);
		expect(bashComplete('bedrock', 'list-custom-models', '--model-s')).toEqual(['--model-status']);
		expect(bashComplete('bedrock-agent', 'list-agent-versions', '--agent')).toEqual(['--agent-id']);
		expect(bashComplete('bedrock-agent-runtime', 'get-agent-memory', '--memory-type', '')).toEqual(['SESSION_SUMMARY']);
		expect(bashComplete('bedrock-agentcore', 'list-ab-tests', '--max-i')).toEqual(['--max-items']);
	});

	it("completes a command's own flags and the common ones", () => {
		expect(bashComplete('list-custom-models', '--model')).toEqual(['--model-status']);
		expect(bashComplete('list-custom-models', '--is')).toEqual(['--is-owned']);
		expect(bashComplete('list-custom-models', '--no-is')).toEqual(['--no-is-owned']);
		expect(bashComplete('list-custom-models', '--max-')).toEqual(['--max-items', '--max-results']);
		expect(bashComplete('list-guardrails', '--guard')).toEqual(['--guardrail-identifier']);
		expect(bashComplete('list-custom-models', '--generate')).toEqual(['--generate-cli-skeleton']);
		// A flag of another command is not offered.
		expect(bashComplete('list-guardrails', '--model')).toEqual([]);
		// The one operation without a limit has no --page-size.
		expect(bashComplete('list-enforced-guardrails-configuration', '--pa')).toEqual([]);
		expect(bashComplete('local-endpoint', '--se')).toEqual(['--seed']);
	});

	it('completes enum values after the flag that takes them, and only there', () => {
		expect(bashComplete('list-custom-models', '--model-status', '')).toEqual(['Active', 'Creating', 'Failed']);
		expect(bashComplete('list-custom-models', '--sort-order', 'D')).toEqual(['Descending']);
		expect(bashComplete('list-inference-profiles', '--type-equals', '')).toEqual(['SYSTEM_DEFINED', 'APPLICATION']);
		expect(bashComplete('list-model-invocation-jobs', '--status-equals', 'S')).toEqual(['Submitted', 'Stopping', 'Stopped', 'Scheduled']);
		expect(bashComplete('list-evaluation-jobs', '--status-equals', 'De')).toEqual(['Deleting']);
		expect(bashComplete('list-custom-models', '--output', 'j')).toEqual(['json', 'jsonl']);
		expect(bashComplete('list-custom-models', '--generate-cli-skeleton', '')).toEqual(['input']);
		expect(bashComplete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
	});

	it('offers nothing after a flag whose value is free text, and files after one that takes a path', () => {
		expect(bashComplete('list-custom-models', '--name-contains', '')).toEqual([]);
		expect(bashComplete('list-custom-models', '--max-items', '')).toEqual([]);
		expect(bashComplete('list-custom-models', '--cli-input-json', 'completion.ba')).toEqual(['completion.bash']);
	});
});

describe('zsh and fish completion', () => {
	it.skipIf(missing('zsh') !== undefined)(title('zsh', 'the zsh script parses (zsh -n) and defines its function when sourced'), () => {
		expect(spawnSync('zsh', ['-n', scripts['zsh'] as string], { encoding: 'utf8' }).stderr).toBe('');
		const result = spawnSync('zsh', ['-f', '-c', `autoload -Uz compinit && compinit -u -D && source '${scripts['zsh']}' && whence -w _bedrock_paginators`], { encoding: 'utf8' });
		expect(result.stdout.trim()).toBe('_bedrock_paginators: function');
	});

	it.skipIf(missing('fish') !== undefined)(title('fish', 'the fish script parses (fish --no-execute) and registers the enum values'), () => {
		expect(spawnSync('fish', ['--no-execute', scripts['fish'] as string], { encoding: 'utf8' }).status).toBe(0);
		const result = spawnSync('fish', ['--no-config', '-c', `source '${scripts['fish']}'; complete -C 'bedrock-paginators list-custom-models --model-status '`], { encoding: 'utf8' });
		expect(result.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0])).toEqual(['Active', 'Creating', 'Failed']);
	});
});

describe('bedrock-paginators completion', () => {
	it.each([[[]], [['tcsh']], [['bash', 'extra']]])('refuses %j with exit status 2', async (args) => {
		const result = await run('node', [CLI, 'completion', ...args]);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^Usage: bedrock-paginators completion/);
	});
});
