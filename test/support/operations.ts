/** Helpers for tests that go over every operation of the table. */
import type { AnyOperationDescriptor } from '../../src/core/descriptor.js';
import type { LocalBedrock } from '../../src/local/index.js';

/** The input an operation needs at least: its path parameters, pointing at what the local endpoint holds. */
export function requiredInput(descriptor: AnyOperationDescriptor, local: LocalBedrock): Record<string, unknown> {
	const input: Record<string, unknown> = {};
	for (const [member, spec] of Object.entries(descriptor.members ?? {})) {
		if (!('required' in spec) || spec.required !== true) continue;
		input[member] = member === 'policyArn' ? local.policyArn : member === 'buildWorkflowId' ? local.buildWorkflowId : undefined;
	}
	return input;
}
