/**
 * What the engine needs to know of one paginated operation, and the types that flow from it: a descriptor
 * made with `defineOperation(Command, spec)` carries the SDK's own input and output types, so pages, items
 * and filters are typed without a type argument anywhere.
 */
import type { PaginationWithoutPageSize } from './listing-types.js';
import type { PaginateOptions, PaginationConfig, Page, FullResult } from './types.js';

/**
 * A request member, for the checks made before any request (types, enums, lengths, ranges, required).
 * Structures and lists are checked for their shape and entry count only; their contents are the service's.
 */
export type MemberSpec =
	| { readonly type: 'string'; readonly min?: number; readonly max?: number; readonly required?: boolean }
	| { readonly type: 'enum'; readonly values: readonly string[]; readonly required?: boolean }
	| { readonly type: 'boolean' }
	| { readonly type: 'timestamp' }
	| { readonly type: 'integer'; readonly min?: number; readonly max?: number }
	| { readonly type: 'structure'; readonly required?: boolean }
	| { readonly type: 'list'; readonly min?: number; readonly max?: number; readonly required?: boolean };

/**
 * How a listing can be put in a known order, for resumable jobs that anchor on the last item handled: the sort
 * key and direction as request members of their own, or as members of one request structure.
 */
export type ListingOrder<Member extends string = string> = FlatListingOrder<Member> | NestedListingOrder<Member>;

/** The sort key and the direction are request members of their own (`sortBy: 'CreationTime'`, `sortOrder: 'Ascending'`). */
export interface FlatListingOrder<Member extends string = string> {
	readonly within?: undefined;
	/** The request member that picks the sort key, and the value that sorts by `timeField`. */
	readonly sortBy?: { readonly member: Member; readonly value: string };
	/** The request member that picks the direction, and its two values. */
	readonly sortOrder: { readonly member: Member; readonly ascending: string; readonly descending: string };
	/** The item field the listing is sorted by (a timestamp). */
	readonly timeField: string;
}

/**
 * Both are members of one request structure (`sortBy: { attribute: 'STARTED_AT', order: 'ASCENDING' }`):
 * `within` names the structure, `sortBy` and `sortOrder` name its members. The structure is sent whole.
 */
export interface NestedListingOrder<Member extends string = string> {
	/** The request member that holds the sort key and the direction. */
	readonly within: Member;
	/** The structure's member that picks the sort key, and the value that sorts by `timeField`. */
	readonly sortBy: { readonly member: string; readonly value: string };
	/** The structure's member that picks the direction, and its two values. */
	readonly sortOrder: { readonly member: string; readonly ascending: string; readonly descending: string };
	/** The item field the listing is sorted by (a timestamp). */
	readonly timeField: string;
}

/** An SDK command: what `new XCommand(input)` makes, as far as types go. */
export interface SdkCommand<Input, Output> {
	readonly input: Input;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	resolveMiddleware(...args: any[]): (...args: any[]) => Promise<{ output: Output }>;
}

export type CommandClass<Input, Output> = new (input: Input) => SdkCommand<Input, Output>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommandClass = new (input: any) => SdkCommand<any, any>;
type InstanceOf<C> = C extends new (...args: never[]) => infer Instance ? Instance : never;
/** The input type of a command class (from its instances, which every constructor overload shares). */
export type CommandInput<C> = InstanceOf<C> extends SdkCommand<infer Input, unknown> ? Input & object : never;
/** The output type of a command class. */
export type CommandOutput<C> = InstanceOf<C> extends SdkCommand<unknown, infer Output> ? Output & object : never;

/** Keys of `Output` whose values are arrays: the candidates for a result key. */
export type ArrayKeys<Output> = {
	[Key in keyof Output]-?: NonNullable<Output[Key]> extends readonly unknown[] ? Key : never;
}[keyof Output] &
	string;

/** What `defineOperation` takes besides the command class. */
export interface OperationSpec<Input, Output> {
	/** The API name, for messages. @default the command class's name without `Command` */
	readonly operationName?: string;
	/** The request member that carries the service token. */
	readonly inputToken: keyof Input & string;
	/** The response member that carries the next service token. */
	readonly outputToken: keyof Output & string;
	/** The request member that limits a page (what `PageSize` is sent as); leave out if there is none. */
	readonly limitKey?: keyof Input & string;
	/** The largest page size the service accepts. @default 1000 */
	readonly limitMax?: number;
	/** The response member that lists the items. */
	readonly resultKey: ArrayKeys<Output>;
	/** An item field every item must have (its identifier), checked on every page. */
	readonly itemId?: string;
	/** The request members, checked before any request; leave out to send any input unchecked. */
	readonly members?: Readonly<Record<string, MemberSpec>>;
	/** How the listing can be sorted by time, for resumable jobs; the request members it names are checked against the input type. */
	readonly order?: ListingOrder<keyof Input & string>;
	/** The longest service token the API accepts. @default 2048 */
	readonly tokenMaxLength?: number;
	/** The first SDK version with the command, for the message when an older one is installed. */
	readonly sinceSdkVersion?: string;
	/** The SDK package the command comes from, for that message. @default '@aws-sdk/client-bedrock' */
	readonly sdkPackage?: string;
	/**
	 * Response members that are not lists to join but values of the listing as a whole (botocore's
	 * `non_aggregate_keys`): each page carries them as the service sent them, and the full result takes them from
	 * the first page of the run, as boto3's `build_full_result()` does.
	 */
	readonly nonAggregateKeys?: readonly (keyof Output & string)[];
}

/** One paginated operation, as the engine consumes it. Make one with {@link defineOperation}. */
export interface OperationDescriptor<
	Input extends object,
	Output extends object,
	ResultKey extends string,
	InputToken extends string = string,
	LimitKey extends string | undefined = string | undefined,
	NonAggregateKey extends string = never,
> {
	readonly operationName: string;
	readonly command: CommandClass<Input, Output>;
	readonly inputToken: InputToken;
	readonly outputToken: string;
	/** `undefined` when the operation has no limit member (then `PageSize` is refused). */
	readonly limitKey: LimitKey;
	readonly limitMax: number;
	readonly resultKey: ResultKey;
	readonly itemId: string | undefined;
	readonly members: Readonly<Record<string, MemberSpec>> | undefined;
	readonly order: ListingOrder | undefined;
	readonly tokenMaxLength: number;
	readonly sinceSdkVersion: string | undefined;
	readonly sdkPackage: string;
	readonly nonAggregateKeys: readonly NonAggregateKey[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperationDescriptor = OperationDescriptor<any, any, string, string, string | undefined, string>;

/**
 * Describes a paginated operation from its SDK command class; every type is inferred from the class.
 *
 * @example
 * import { ListGuardrailsCommand } from '@aws-sdk/client-bedrock';
 * const listGuardrails = defineOperation(ListGuardrailsCommand, {
 *   inputToken: 'nextToken', outputToken: 'nextToken', limitKey: 'maxResults', resultKey: 'guardrails',
 * });
 * for await (const page of paginate(listGuardrails, client, {}, { PageSize: 50 })) console.log(page.guardrails);
 */
export function defineOperation<
	C extends AnyCommandClass,
	const Spec extends OperationSpec<CommandInput<C>, CommandOutput<C>>,
>(
	command: C,
	spec: Spec,
	// Written out, not as `DescriptorFrom`, so that declarations and editors show `OperationDescriptor<...>`.
): OperationDescriptor<CommandInput<C>, CommandOutput<C>, Spec['resultKey'], Spec['inputToken'], LimitOf<Spec>, NonAggregateOf<Spec>> {
	// A command missing from an older installed SDK is reported when the operation is listed, not at import.
	for (const key of ['inputToken', 'outputToken', 'resultKey'] as const) {
		if (typeof spec[key] !== 'string' || spec[key] === '') throw new TypeError(`defineOperation() expects \`${key}\` to be a member name.`);
	}
	return Object.freeze({
		operationName: spec.operationName ?? (command as { name?: string } | undefined)?.name?.replace(/Command$/, '') ?? 'the operation',
		command,
		inputToken: spec.inputToken,
		outputToken: spec.outputToken,
		// The limit's type is a conditional on the spec, which no value can be proven to have.
		limitKey: spec.limitKey as LimitOf<Spec>,
		limitMax: spec.limitMax ?? 1000,
		resultKey: spec.resultKey,
		itemId: spec.itemId,
		members: spec.members,
		order: spec.order,
		tokenMaxLength: spec.tokenMaxLength ?? 2048,
		sinceSdkVersion: spec.sinceSdkVersion,
		sdkPackage: spec.sdkPackage ?? '@aws-sdk/client-bedrock',
		// Its element type is read from the spec, which no array value can be proven to have.
		nonAggregateKeys: (spec.nonAggregateKeys ?? []) as readonly string[] as readonly NonAggregateOf<Spec>[],
	}) as DescriptorFrom<C, Spec>;
}

/** The descriptor `defineOperation(command, spec)` makes: its types read from the command class and the spec. */
type DescriptorFrom<C, Spec extends OperationSpec<CommandInput<C>, CommandOutput<C>>> = OperationDescriptor<
	CommandInput<C>,
	CommandOutput<C>,
	Spec['resultKey'],
	Spec['inputToken'],
	LimitOf<Spec>,
	NonAggregateOf<Spec>
>;

/** The limit member a spec names, or `undefined` for an operation without one. */
type LimitOf<Spec> = Spec extends { readonly limitKey: infer Limit extends string } ? Limit : undefined;
/** The non-aggregate members a spec names (`never` for most operations). */
type NonAggregateOf<Spec> = Spec extends { readonly nonAggregateKeys: readonly (infer Key extends string)[] } ? Key : never;

// Each reads its part by inferring every type argument: a descriptor whose input has required members (path
// parameters) is not assignable to one with an `object` input, so a partial pattern would not match it.
/** The request type of a descriptor's operation. */
export type InputOf<D> = D extends OperationDescriptor<infer Input, infer _Output, infer _Key, infer _Token, infer _Limit, infer _NonAggregate> ? Input : never;
/** The response type of a descriptor's operation. */
export type OutputOf<D> = D extends OperationDescriptor<infer _Input, infer Output, infer _Key, infer _Token, infer _Limit, infer _NonAggregate> ? Output : never;
/** The result key of a descriptor (`modelSummaries`). */
export type ResultKeyOf<D> = D extends OperationDescriptor<infer _Input, infer _Output, infer Key, infer _Token, infer _Limit, infer _NonAggregate> ? Key : never;
/** The item type of a descriptor's operation (`CustomModelSummary`). */
export type ItemOf<D> = ResultKeyOf<D> extends keyof OutputOf<D>
	? NonNullable<OutputOf<D>[ResultKeyOf<D>]> extends readonly (infer Item)[]
		? Item
		: never
	: never;
/** Every request member the caller may set: all but the token and the limit, which pagination sets. */
export type FiltersOf<D> = D extends OperationDescriptor<infer Input, infer _Output, infer _Key, infer Token, infer Limit, infer _NonAggregate>
	? Omit<Input, Token | (Limit extends string ? Limit : never)>
	: never;
/** boto3's pagination config for the operation: no `PageSize` where the operation has no limit member. */
export type PaginationFor<D> = D extends OperationDescriptor<infer _Input, infer _Output, infer _Key, infer _Token, infer Limit, infer _NonAggregate>
	? Limit extends string
		? PaginationConfig
		: PaginationWithoutPageSize
	: never;
/** The non-aggregate members of a descriptor's operation (`guardrailAction`); `never` for most. */
export type NonAggregateKeyOf<D> = D extends OperationDescriptor<infer _Input, infer _Output, infer _Key, infer _Token, infer _Limit, infer NonAggregate> ? NonAggregate : never;
/** One page of the operation, with its non-aggregate members (`guardrailAction`) where the response has them. */
export type PageOf<D> = Page<ResultKeyOf<D>, ItemOf<D>> & { [Key in NonAggregateKeyOf<D> & keyof OutputOf<D>]?: OutputOf<D>[Key] };
/** boto3's `build_full_result()` of the operation: non-aggregate members from the run's first page, `null` (boto3's `None`) where it lacked them. */
export type FullResultOf<D> = FullResult<ResultKeyOf<D>, ItemOf<D>> & { [Key in NonAggregateKeyOf<D> & keyof OutputOf<D>]: Exclude<OutputOf<D>[Key], undefined> | null };

/**
 * The arguments after the client: the input is optional unless the operation has required members (path
 * parameters such as `policyArn`).
 */
export type ListingArguments<D> = {} extends FiltersOf<D>
	? [input?: FiltersOf<D> | undefined, pagination?: PaginationFor<D> | undefined, options?: PaginateOptions | undefined]
	: [input: FiltersOf<D>, pagination?: PaginationFor<D> | undefined, options?: PaginateOptions | undefined];
