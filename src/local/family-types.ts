/**
 * The shapes of the generated family tables (`family-wire.ts`, `family-items.ts`): the paginated operations of
 * the Bedrock clients beyond the control plane, keyed `<service>:<Operation>` (`bedrock-agent:ListAgents`).
 */

export type FamilyMemberType =
	| 'string'
	| 'integer'
	| 'long'
	| 'float'
	| 'double'
	| 'boolean'
	| 'timestamp'
	| 'structure'
	| 'list'
	| 'map'
	| 'blob'
	| 'document';

/** One input member: where it travels, its type and the service model's constraints. */
export interface FamilyParam {
	readonly in: 'path' | 'query' | 'header' | 'body';
	readonly type: FamilyMemberType | string;
	/** The name on the wire (a query key or header), when it differs from the member's. */
	readonly wireName?: string;
	readonly required?: boolean;
	/** Length for strings and lists; value for numbers. */
	readonly min?: number;
	readonly max?: number;
	/** The service model's regular expression, as written there. */
	readonly pattern?: string;
	readonly enum?: readonly string[];
}

export interface FamilyWireOperation {
	readonly service: string;
	/** The name in the SigV4 credential scope (`bedrock` for most, `bedrock-agentcore` for AgentCore's two). */
	readonly signingName: string;
	readonly operation: string;
	readonly method: string;
	/** The path template (`/agents/{agentId}/agentaliases/`). */
	readonly path: string;
	readonly resultKey: string;
	/** The page-size member; `null` for the operations that have none (Retrieve, Rerank). */
	readonly limitKey: string | null;
	readonly params: Readonly<Record<string, FamilyParam>>;
	/** A sort the request sends as one structure (`sortBy: { attribute, order }`), one of whose keys is the items' time. */
	readonly sort?: FamilyNestedSort;
}

/** The structure member that sorts a listing, its key and direction members, and the key that sorts by time. */
export interface FamilyNestedSort {
	readonly member: string;
	/** The member that picks the sort key, and the keys it takes. */
	readonly key: string;
	readonly keys: readonly string[];
	/** The key that sorts by the items' time field (`STARTED_AT` for `startedAt`). */
	readonly byTime: string;
	/** The member that picks the direction, and its two values. */
	readonly order: string;
	readonly ascending: string;
	readonly descending: string;
}

/** A shape, compacted: the item maker makes a value of it that the SDKs accept. */
export interface ShapeNode {
	readonly t: FamilyMemberType | string;
	readonly min?: number;
	readonly max?: number;
	readonly pattern?: string;
	readonly enum?: readonly string[];
	/** Timestamps: RFC 3339 strings (`iso`) or epoch seconds (`epoch`, rest-json's default). */
	readonly f?: 'iso' | 'epoch';
	/** Structure members the maker fills. */
	readonly m?: Readonly<Record<string, ShapeNode>>;
	/** A union: exactly one member is set. */
	readonly union?: boolean;
	/** List element. */
	readonly e?: ShapeNode;
}

export interface FamilyItemSpec {
	readonly resultKey: string;
	readonly shape: ShapeNode;
	/** The item's own identifier; none: the endpoint keys items by their position when generated. */
	readonly id?: string;
	/** The time items are sorted by; none: sorted by id. */
	readonly time?: string;
	/** For each path parameter, the operation whose items it names and the field that holds it. */
	readonly parents?: Readonly<Record<string, { readonly operation: string; readonly field: string }>>;
}
