/**
 * The commands of the Bedrock services beyond the control plane (`bedrock-agent list-agents`, ...), made from
 * the generated facts: flags, orders and help need no SDK; the SDK is loaded when a command runs.
 */
import { defineOperation, type AnyOperationDescriptor, type CommandClass, type MemberSpec } from '../../core/descriptor.js';
import type { CliClientClass, CliMemberSpec, CommandSpec } from '../command-spec.js';
import { SERVICE_FACTS } from './facts.js';
import { loadSdk, sdkClass } from './load-sdk.js';
import type { CommandFacts, FlagFact, ServiceFacts } from './types.js';

/** `ListAgentAliases` as a summary line: `List agent aliases`. */
const summaryOf = (operation: string) => operation.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/ ([A-Z])(?=[a-z])/g, (_, letter: string) => ` ${letter.toLowerCase()}`);

function cliMember(fact: FlagFact): CliMemberSpec {
	const { member: _member, flag: _flag, ...spec } = fact;
	return spec as CliMemberSpec;
}

/** The members the engine checks before a request; none when a structure member makes the check incomplete. */
function engineMembers(facts: CommandFacts): Record<string, MemberSpec> | undefined {
	if (facts.members.some((fact) => fact.type === 'json')) return undefined;
	const members: Record<string, MemberSpec> = {};
	for (const fact of facts.members) {
		const spec = cliMember(fact) as MemberSpec & { required?: boolean };
		// Only strings carry `required` in the engine's checks; the command line checks the others itself.
		members[fact.member] = spec.type === 'string' || !('required' in spec) ? spec : (({ required: _r, ...rest }) => rest as MemberSpec)(spec);
	}
	return members;
}

/** An SDK command known only at run time: any input members, list-valued output members. */
type RuntimeCommand = CommandClass<Record<string, unknown>, Record<string, unknown[]>>;

function descriptorOf(facts: CommandFacts, command: RuntimeCommand): AnyOperationDescriptor {
	const members = engineMembers(facts);
	return defineOperation(command, {
		operationName: facts.operation,
		inputToken: facts.inputToken,
		outputToken: facts.outputToken,
		resultKey: facts.resultKey,
		...(facts.limitKey === undefined ? {} : { limitKey: facts.limitKey, limitMax: facts.limitMax ?? 1000 }),
		...(members === undefined ? {} : { members }),
		...(facts.nonAggregateKeys === undefined ? {} : { nonAggregateKeys: facts.nonAggregateKeys }),
	});
}

function commandSpec(service: string, name: string, serviceFacts: ServiceFacts, facts: CommandFacts): CommandSpec {
	return {
		service,
		name,
		operationName: facts.operation,
		summary: summaryOf(facts.operation),
		inputToken: facts.inputToken,
		limitKey: facts.limitKey,
		limitMax: facts.limitMax ?? 1000,
		resultKey: facts.resultKey,
		members: Object.fromEntries(facts.members.map((fact) => [fact.member, cliMember(fact)])),
		requestOrder: facts.requestOrder,
		itemStructure: facts.itemOrder.length > 0 ? { order: facts.itemOrder } : undefined,
		responseStructure: { order: facts.responseOrder },
		async load() {
			const sdk = await loadSdk(serviceFacts.package, service);
			const Client = sdkClass<CliClientClass>(sdk, serviceFacts.client, serviceFacts.package);
			const command = sdkClass<RuntimeCommand>(sdk, `${facts.operation}Command`, serviceFacts.package);
			return { descriptor: descriptorOf(facts, command), Client };
		},
	};
}

/** Each service's commands by name, in the AWS CLI's names. */
export const FAMILY_COMMANDS: ReadonlyMap<string, ReadonlyMap<string, CommandSpec>> = new Map(
	Object.entries(SERVICE_FACTS as Readonly<Record<string, ServiceFacts>>).map(([service, serviceFacts]) => [
		service,
		new Map(Object.entries(serviceFacts.commands).map(([name, facts]) => [name, commandSpec(service, name, serviceFacts, facts)])),
	]),
);
