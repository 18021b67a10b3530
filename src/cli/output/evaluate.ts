/** Runs a parsed `--query` over a JSON value by the rules of Python's jmespath 1.x, the AWS CLI's. */
import type { QueryNode } from './ast.js';
import { callFunction } from './functions.js';
import { ExpressionReference, isFalse, isNumber, isObject, pythonEquals, pythonOrder, QueryRuntimeError, withMembers } from './python-values.js';

export { QueryRuntimeError } from './python-values.js';

/** The value `node` selects from `value`; null where Python's jmespath gives None. */
export function evaluate(node: QueryNode, value: unknown): unknown {
	switch (node.type) {
		case 'field':
			return isObject(value) && Object.hasOwn(value, node.name) ? value[node.name] : null;
		case 'subexpression':
		case 'index_expression':
			return node.children.reduce<unknown>((current, child) => evaluate(child, current), value);
		case 'index': {
			if (!Array.isArray(value)) return null;
			const index = node.index < 0 ? value.length + node.index : node.index;
			return index >= 0 && index < value.length ? value[index] : null;
		}
		case 'slice':
			return Array.isArray(value) ? slice(value, node.start, node.stop, node.step) : null;
		case 'projection': {
			const base = evaluate(node.left, value);
			return Array.isArray(base) ? project(base, node.right) : null;
		}
		case 'value_projection': {
			const base = evaluate(node.left, value);
			return isObject(base) ? project(Object.values(base), node.right) : null;
		}
		case 'filter_projection': {
			const base = evaluate(node.left, value);
			if (!Array.isArray(base)) return null;
			const { condition } = node;
			return project(base, node.right, (element) => !isFalse(evaluate(condition, element)));
		}
		case 'flatten': {
			const base = evaluate(node.child, value);
			return Array.isArray(base) ? base.flatMap((element: unknown) => (Array.isArray(element) ? element : [element])) : null;
		}
		case 'identity':
		case 'current':
			return value;
		case 'multi_select_list':
			return value === null || value === undefined ? null : node.children.map((child) => evaluate(child, value));
		case 'multi_select_dict': {
			if (value === null || value === undefined) return null;
			return withMembers({}, node.pairs.map(({ key, value: child }) => [key, evaluate(child, value)]));
		}
		case 'or': {
			const left = evaluate(node.left, value);
			return isFalse(left) ? evaluate(node.right, value) : left;
		}
		case 'and': {
			const left = evaluate(node.left, value);
			return isFalse(left) ? left : evaluate(node.right, value);
		}
		case 'not': {
			const operand = evaluate(node.child, value);
			// Python's `not` would call 0 false; JMESPath's only false values are the empty ones, false and null.
			return operand === 0 ? false : operand instanceof ExpressionReference ? false : isFalse(operand);
		}
		case 'pipe':
			return evaluate(node.right, evaluate(node.left, value));
		case 'comparator':
			return compare(node.operator, evaluate(node.left, value), evaluate(node.right, value));
		case 'literal':
			return node.value;
		case 'function':
			return callFunction(node.name, node.args.map((arg) => evaluate(arg, value)));
		case 'expref': {
			const { child } = node;
			return new ExpressionReference((element) => evaluate(child, element));
		}
	}
}

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
