/** The commands, generated from the descriptor table: `list-custom-models`, `list-guardrails`, ... and `local-endpoint`. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import * as table from '../operations/table.js';
import { kebab } from './command-flags.js';
import type { CliClientClass, CommandSpec } from './command-spec.js';
import { COMMAND_SUMMARIES } from './descriptions.js';
import { RESPONSES } from './output/member-order.js';
import { itemStructure } from './output/plain.js';
import { REQUEST_ORDER } from './request-order.js';
import { loadSdk, sdkClass } from './services/load-sdk.js';

/** By name, in code-unit order, as the AWS CLI lists them (a module namespace's key order differs between loaders). */
export const LIST_COMMANDS: ReadonlyMap<string, AnyOperationDescriptor> = new Map(
	(Object.values(table) as AnyOperationDescriptor[])
		.map((descriptor): [string, AnyOperationDescriptor] => [kebab(descriptor.operationName), descriptor])
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

const BEDROCK_PACKAGE = '@aws-sdk/client-bedrock';

/** A control-plane command as the command line sees it (`bedrock list-custom-models`, or without the service word). */
export function bedrockCommand(name: string, descriptor: AnyOperationDescriptor): CommandSpec {
	return {
		service: 'bedrock',
		name,
		operationName: descriptor.operationName,
		summary: COMMAND_SUMMARIES[descriptor.operationName] ?? descriptor.operationName,
		inputToken: descriptor.inputToken,
		limitKey: descriptor.limitKey,
		limitMax: descriptor.limitMax,
		resultKey: descriptor.resultKey,
		members: descriptor.members ?? {},
		requestOrder: REQUEST_ORDER[descriptor.operationName] ?? [],
		itemStructure: itemStructure(descriptor.operationName, descriptor.resultKey),
		responseStructure: RESPONSES[descriptor.operationName],
		async load() {
			const sdk = await loadSdk(BEDROCK_PACKAGE, 'bedrock');
			return { descriptor, Client: sdkClass<CliClientClass>(sdk, 'BedrockClient', BEDROCK_PACKAGE) };
		},
	};
}

export const BEDROCK_COMMANDS: ReadonlyMap<string, CommandSpec> = new Map([...LIST_COMMANDS].map(([name, descriptor]) => [name, bedrockCommand(name, descriptor)]));
