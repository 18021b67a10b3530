/** `addItem` makes an item as the seeded catalogue would, with the caller's fields over it, and lists it. */
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../src/local/index.js';

const open: LocalBedrock[] = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((local) => local.close()));
});

async function start(): Promise<LocalBedrock> {
	const local = await startLocalBedrock({ models: 3, items: { ListGuardrails: 2, 'bedrock-agent:ListAgents': 2 } });
	open.push(local);
	return local;
}

describe('LocalBedrock.addItem', () => {
	it('adds a control-plane item with the generated fields, the given ones over them, and serves it', async () => {
		const local = await start();
		const before = local.items('ListGuardrails').length;
		const added = local.addItem('ListGuardrails', { name: 'added-guardrail' });
		expect(added['name']).toBe('added-guardrail');
		expect(added['status']).toBe('READY');
		expect(added['arn']).toBe(`arn:aws:bedrock:us-east-1:123456789012:guardrail/${String(added['id'])}`);
		const listed = local.items('ListGuardrails');
		expect(listed).toHaveLength(before + 1);
		expect(listed.filter((item) => item['name'] === 'added-guardrail')).toEqual([added]);
	});

	it("adds an item of another client's operation to its store", async () => {
		const local = await start();
		const before = local.items('bedrock-agent:ListAgents').length;
		const added = local.addItem('bedrock-agent:ListAgents', { agentName: 'added-agent' });
		expect(added['agentName']).toBe('added-agent');
		expect(typeof added['agentId']).toBe('string');
		const listed = local.items('bedrock-agent:ListAgents');
		expect(listed).toHaveLength(before + 1);
		expect(listed.filter((item) => item['agentName'] === 'added-agent')).toEqual([added]);
	});
});
