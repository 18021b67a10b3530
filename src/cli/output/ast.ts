/** A parsed `--query`: the tree Python's jmespath builds, node for node, so evaluation can follow its rules. */
export type QueryNode =
	| { readonly type: 'field'; readonly name: string }
	| { readonly type: 'subexpression' | 'index_expression'; readonly children: QueryNode[] }
	| { readonly type: 'index'; readonly index: number }
	| { readonly type: 'slice'; readonly start: number | null; readonly stop: number | null; readonly step: number | null }
	| { readonly type: 'projection' | 'value_projection'; readonly left: QueryNode; readonly right: QueryNode }
	| { readonly type: 'filter_projection'; readonly left: QueryNode; readonly right: QueryNode; readonly condition: QueryNode }
	| { readonly type: 'flatten' | 'not' | 'expref'; readonly child: QueryNode }
	| { readonly type: 'identity' | 'current' }
	| { readonly type: 'multi_select_list'; readonly children: QueryNode[] }
	| { readonly type: 'multi_select_dict'; readonly pairs: { readonly key: string; readonly value: QueryNode }[] }
	| { readonly type: 'or' | 'and' | 'pipe'; readonly left: QueryNode; readonly right: QueryNode }
	| { readonly type: 'comparator'; readonly operator: Comparison; readonly left: QueryNode; readonly right: QueryNode }
	| { readonly type: 'literal'; readonly value: unknown }
	| { readonly type: 'function'; readonly name: string; readonly args: QueryNode[] };

export type Comparison = 'eq' | 'ne' | 'lt' | 'gt' | 'lte' | 'gte';
