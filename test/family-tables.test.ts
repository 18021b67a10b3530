/**
 * Every client's descriptor table against its sources: the installed SDK's `paginate*` functions (command,
 * token and limit keys) and, where Python has it, botocore's paginator and service models (result key, limit
 * maximum, token length, request members with their constraints, item ids and times). A new paginated
 * operation or a changed key in a future SDK or botocore fails here until the table follows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { AnyOperationDescriptor, MemberSpec } from '../src/core/descriptor.js';
import { paginate } from '../src/index.js';
import type { SendClient } from '../src/retry/types.js';
import { FAMILY, stem, type FamilyClient } from './support/family-clients.js';

interface SdkPaginator {
	inputToken: string;
	outputToken: string;
	limitKey: string;
}

/** The SDK's own paginators, read from its build: `createPaginator(XClient, YCommand, "in", "out", "limit")`. */
function sdkPaginators(sdkPackage: string): Map<string, SdkPaginator> {
	const source = readFileSync(createRequire(import.meta.url).resolve(sdkPackage), 'utf8');
	const found = new Map<string, SdkPaginator>();
	for (const [, command, inputToken, outputToken, limitKey] of source.matchAll(/createPaginator\(\w+, (\w+)Command, "(\w*)", "(\w*)", "(\w*)"\)/g)) {
		found.set(command as string, { inputToken: inputToken as string, outputToken: outputToken as string, limitKey: limitKey as string });
	}
	return found;
}

const cases = (client: FamilyClient) => client.descriptors.map((d) => [d.operationName, d] as const);

describe.each(FAMILY.map((client) => [client.path, client] as const))('bedrock-paginators/%s against the installed SDK', (_path, client) => {
	const paginators = sdkPaginators(client.sdkPackage);
	const sdkNames = Object.keys(client.sdk).filter((name) => name.startsWith('paginate')).map((name) => name.slice('paginate'.length)).sort();

	it('has one descriptor for every paginate* function of the SDK, but those botocore does not describe yet', () => {
		expect([...paginators.keys()].sort()).toEqual(sdkNames);
		const described = client.descriptors.map((d) => d.operationName);
		expect([...described, ...client.sdkOnly].sort()).toEqual(sdkNames);
		expect(new Set(described).size).toBe(described.length);
	});

	it.each(cases(client))('%s: the same command, token and limit keys as the SDK', (name, descriptor) => {
		expect(descriptor.command).toBe(client.sdk[`${name}Command`]);
		expect(paginators.get(name)).toEqual({ inputToken: descriptor.inputToken, outputToken: descriptor.outputToken, limitKey: descriptor.limitKey ?? '' });
	});

	it.each(cases(client))('%s: the sub-path exports its paginate, iterate and build functions, its job and its descriptor', (name, descriptor) => {
		for (const exported of [`paginate${name}`, `iterate${name}`, `build${name}Result`, `process${stem(name)}`]) {
			expect(typeof client.entry[exported], exported).toBe('function');
		}
		expect(client.entry[`${name[0]?.toLowerCase()}${name.slice(1)}Descriptor`]).toBe(descriptor);
	});

	it('names its own SDK package when the installed one lacks a command, before any request', async () => {
		expect(new Set(client.descriptors.map((d) => d.sdkPackage))).toEqual(new Set([client.sdkPackage]));
		const d = client.descriptors.find((candidate) => !Object.values(candidate.members ?? {}).some((spec) => 'required' in spec && spec.required === true)) ?? client.descriptors[0];
		if (d === undefined) return;
		const sent: unknown[] = [];
		const older = { ...d, command: undefined } as unknown as AnyOperationDescriptor;
		const service: SendClient = { send: async (command: unknown) => void sent.push(command) };
		const error = await paginate(older, service).next().then(() => undefined, (failure: unknown) => failure);
		expect((error as Error | undefined)?.message).toBe(`The installed ${client.sdkPackage} has no ${d.operationName}Command; ${d.operationName} needs a newer version.`);
		expect(sent).toEqual([]);
	});

	it('exports nothing else', () => {
		const expected = client.descriptors.flatMap(({ operationName: name }) => [
			`paginate${name}`, `iterate${name}`, `build${name}Result`, `process${stem(name)}`, `${name[0]?.toLowerCase()}${name.slice(1)}Descriptor`,
		]);
		expect(Object.keys(client.entry).sort()).toEqual(expected.sort());
	});
});

const probe = spawnSync('python3', ['-c', 'import botocore; print(botocore.__version__)'], { encoding: 'utf8' });
const botocoreMissing = probe.status === 0 ? undefined : 'python3 with botocore not found';
const title = (text: string) => (botocoreMissing ? `${text} (skipped: ${botocoreMissing})` : text);

interface Member {
	type: string;
	required: boolean;
	enum?: string[];
	min?: number;
	max?: number;
}
interface OperationFacts {
	paginator: { input_token: string; output_token: string; limit_key?: string; result_key: string; [key: string]: unknown };
	members: Record<string, Member>;
	/** The enum values of each structure member's members (`sortBy: { attribute: [...], order: [...] }`). */
	nested: Record<string, Record<string, string[]>>;
	itemRequired: string[];
	itemTimes: string[];
}

/** botocore's facts of every paginated operation of the given services, in one Python process. */
function botocoreFacts(services: string[]): Record<string, Record<string, OperationFacts>> {
	const script = `
import json, sys, botocore.session
session = botocore.session.get_session()
out = {}
for service in json.load(sys.stdin):
    model = session.get_service_model(service)
    ops = {}
    for name, paginator in session.get_paginator_model(service)._paginator_config.items():
        shape = model.operation_model(name).input_shape
        members = {}
        nested = {}
        for member, target in shape.members.items():
            entry = {'type': 'enum' if 'enum' in target.metadata else target.type_name, 'required': member in shape.required_members}
            for key in ('enum', 'min', 'max'):
                if key in target.metadata and not (key == 'min' and target.metadata[key] == 0):
                    entry[key] = target.metadata[key]
            members[member] = entry
            if target.type_name == 'structure':
                nested[member] = {inner: list(t.metadata.get('enum', [])) for inner, t in target.members.items()}
        item = model.operation_model(name).output_shape.members[paginator['result_key']].member
        ops[name] = {'paginator': paginator, 'members': members, 'nested': nested,
                     'itemRequired': list(item.required_members) if item.type_name == 'structure' else [],
                     'itemTimes': [m for m, s in item.members.items() if s.type_name == 'timestamp'] if item.type_name == 'structure' else []}
    out[service] = ops
print(json.dumps(out))
`;
	return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8', input: JSON.stringify(services) })) as Record<string, Record<string, OperationFacts>>;
}

/** Our member spec in botocore's terms (`long` is an integer; a string with an enum is an enum). */
function normalise(spec: MemberSpec): Member {
	const out: Member = { type: spec.type, required: 'required' in spec && spec.required === true };
	if (spec.type === 'enum') out.enum = [...spec.values];
	if ((spec.type === 'string' || spec.type === 'integer' || spec.type === 'list') && spec.min !== undefined) out.min = spec.min;
	if ((spec.type === 'string' || spec.type === 'integer' || spec.type === 'list') && spec.max !== undefined) out.max = spec.max;
	return out;
}
const theirs = (member: Member): Member => ({ ...member, type: member.type === 'long' ? 'integer' : member.type });

describe.skipIf(botocoreMissing !== undefined)("every client's table against botocore's models", () => {
	const facts = botocoreMissing === undefined ? botocoreFacts(FAMILY.map((client) => client.service)) : {};

	it.each(FAMILY.map((client) => [client.service, client] as const))(title('%s: exactly the operations of its paginators-1.json'), (service, client) => {
		expect(client.descriptors.map((d) => d.operationName).sort()).toEqual(Object.keys(facts[service] ?? {}).sort());
	});

	const all = FAMILY.flatMap((client) => client.descriptors.map((d) => [`${client.service} ${d.operationName}`, client.service, d] as const));
	it.each(all)(title('%s: token, limit and result keys, limit maximum, token length, request members, item id and time'), (_title, service, d: AnyOperationDescriptor) => {
		const op = facts[service]?.[d.operationName];
		expect(op).toBeDefined();
		if (op === undefined) return;
		const { input_token, output_token, limit_key, result_key } = op.paginator;
		expect({ in: d.inputToken, out: d.outputToken, limit: d.limitKey, result: d.resultKey }).toEqual({ in: input_token, out: output_token, limit: limit_key, result: result_key });
		if (limit_key !== undefined) expect(d.limitMax).toBe(op.members[limit_key]?.max ?? Number.MAX_SAFE_INTEGER);
		expect(d.tokenMaxLength).toBe(op.members[input_token]?.max ?? Number.MAX_SAFE_INTEGER);
		const settable = Object.fromEntries(Object.entries(op.members).filter(([name]) => name !== input_token && name !== limit_key).map(([name, member]) => [name, theirs(member)]));
		expect(Object.fromEntries(Object.entries(d.members ?? {}).map(([name, spec]) => [name, normalise(spec)]))).toEqual(settable);
		if (d.itemId !== undefined) expect(op.itemRequired).toContain(d.itemId);
		if (d.order !== undefined) {
			expect(op.itemTimes).toContain(d.order.timeField);
			expect(d.itemId).toBeDefined();
			const { within, sortBy, sortOrder } = d.order;
			const enumOf = (member: string) => (within === undefined ? op.members[member]?.enum : op.nested[within]?.[member]);
			expect(enumOf(sortOrder.member)).toEqual(expect.arrayContaining([sortOrder.ascending, sortOrder.descending]));
			if (sortBy !== undefined) expect(enumOf(sortBy.member)).toContain(sortBy.value);
		}
	});

	it('every operation whose request can sort by a time its items carry, and whose items have an id, has an order for anchored resume', () => {
		const timeLike = (value: string) => /time|_AT$|date/i.test(value);
		const sortsByTime = (op: OperationFacts) =>
			Object.entries(op.members).some(([name, member]) => /sort/i.test(name) && (member.enum ?? []).some(timeLike)) ||
			Object.entries(op.nested).some(([name, inner]) => /sort/i.test(name) && Object.values(inner).some((values) => values.some(timeLike)));
		const anchored = all.filter(([, service, d]) => {
			const op = facts[service]?.[d.operationName];
			return op !== undefined && sortsByTime(op) && op.itemTimes.length > 0;
		});
		expect(anchored.map(([name]) => name).sort()).toEqual(['bedrock-agent ListIngestionJobs', 'bedrock-runtime ListAsyncInvokes']);
		for (const [name, , d] of anchored) expect({ name, order: d.order !== undefined, itemId: d.itemId !== undefined }).toEqual({ name, order: true, itemId: true });
	});
});
