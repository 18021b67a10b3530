/** JSON values as Python's jmespath sees them: its type names, its equality and order, its `json.dumps`. */
import { pythonNumber } from './plain.js';

/** `&expression` as a value: what sort_by, min_by, max_by and map apply to each element. */
export class ExpressionReference {
	constructor(readonly apply: (value: unknown) => unknown) {}
}

/** An error the AWS CLI prints as it is, on a line of its own, and exits 255. */
export class QueryRuntimeError extends Error {
	override name = 'QueryRuntimeError';
}

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ExpressionReference);

/** `target` with these members set in order, a `__proto__` key as a plain member. */
export function withMembers(target: JsonObject, entries: Iterable<[string, unknown]>): JsonObject {
	for (const [key, value] of entries) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
	return target;
}

/** A number that is not a boolean (`true` counts as 1 in Python, but not here). */
export const isNumber = (value: unknown): value is number => typeof value === 'number';

/** Python's name of the value's type (`str`, `int`, `NoneType`); whole numbers count as ints. */
export function pythonType(value: unknown): string {
	if (value === null || value === undefined) return 'NoneType';
	if (typeof value === 'boolean') return 'bool';
	if (typeof value === 'string') return 'str';
	if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
	if (Array.isArray(value)) return 'list';
	if (value instanceof ExpressionReference) return '_Expression';
	return 'dict';
}

const JMESPATH_TYPES: Readonly<Record<string, string>> = { bool: 'boolean', list: 'array', dict: 'object', NoneType: 'null', str: 'string', float: 'number', int: 'number', _Expression: 'expref' };

/** The JMESPath name of the value's type (`string`, `number`, `null`). */
export const jmespathType = (value: unknown): string => JMESPATH_TYPES[pythonType(value)] ?? 'unknown';

/** JMESPath's false values: empty string, list and object, false and null (0 is true). */
export function isFalse(value: unknown): boolean {
	if (value === '' || value === null || value === undefined || value === false) return true;
	if (Array.isArray(value)) return value.length === 0;
	return isObject(value) && Object.keys(value).length === 0;
}

/** Python's `==` on JSON values: deep, and a boolean equals the number it stands for (true == 1). */
export function pythonEquals(left: unknown, right: unknown): boolean {
	const asNumber = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);
	const a = asNumber(left);
	const b = asNumber(right);
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((element, i) => pythonEquals(element, b[i]));
	if (isObject(a)) {
		if (!isObject(b)) return false;
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && pythonEquals(a[key], b[key]));
	}
	if (a === undefined || b === undefined) return (a ?? null) === (b ?? null);
	return a === b;
}

/** Strings in code point order, as Python compares them (JavaScript's `<` compares UTF-16 units). */
export function compareStrings(left: string, right: string): number {
	for (let i = 0; i < Math.min(left.length, right.length); i++) {
		const a = left.charCodeAt(i);
		const b = right.charCodeAt(i);
		if (a === b) continue;
		// Only where surrogates meet units above them do the two orders part.
		return a >= 0xd800 && b >= 0xd800 ? (left.codePointAt(i) ?? 0) - (right.codePointAt(i) ?? 0) : a - b;
	}
	return left.length - right.length;
}

const OPERATORS = { lt: '<', gt: '>', lte: '<=', gte: '>=' } as const;

/**
 * Python's ordering of two numbers or two strings; anything else is Python's TypeError:
 * `'<' not supported between instances of 'str' and 'int'`.
 */
export function pythonOrder(operator: keyof typeof OPERATORS, left: unknown, right: unknown): boolean {
	let difference: number;
	if (isNumber(left) && isNumber(right)) difference = left - right;
	else if (typeof left === 'string' && typeof right === 'string') difference = compareStrings(left, right);
	else throw new QueryRuntimeError(`'${OPERATORS[operator]}' not supported between instances of '${pythonType(left)}' and '${pythonType(right)}'`);
	if (Number.isNaN(difference)) return false;
	if (operator === 'lt') return difference < 0;
	if (operator === 'gt') return difference > 0;
	return operator === 'lte' ? difference <= 0 : difference >= 0;
}

/** Python's `json.dumps(value, separators=(',', ':'))`: compact, ASCII only, floats as Python writes them. */
export function pythonJson(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'boolean') return String(value);
	if (typeof value === 'number') return jsonNumber(value);
	if (typeof value === 'string') return jsonString(value);
	if (Array.isArray(value)) return `[${value.map(pythonJson).join(',')}]`;
	if (value instanceof ExpressionReference) return jsonString('<jmespath.visitor._Expression object>');
	return `{${Object.entries(value as JsonObject).map(([key, member]) => `${jsonString(key)}:${pythonJson(member)}`).join(',')}}`;
}

function jsonNumber(value: number): string {
	if (Number.isNaN(value)) return 'NaN';
	if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
	return pythonNumber(value);
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function jsonString(text: string): string {
	return `"${text.replace(/[^ -~]|["\\]/g, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
