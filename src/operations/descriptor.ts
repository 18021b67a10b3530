/**
 * What the engine needs to know of one paginated list operation. The engine itself knows no operation:
 * adding another Bedrock list call means writing one more descriptor.
 */
export interface OperationDescriptor<Input extends object, Output extends object, ResultKey extends string> {
	/** The API name, for messages. */
	readonly operationName: string;
	/** Builds the SDK command that `client.send()` takes. */
	createCommand(input: Input): unknown;
	/** The request member that carries the service token. */
	readonly inputToken: keyof Input & string;
	/** The response member that carries the next service token. */
	readonly outputToken: keyof Output & string;
	/** The request member that limits a page (what `PageSize` is sent as). */
	readonly limitKey: keyof Input & string;
	/** The largest page size the service accepts. */
	readonly limitMax: number;
	/** The response member that lists the items. */
	readonly resultKey: ResultKey;
}

/** The item type of an output's result key. */
export type ItemOf<Output, ResultKey extends keyof Output> = NonNullable<Output[ResultKey]> extends readonly (infer Item)[]
	? Item
	: never;
