/** `--generate-cli-skeleton`: the operation's input as a JSON object of placeholders, to fill in and pass back with --cli-input-json. */
import type { CliMemberSpec, CommandSpec } from './command-spec.js';
import { awsJson } from './output/plain.js';

const placeholder = (spec: CliMemberSpec): unknown => {
	switch (spec.type) {
		case 'timestamp':
			return '1970-01-01T00:00:00';
		case 'boolean':
			return true;
		case 'integer':
			return 0;
		case 'json':
			return {};
		case 'enum':
			// The AWS CLI draws an enum value at random; the first one is as good and the same every time.
			return spec.values[0];
		default:
			return '';
	}
};

/** Keys in the AWS CLI's order (the service model's); members the list does not know yet go last. */
export function inputSkeleton(command: CommandSpec): string {
	const values: Record<string, unknown> = {};
	for (const [member, spec] of Object.entries(command.members)) values[member] = placeholder(spec);
	if (command.limitKey !== undefined) values[command.limitKey] = 0;
	values[command.inputToken] = '';
	const order = [...command.requestOrder, ...Object.keys(values)];
	const skeleton: Record<string, unknown> = {};
	for (const member of order) if (member in values && !(member in skeleton)) skeleton[member] = values[member];
	return awsJson(skeleton);
}
