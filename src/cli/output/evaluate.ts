/** Runs a parsed `--query` over a JSON value by the rules of Python's jmespath 1.x, the AWS CLI's. */
import type { QueryNode } from './ast.js';
import { callFunction } from './functions.js';
import { ExpressionReference, isFalse, isNumber, isObject, pythonEquals, pythonOrder, QueryRuntimeError, withMembers } from './python-values.js';

export { QueryRuntimeError } from './python-values.js';

/** The value `node` selects from `value`; null where Python's jmespath gives None. */
export function evaluate(node: QueryNode, value: unknown): unknown {
	const rule = RULES[node.type] as (node: QueryNode, value: unknown) => unknown;
	return rule(node, value);
}

/** The node whose `type` can be K (some node shapes serve two or three types). */
type NodeOf<K extends QueryNode['type']> = QueryNode extends infer N ? (N extends { readonly type: infer T } ? (K extends T ? N : never) : never) : never;
type Rules = { readonly [K in QueryNode['type']]: (node: NodeOf<K>, value: unknown) => unknown };

const chain = (node: NodeOf<'subexpression' | 'index_expression'>, value: unknown) => node.children.reduce<unknown>((current, child) => evaluate(child, current), value);
const itself = (_node: QueryNode, value: unknown) => value;

/** How each node type evaluates, one rule per type. */
const RULES: Rules = {
	field: (node, value) => (isObject(value) && Object.hasOwn(value, node.name) ? value[node.name] : null),
	subexpression: chain,
	index_expression: chain,
	index: (node, value) => {
		if (!Array.isArray(value)) return null;
		const index = node.index < 0 ? value.length + node.index : node.index;
		return index >= 0 && index < value.length ? value[index] : null;
	},
	slice: (node, value) => (Array.isArray(value) ? slice(value, node.start, node.stop, node.step) : null),
	projection: (node, value) => {
		const base = evaluate(node.left, value);
		return Array.isArray(base) ? project(base, node.right) : null;
	},
	value_projection: (node, value) => {
		const base = evaluate(node.left, value);
		return isObject(base) ? project(Object.values(base), node.right) : null;
	},
	filter_projection: (node, value) => {
		const base = evaluate(node.left, value);
		if (!Array.isArray(base)) return null;
		const { condition } = node;
		return project(base, node.right, (element) => !isFalse(evaluate(condition, element)));
	},
	flatten: (node, value) => {
		const base = evaluate(node.child, value);
		return Array.isArray(base) ? base.flatMap((element: unknown) => (Array.isArray(element) ? element : [element])) : null;
	},
	identity: itself,
	current: itself,
	multi_select_list: (node, value) => (value === null || value === undefined ? null : node.children.map((child) => evaluate(child, value))),
	multi_select_dict: (node, value) => {
		if (value === null || value === undefined) return null;
		return withMembers({}, node.pairs.map(({ key, value: child }) => [key, evaluate(child, value)]));
	},
	or: (node, value) => {
		const left = evaluate(node.left, value);
		return isFalse(left) ? evaluate(node.right, value) : left;
	},
	and: (node, value) => {
		const left = evaluate(node.left, value);
		return isFalse(left) ? left : evaluate(node.right, value);
	},
	not: (node, value) => {
		const operand = evaluate(node.child, value);
		// Python's `not` would call 0 false; JMESPath's only false values are the empty ones, false and null.
		return operand === 0 ? false : operand instanceof ExpressionReference ? false : isFalse(operand);
	},
	pipe: (node, value) => evaluate(node.right, evaluate(node.left, value)),
	comparator: (node, value) => compare(node.operator, evaluate(node.left, value), evaluate(node.right, value)),
	literal: (node) => node.value,
	function: (node, value) => callFunction(node.name, node.args.map((arg) => evaluate(arg, value))),
	expref: (node) => {
		const { child } = node;
		return new ExpressionReference((element) => evaluate(child, element));
	},
};

/** The right side applied to each (kept) element, null results left out. */
function project(elements: readonly unknown[], right: QueryNode, keep = (_element: unknown) => true): unknown[] {
	const collected: unknown[] = [];
	for (const element of elements) {
		if (!keep(element)) continue;
		const result = evaluate(right, element);
		if (result !== null && result !== undefined) collected.push(result);
	}
	return collected;
}

/** `==` is deep, with true != 1; ordering is for two numbers or two strings, null for anything else. */
function compare(operator: Extract<QueryNode, { type: 'comparator' }>['operator'], left: unknown, right: unknown): boolean | null {
	if (operator === 'eq' || operator === 'ne') {
		const equal = !isBooleanAgainstNumber(left, right) && pythonEquals(left, right);
		return operator === 'eq' ? equal : !equal;
	}
	const comparable = (operand: unknown) => isNumber(operand) || typeof operand === 'string';
	if (!comparable(left) || !comparable(right)) return null;
	return pythonOrder(operator, left, right);
}

/** A boolean and a number never equal each other at the top level (Python would say true == 1). */
function isBooleanAgainstNumber(left: unknown, right: unknown): boolean {
	return (typeof left === 'boolean' && isNumber(right)) || (isNumber(left) && typeof right === 'boolean');
}

/** Python's `list[start:stop:step]`. */
function slice(list: readonly unknown[], start: number | null, stop: number | null, step: number | null): unknown[] {
	const by = step ?? 1;
	if (by === 0) throw new QueryRuntimeError('slice step cannot be zero');
	const { length } = list;
	const bound = (given: number | null, otherwise: number) => {
		if (given === null) return otherwise;
		if (given < 0) return Math.max(given + length, by < 0 ? -1 : 0);
		return Math.min(given, by < 0 ? length - 1 : length);
	};
	const from = bound(start, by < 0 ? length - 1 : 0);
	const to = bound(stop, by < 0 ? -1 : length);
	const picked: unknown[] = [];
	for (let i = from; by > 0 ? i < to : i > to; i += by) picked.push(list[i]);
	return picked;
}

/** Whether `value` is, or holds, an `&expression` (which has no JSON form). */
export function holdsExpressionReference(value: unknown): boolean {
	if (value instanceof ExpressionReference) return true;
	if (Array.isArray(value)) return value.some(holdsExpressionReference);
	return isObject(value) && Object.values(value).some(holdsExpressionReference);
}
