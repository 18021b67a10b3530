/**
 * What the command line knows of one list command before its SDK is loaded: names, flags, orders and summary,
 * enough for parsing, help and completion. The descriptor and the client class come with `load()`, when the
 * command runs, so a command of one service never loads another service's SDK.
 */
import type { AnyOperationDescriptor, MemberSpec } from '../core/descriptor.js';
import type { StructureRef } from './output/plain.js';

/** A request member as the command line reads it; `json`: a structure or list, given as JSON. */
export type CliMemberSpec = MemberSpec | { readonly type: 'json'; readonly required?: boolean };

/** A middleware's view of the request and response, as far as --debug reads them. */
export type DebugMiddleware = (next: (args: { request: unknown }) => Promise<{ response: unknown }>) => (args: { request: unknown }) => Promise<{ response: unknown }>;

/** What a client class must offer the list command: every SDK v3 client does. */
export interface CliClient {
	send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
	destroy(): void;
	readonly middlewareStack: { add(middleware: DebugMiddleware, options: { step: 'finalizeRequest'; priority: 'low'; name: string }): void };
}

export type CliClientClass = new (config: Record<string, unknown>) => CliClient;

export interface LoadedCommand {
	readonly descriptor: AnyOperationDescriptor;
	readonly Client: CliClientClass;
}

export interface CommandSpec {
	/** The AWS CLI's service name: `bedrock`, `bedrock-agent`, ... */
	readonly service: string;
	/** The AWS CLI's command name: `list-custom-models`. */
	readonly name: string;
	readonly operationName: string;
	readonly summary: string;
	readonly inputToken: string;
	readonly limitKey: string | undefined;
	readonly limitMax: number;
	readonly resultKey: string;
	/** The members the user sets, each with its flag's type. */
	readonly members: Readonly<Record<string, CliMemberSpec>>;
	/** Every request member in the service model's order. */
	readonly requestOrder: readonly string[];
	/** The items' member order, for output in the AWS CLI's order. */
	readonly itemStructure: StructureRef | undefined;
	/** The response's member order, for `--no-paginate`'s raw page. */
	readonly responseStructure: StructureRef | undefined;
	load(): Promise<LoadedCommand>;
}

export const isRequiredMember = (spec: CliMemberSpec): boolean => 'required' in spec && spec.required === true;
