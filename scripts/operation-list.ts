/**
 * Writes the README's list of the further clients' operations from their descriptor tables, between the
 * markers `<!-- operation-list:start -->` and `<!-- operation-list:end -->`. With `--check`, writes nothing
 * and exits with status 1 if the README's list differs from the tables (CI runs it so).
 *
 *   node --import tsx scripts/operation-list.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AnyOperationDescriptor } from '../src/core/descriptor.js';

const README = new URL('../README.md', import.meta.url);
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { peerDependencies: Record<string, string> };
const START = '<!-- operation-list:start -->';
const END = '<!-- operation-list:end -->';

/** The sub-paths in the README's order, each with its SDK package and table. */
const CLIENTS: readonly { path: string; sdkPackage: string; table: object }[] = [
	{ path: 'runtime', sdkPackage: '@aws-sdk/client-bedrock-runtime', table: await import('../src/operations/runtime/table.js') },
	{ path: 'data-automation', sdkPackage: '@aws-sdk/client-bedrock-data-automation', table: await import('../src/operations/data-automation/table.js') },
	{ path: 'agent', sdkPackage: '@aws-sdk/client-bedrock-agent', table: await import('../src/operations/agent/table.js') },
	{ path: 'agent-runtime', sdkPackage: '@aws-sdk/client-bedrock-agent-runtime', table: await import('../src/operations/agent-runtime/table.js') },
	{ path: 'agentcore', sdkPackage: '@aws-sdk/client-bedrock-agentcore', table: await import('../src/operations/agentcore/table.js') },
	{ path: 'agentcore-control', sdkPackage: '@aws-sdk/client-bedrock-agentcore-control', table: await import('../src/operations/agentcore-control/table.js') },
];

const stem = (operation: string) => operation.replace(/^List/, '');
const code = (text: string) => `\`${text}\``;

function limitOf(d: AnyOperationDescriptor): string {
	if (d.limitKey === undefined) return 'none (`PageSize` refused)';
	return d.limitMax === Number.MAX_SAFE_INTEGER ? code(d.limitKey) : `${code(d.limitKey)} (1-${d.limitMax})`;
}

function requiredOf(d: AnyOperationDescriptor): string {
	const names = Object.entries(d.members ?? {}).filter(([, spec]) => 'required' in spec && spec.required === true).map(([name]) => code(name));
	return names.join(', ');
}

function resumeOf(d: AnyOperationDescriptor): string {
	return d.order !== undefined && d.itemId !== undefined ? `anchor (${code(d.itemId)}, ${code(d.order.timeField)})` : 'count';
}

function section(client: (typeof CLIENTS)[number]): string[] {
	const descriptors = Object.values(client.table) as AnyOperationDescriptor[];
	const floor = PACKAGE.peerDependencies[client.sdkPackage]?.replace(/^\^/, '') ?? '?';
	const lines = [
		`#### \`bedrock-paginators/${client.path}\` (${code(client.sdkPackage)} ${floor} or later, ${descriptors.length} operation${descriptors.length === 1 ? '' : 's'})`,
		'',
		'| operation | job | result key | limit key | required members | job resumes by |',
		'|---|---|---|---|---|---|',
	];
	for (const d of descriptors) {
		lines.push(`| ${d.operationName} | ${code(`process${stem(d.operationName)}`)} | ${code(d.resultKey)} | ${limitOf(d)} | ${requiredOf(d)} | ${resumeOf(d)} |`);
	}
	return lines;
}

export function operationList(): string {
	return [START, '<!-- Generated from the descriptor tables by scripts/operation-list.ts: edit the tables, then run it. -->', '', ...CLIENTS.flatMap((client) => [...section(client), '']), END].join('\n');
}

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end < start) {
	console.error(`README.md has no ${START} ... ${END} markers.`);
	process.exit(1);
}
const updated = readme.slice(0, start) + operationList() + readme.slice(end + END.length);
if (process.argv.includes('--check')) {
	if (updated !== readme) {
		console.error('README.md: the operation list differs from the descriptor tables; run `node --import tsx scripts/operation-list.ts`.');
		process.exit(1);
	}
	console.log('README.md: the operation list matches the descriptor tables.');
} else if (updated !== readme) {
	writeFileSync(README, updated);
	console.log('README.md: operation list written.');
}
