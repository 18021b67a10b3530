/**
 * The descriptor table against its sources: every `paginate*` of the installed SDK (token and limit keys),
 * and botocore's paginator and service models where Python has them (result keys, request members). A new
 * paginated operation in a future SDK or botocore fails here until it is added.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as sdk from '@aws-sdk/client-bedrock';
import * as table from '../src/operations/table.js';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import type { AnyOperationDescriptor, MemberSpec } from '../src/core/descriptor.js';

const descriptors = Object.values(table) as AnyOperationDescriptor[];

/** The SDK's own paginators, read from its build: `createPaginator(BedrockClient, XCommand, "in", "out", "limit")`. */
function sdkPaginators(): Map<string, { inputToken: string; outputToken: string; limitKey: string }> {
	const require = createRequire(import.meta.url);
	const source = readFileSync(require.resolve('@aws-sdk/client-bedrock'), 'utf8');
	const found = new Map<string, { inputToken: string; outputToken: string; limitKey: string }>();
	for (const [, command, inputToken, outputToken, limitKey] of source.matchAll(/createPaginator\(\w+, (\w+)Command, "(\w*)", "(\w*)", "(\w*)"\)/g)) {
		found.set(command as string, { inputToken: inputToken as string, outputToken: outputToken as string, limitKey: limitKey as string });
	}
	return found;
}

describe('the descriptor table against the installed SDK', () => {
	const paginators = sdkPaginators();

	it('has one descriptor for every paginate* function of the SDK, and no other', () => {
		const sdkNames = Object.keys(sdk).filter((name) => name.startsWith('paginate')).map((name) => name.slice('paginate'.length)).sort();
		expect(sdkNames).toHaveLength(19);
		expect([...paginators.keys()].sort()).toEqual(sdkNames);
		expect(descriptors.map((d) => d.operationName).sort()).toEqual(sdkNames);
	});

	it.each(descriptors.map((d) => [d.operationName, d] as const))('%s: the same command, token and limit keys as the SDK', (name, descriptor) => {
		expect(descriptor.command).toBe((sdk as unknown as Record<string, unknown>)[`${name}Command`]);
		expect(paginators.get(name)).toEqual({ inputToken: descriptor.inputToken, outputToken: descriptor.outputToken, limitKey: descriptor.limitKey ?? '' });
	});

	it.each(descriptors.map((d) => [d.operationName] as const))('%s: exports paginate, iterate and build functions, and a job', (name) => {
		const exports = library as unknown as Record<string, unknown>;
		for (const exported of [`paginate${name}`, `iterate${name}`, `build${name}Result`, `process${name.replace(/^List/, '')}`]) {
			expect(typeof exports[exported]).toBe('function');
		}
	});
});

const probe = spawnSync('python3', ['-c', 'import botocore; print(botocore.__version__)'], { encoding: 'utf8' });
const botocoreMissing = probe.status === 0 ? undefined : `python3 with botocore not found`;
const title = (text: string) => (botocoreMissing ? `${text} (skipped: ${botocoreMissing})` : text);

interface BotocoreFacts {
	paginators: Record<string, { input_token: string; output_token: string; limit_key?: string; result_key: string }>;
	members: Record<string, Record<string, { type: string; enum?: string[]; min?: number; max?: number; required: boolean }>>;
}

function botocoreFacts(): BotocoreFacts {
	const script = `
import json, gzip, os, botocore
root = os.path.join(os.path.dirname(botocore.__file__), 'data', 'bedrock')
version = sorted(os.listdir(root))[-1]
paginators = json.load(open(os.path.join(root, version, 'paginators-1.json')))['pagination']
path = os.path.join(root, version, 'service-2.json')
model = json.load(gzip.open(path + '.gz') if os.path.exists(path + '.gz') else open(path))
shapes = model['shapes']
members = {}
for op, spec in paginators.items():
    shape = shapes[model['operations'][op]['input']['shape']]
    required = set(shape.get('required', []))
    out = {}
    for name, ref in shape['members'].items():
        if name in (spec['input_token'], spec.get('limit_key')):
            continue
        target = shapes[ref['shape']]
        entry = {'type': 'enum' if 'enum' in target else target['type'], 'required': name in required}
        for key in ('enum', 'min', 'max'):
            if key in target and not (key == 'min' and target[key] == 0):
                entry[key] = target[key]
        out[name] = entry
    members[op] = out
print(json.dumps({'paginators': paginators, 'members': members}))
`;
	return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' })) as BotocoreFacts;
}

describe.skipIf(botocoreMissing !== undefined)("the descriptor table against botocore's models", () => {
	const facts = botocoreMissing === undefined ? botocoreFacts() : ({ paginators: {}, members: {} } as BotocoreFacts);

	it(title('lists exactly the operations of paginators-1.json'), () => {
		expect(descriptors.map((d) => d.operationName).sort()).toEqual(Object.keys(facts.paginators).sort());
	});

	it.each(descriptors.map((d) => [d.operationName, d] as const))(title('%s: the same token, limit and result keys, and the same request members'), (name, descriptor) => {
		const paginator = facts.paginators[name];
		expect({ in: descriptor.inputToken, out: descriptor.outputToken, limit: descriptor.limitKey, result: descriptor.resultKey }).toEqual({
			in: paginator?.input_token,
			out: paginator?.output_token,
			limit: paginator?.limit_key,
			result: paginator?.result_key,
		});
		const ours = Object.fromEntries(Object.entries(descriptor.members ?? {}).map(([member, spec]) => [member, normalise(spec)]));
		expect(ours).toEqual(facts.members[name]);
	});
});

function normalise(spec: MemberSpec): Record<string, unknown> {
	const out: Record<string, unknown> = { type: spec.type, required: 'required' in spec && spec.required === true };
	if (spec.type === 'enum') out['enum'] = [...spec.values];
	if ((spec.type === 'string' || spec.type === 'integer') && spec.min !== undefined) out['min'] = spec.min;
	if ((spec.type === 'string' || spec.type === 'integer') && spec.max !== undefined) out['max'] = spec.max;
	return out;
}


describe.skipIf(botocoreMissing !== undefined)("the CLI's member order against botocore's model", () => {
	it(title('lists every structure of every response in the model order (the order the AWS CLI prints)'), async () => {
		const { STRUCTURES, RESPONSES } = await import('../src/cli/output/member-order.js');
		const script = `
import json, gzip, os, sys, botocore
root = os.path.join(os.path.dirname(botocore.__file__), 'data', 'bedrock')
version = sorted(os.listdir(root))[-1]
path = os.path.join(root, version, 'service-2.json')
model = json.load(gzip.open(path + '.gz') if os.path.exists(path + '.gz') else open(path))
names = json.load(sys.stdin)
print(json.dumps({ 'structures': { n: list(model['shapes'][n]['members'].keys()) for n in names['structures'] }, 'responses': { op: model['operations'][op]['output']['shape'] for op in names['operations'] } }))
`;
		const facts = JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8', input: JSON.stringify({ structures: Object.keys(STRUCTURES), operations: Object.keys(RESPONSES) }) })) as {
			structures: Record<string, string[]>;
			responses: Record<string, string>;
		};
		expect(STRUCTURES).toEqual(facts.structures);
		expect(RESPONSES).toEqual(facts.responses);
		expect(Object.keys(RESPONSES).sort()).toEqual(descriptors.map((d) => d.operationName).sort());
	});
});
