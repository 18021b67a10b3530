/** The request member order behind --generate-cli-skeleton covers exactly what the descriptor table declares. */
import { describe, expect, it } from 'vitest';
import { bedrockCommand, LIST_COMMANDS } from '../src/cli/commands.js';
import { REQUEST_ORDER } from '../src/cli/request-order.js';
import { inputSkeleton } from '../src/cli/skeleton.js';

describe('REQUEST_ORDER', () => {
	it.each([...LIST_COMMANDS])('%s: every request member once, the pagination members included', (_, descriptor) => {
		const declared = [...Object.keys(descriptor.members ?? {}), ...(descriptor.limitKey === undefined ? [] : [descriptor.limitKey]), descriptor.inputToken];
		expect([...(REQUEST_ORDER[descriptor.operationName] ?? [])].sort()).toEqual(declared.sort());
		expect(Object.keys(JSON.parse(inputSkeleton(bedrockCommand(_, descriptor))) as object)).toEqual(REQUEST_ORDER[descriptor.operationName]);
	});

	it('puts the pagination members where the service model has them, among the filters', () => {
		const descriptor = LIST_COMMANDS.get('list-custom-models');
		expect(Object.keys(JSON.parse(inputSkeleton(bedrockCommand('list-custom-models', descriptor as NonNullable<typeof descriptor>))) as object).slice(4, 8)).toEqual(['foundationModelArnEquals', 'maxResults', 'nextToken', 'sortBy']);
	});
});
