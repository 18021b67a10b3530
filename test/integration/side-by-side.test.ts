/**
 * Every paginated operation of every Bedrock client (the control plane's 19 and the other clients' 69) side by
 * side with boto3 over the local endpoint, through the library's descriptor tables: the cut at MaxItems inside a
 * page gives the same items and a NextToken byte-identical to botocore's, and each side resumes from the other's
 * token to the same end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';
import * as table from '../../src/operations/table.js';
import * as agentTable from '../../src/operations/agent/table.js';
import * as agentRuntimeTable from '../../src/operations/agent-runtime/table.js';
import * as agentCoreTable from '../../src/operations/agentcore/table.js';
import * as agentCoreControlTable from '../../src/operations/agentcore-control/table.js';
import * as dataAutomationTable from '../../src/operations/data-automation/table.js';
import * as runtimeTable from '../../src/operations/runtime/table.js';
import { FAMILY_COMMANDS } from '../../src/cli/services/family-commands.js';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import type { SendClient } from '../../src/retry/types.js';
import { REQUIRED_INPUTS } from '../support/family.js';
import { clientFor } from '../support/local.js';
import { requiredInput } from '../support/operations.js';
import { botoMissing, endBotoPaginate } from '../support/python.js';
import { sideBySide, type SideBySideCase, type SideBySideResult } from '../support/side-by-side.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);
const CONTROL_PLANE = Object.values(table) as AnyOperationDescriptor[];
const FAMILY = [...FAMILY_COMMANDS].flatMap(([service, commands]) => [...commands.values()].map((command) => ({ service, command })));
/** The library's descriptor tables of the other clients, by the AWS CLI's service name. */
const TABLES: Readonly<Record<string, Record<string, unknown>>> = {
	'bedrock-agent': agentTable,
	'bedrock-agent-runtime': agentRuntimeTable,
	'bedrock-agentcore': agentCoreTable,
	'bedrock-agentcore-control': agentCoreControlTable,
	'bedrock-data-automation': dataAutomationTable,
	'bedrock-runtime': runtimeTable,
};
const tableDescriptor = (service: string, operation: string) => TABLES[service]?.[`${operation[0]?.toLowerCase()}${operation.slice(1)}Descriptor`] as AnyOperationDescriptor | undefined;
const NAMES = [...CONTROL_PLANE.map((d) => `bedrock ${d.operationName}`), ...FAMILY.map(({ service, command }) => `${service} ${command.operationName}`)];

let local: LocalBedrock;
const clients: { destroy(): void }[] = [];
const results = new Map<string, SideBySideResult>();

beforeAll(async () => {
	if (botoMissing !== undefined) return;
	local = await startLocalBedrock({ models: 17, seed: 12, items: Object.fromEntries(CONTROL_PLANE.map((d) => [d.operationName, 17])) });
	const bedrock = clientFor(local);
	clients.push(bedrock);
	const cases: SideBySideCase[] = CONTROL_PLANE.map((descriptor) => ({ service: 'bedrock', descriptor, client: bedrock, input: requiredInput(descriptor, local), endpoint: local.endpoint }));
	for (const { service, command } of FAMILY) {
		// The library's own descriptor (its sub-path's table); the CLI's load gives the SDK's client class.
		const { Client } = await command.load();
		const descriptor = tableDescriptor(service, command.operationName);
		if (descriptor === undefined) throw new Error(`No descriptor in the ${service} table for ${command.operationName}`);
		const client = new Client({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
		clients.push(client);
		const operation = `${service}:${command.operationName}`;
		cases.push({ service, descriptor, client: client as SendClient, input: { ...local.pathParameters(operation), ...REQUIRED_INPUTS[operation] }, endpoint: local.endpoint });
	}
	const answers = await sideBySide(cases);
	for (const [index, name] of NAMES.entries()) results.set(name, answers[index] as SideBySideResult);
}, 300_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	endBotoPaginate();
	await local?.close();
});

describe.skipIf(botoMissing !== undefined)('side by side with boto3, every operation of every client', () => {
	it('covers the 19 operations of the control plane and the 69 of the six other clients', () => {
		expect(CONTROL_PLANE).toHaveLength(19);
		expect(FAMILY).toHaveLength(69);
	});

	it.each(NAMES)(title('%s: the same items up to a cut inside a page, a byte-identical NextToken, and each resumes from the other'), (name) => {
		const { cutAt, everything, ourCut, botoCut, botoRestOfOurs, ourRestOfBoto } = results.get(name) as SideBySideResult;
		expect(everything.items.length, 'items beyond the cut').toBeGreaterThan(cutAt);
		expect(ourCut.items).toHaveLength(cutAt);
		expect(ourCut).toEqual(botoCut);
		expect(typeof ourCut.NextToken).toBe('string');
		expect([...ourCut.items, ...botoRestOfOurs.items]).toEqual(everything.items);
		expect([...botoCut.items, ...ourRestOfBoto.items]).toEqual(everything.items);
		expect(ourRestOfBoto.NextToken).toBeNull();
	});
});
