/** `--generate-cli-skeleton`: the operation's input as a JSON object of placeholders, to fill in and pass back with --cli-input-json. */
import type { AnyOperationDescriptor, MemberSpec } from '../core/descriptor.js';
import { awsJson } from './output/plain.js';

const placeholder = (spec: MemberSpec): unknown => {
	switch (spec.type) {
		case 'timestamp':
			return '1970-01-01T00:00:00';
		case 'boolean':
			return true;
		case 'integer':
			return 0;
		case 'enum':
			// The AWS CLI draws an enum value at random; the first one is as good and the same every time.
			return spec.values[0];
		default:
			return '';
	}
};

export function inputSkeleton(descriptor: AnyOperationDescriptor): string {
	const skeleton: Record<string, unknown> = {};
	for (const [member, spec] of Object.entries(descriptor.members ?? {})) skeleton[member] = placeholder(spec);
	if (descriptor.limitKey !== undefined) skeleton[descriptor.limitKey] = 0;
	skeleton[descriptor.inputToken] = '';
	return awsJson(skeleton);
}
