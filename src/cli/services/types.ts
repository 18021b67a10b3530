/** The shape of the generated CLI facts (facts.ts): what the AWS CLI knows of each paginated command. */

/** A request member as a flag: its name on the command line, its type, and whether the command needs it. */
export type FlagFact = {
	readonly member: string;
	readonly flag: string;
	readonly required?: boolean;
} & (
	| { readonly type: 'string'; readonly min?: number; readonly max?: number }
	| { readonly type: 'enum'; readonly values: readonly string[] }
	| { readonly type: 'integer'; readonly min?: number; readonly max?: number }
	| { readonly type: 'boolean' }
	| { readonly type: 'timestamp' }
	/** A structure or list: the value is given as JSON. */
	| { readonly type: 'json' }
);

export interface CommandFacts {
	readonly operation: string;
	readonly inputToken: string;
	readonly outputToken: string;
	readonly resultKey: string;
	readonly limitKey?: string;
	readonly limitMax?: number;
	/** botocore's non-aggregate keys (`guardrailAction`): printed from the first page, as the AWS CLI prints them. */
	readonly nonAggregateKeys?: readonly string[];
	/** The request members the user sets (the token and the limit are the paginator's). */
	readonly members: readonly FlagFact[];
	/** Every request member in the service model's order (the AWS CLI's skeleton order). */
	readonly requestOrder: readonly string[];
	/** The response's members in model order. */
	readonly responseOrder: readonly string[];
	/** An item's members in model order (empty when items are not structures). */
	readonly itemOrder: readonly string[];
}

export interface ServiceFacts {
	/** The SDK package of the service's client. */
	readonly package: string;
	/** The client class that package exports. */
	readonly client: string;
	readonly commands: Readonly<Record<string, CommandFacts>>;
}
