/**
 * JMESPath's built-in functions as Python's jmespath 1.x runs them: its argument counts and type checks first,
 * in its words, then its results (the first extreme element, stable sorts, ints summed as ints).
 */
import { pythonStr } from './plain.js';
import {
	compareStrings,
	ExpressionReference,
	isObject,
	jmespathType,
	pythonEquals,
	pythonJson,
	pythonOrder,
	pythonType,
	QueryRuntimeError,
	type JsonObject,
	withMembers,
} from './python-values.js';

/** What each argument may be (`array-number`: an array of numbers; empty: anything). */
type Signature = { readonly types: readonly string[] }[];

interface FunctionSpec {
	readonly signature: Signature;
	/** The last argument may repeat. */
	readonly variadic?: boolean;
	readonly run: (args: unknown[]) => unknown;
}

const ANY = { types: [] };
const NUMBER = { types: ['number'] };
const STRING = { types: ['string'] };
const OBJECT = { types: ['object'] };
const ARRAY = { types: ['array'] };
const EXPREF = { types: ['expref'] };

const numbers = (value: unknown) => value as number[];
const strings = (value: unknown) => value as string[];
const object = (value: unknown) => value as JsonObject;
const expression = (value: unknown) => value as ExpressionReference;

const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
	abs: { signature: [NUMBER], run: ([n]) => Math.abs(n as number) },
	avg: { signature: [{ types: ['array-number'] }], run: ([list]) => (numbers(list).length === 0 ? null : sum(numbers(list)) / numbers(list).length) },
	ceil: { signature: [NUMBER], run: ([n]) => Math.ceil(n as number) },
	contains: { signature: [{ types: ['array', 'string'] }, ANY], run: ([subject, search]) => contains(subject as string | unknown[], search) },
	ends_with: { signature: [STRING, STRING], run: ([text, suffix]) => (text as string).endsWith(suffix as string) },
	floor: { signature: [NUMBER], run: ([n]) => Math.floor(n as number) },
	join: { signature: [STRING, { types: ['array-string'] }], run: ([separator, list]) => strings(list).join(separator as string) },
	keys: { signature: [OBJECT], run: ([value]) => Object.keys(object(value)) },
	length: { signature: [{ types: ['string', 'array', 'object'] }], run: ([value]) => (typeof value === 'string' ? Array.from(value).length : Array.isArray(value) ? value.length : Object.keys(object(value)).length) },
	map: { signature: [EXPREF, ARRAY], run: ([ref, list]) => (list as unknown[]).map((element) => expression(ref).apply(element)) },
	max: { signature: [{ types: ['array-number', 'array-string'] }], run: ([list]) => extreme(list as unknown[], 'gt', (element) => element) },
	max_by: { signature: [ARRAY, EXPREF], run: ([list, ref]) => extreme(list as unknown[], 'gt', keyFunction(expression(ref), ['number', 'string'], 'max_by')) },
	merge: { signature: [OBJECT], variadic: true, run: (args) => args.reduce<JsonObject>(update, {}) },
	min: { signature: [{ types: ['array-number', 'array-string'] }], run: ([list]) => extreme(list as unknown[], 'lt', (element) => element) },
	min_by: { signature: [ARRAY, EXPREF], run: ([list, ref]) => extreme(list as unknown[], 'lt', keyFunction(expression(ref), ['number', 'string'], 'min_by')) },
	not_null: { signature: [ANY], variadic: true, run: (args) => args.find((arg) => arg !== null && arg !== undefined) ?? null },
	reverse: { signature: [{ types: ['array', 'string'] }], run: ([value]) => (typeof value === 'string' ? Array.from(value).reverse().join('') : [...(value as unknown[])].reverse()) },
	sort: { signature: [{ types: ['array-string', 'array-number'] }], run: ([list]) => sortedBy(list as unknown[], (element) => element) },
	sort_by: { signature: [ARRAY, EXPREF], run: ([list, ref]) => sortBy(list as unknown[], expression(ref)) },
	starts_with: { signature: [STRING, STRING], run: ([text, prefix]) => (text as string).startsWith(prefix as string) },
	sum: { signature: [{ types: ['array-number'] }], run: ([list]) => sum(numbers(list)) },
	to_array: { signature: [ANY], run: ([value]) => (Array.isArray(value) ? value : [value]) },
	to_number: { signature: [ANY], run: ([value]) => toNumber(value) },
	to_string: { signature: [ANY], run: ([value]) => (typeof value === 'string' ? value : pythonJson(value)) },
	type: { signature: [ANY], run: ([value]) => (value instanceof ExpressionReference ? null : jmespathType(value)) },
	values: { signature: [OBJECT], run: ([value]) => Object.values(object(value)) },
};

/** Calls a built-in function with evaluated arguments, checking them first as Python's jmespath does. */
export function callFunction(name: string, args: unknown[]): unknown {
	const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
	if (spec === undefined) throw new QueryRuntimeError(`Unknown function: ${name}()`);
	const expected = spec.signature.length;
	if (spec.variadic ? args.length < expected : args.length !== expected) {
		const plural = expected === 1 ? 'argument' : 'arguments';
		throw new QueryRuntimeError(`Expected ${spec.variadic ? 'at least ' : ''}${expected} ${plural} for function ${name}(), received ${args.length}`);
	}
	spec.signature.forEach(({ types }, i) => checkType(name, args[i], types));
	return spec.run(args);
}

/** Python's wording: `In function length(), invalid type for value: 1, expected one of: [...], received: "number"`. */
function typeError(name: string, value: unknown, received: string, expected: readonly string[]): QueryRuntimeError {
	const shown = value instanceof ExpressionReference ? '<jmespath.visitor._Expression object>' : pythonStr(value);
	return new QueryRuntimeError(`In function ${name}(), invalid type for value: ${shown}, expected one of: ${pythonList(expected)}, received: "${received}"`);
}

const pythonList = (items: readonly string[]) => `[${items.map((item) => `'${item}'`).join(', ')}]`;

/** The top-level type, then (for `array-x`) each element's: against the first element's type when several are allowed. */
function checkType(name: string, value: unknown, types: readonly string[]): void {
	if (types.length === 0) return;
	const actual = jmespathType(value);
	const topLevel = types.map((type) => type.split('-')[0]);
	if (!topLevel.includes(actual)) throw typeError(name, value, actual, types);
	const subtypes = types.flatMap((type) => (type.includes('-') ? [type.slice(type.indexOf('-') + 1)] : []));
	if (subtypes.length === 0 || !Array.isArray(value)) return;
	let allowed = subtypes[0];
	if (subtypes.length > 1) {
		if (value.length === 0) return;
		const first = jmespathType(value[0]);
		if (!subtypes.includes(first)) throw typeError(name, value[0], pythonType(value[0]), types);
		allowed = first;
	}
	for (const element of value) if (jmespathType(element) !== allowed) throw typeError(name, element, pythonType(element), types);
}

function sum(list: number[]): number {
	return list.reduce((total, n) => total + n, 0);
}

/** Python's `search in subject`: a substring, or an element equal by Python's `==` (so true is in [1]). */
function contains(subject: string | unknown[], search: unknown): boolean {
	if (Array.isArray(subject)) return subject.some((element) => pythonEquals(element, search));
	if (typeof search !== 'string') throw new QueryRuntimeError(`'in <string>' requires string as left operand, not ${pythonType(search)}`);
	return subject.includes(search);
}

/** Python's `min`/`max` with a key: the first element no later one beats; null for an empty list. */
function extreme(list: unknown[], beats: 'lt' | 'gt', key: (element: unknown) => unknown): unknown {
	if (list.length === 0) return null;
	let best = list[0];
	let bestKey = key(best);
	for (const element of list.slice(1)) {
		const elementKey = key(element);
		if (pythonOrder(beats, elementKey, bestKey)) {
			best = element;
			bestKey = elementKey;
		}
	}
	return best;
}

/** The key an `&expression` gives each element, which must be of one of `allowed` types. */
function keyFunction(ref: ExpressionReference, allowed: readonly string[], name: string): (element: unknown) => unknown {
	return (element) => {
		const key = ref.apply(element);
		const type = jmespathType(key);
		if (!allowed.includes(type)) throw typeError(name, key, type, allowed);
		return key;
	};
}

/** sort_by: every key of the first key's type (a number or a string), then a stable sort. */
function sortBy(list: unknown[], ref: ExpressionReference): unknown[] {
	if (list.length === 0) return list;
	const required = jmespathType(ref.apply(list[0]));
	if (required !== 'number' && required !== 'string') throw typeError('sort_by', list[0], required, ['string', 'number']);
	return sortedBy(list, keyFunction(ref, [required], 'sort_by'));
}

/** A stable sort on keys that are all numbers or all strings, computed once each, in order. */
function sortedBy(list: unknown[], key: (element: unknown) => unknown): unknown[] {
	const keyed = list.map((element) => ({ element, key: key(element) }));
	keyed.sort((a, b) => (typeof a.key === 'string' ? compareStrings(a.key, b.key as string) : (a.key as number) - (b.key as number)));
	return keyed.map(({ element }) => element);
}

/**
 * Python's `dict.update(value)`. Only merge's first argument is type-checked, so later ones may be anything:
 * a list of key-value pairs works, the rest fails as Python fails.
 */
function update(merged: JsonObject, value: unknown): JsonObject {
	if (isObject(value)) return withMembers(merged, Object.entries(value));
	if (typeof value === 'string' && value !== '') throw new QueryRuntimeError('dictionary update sequence element #0 has length 1; 2 is required');
	if (typeof value === 'string') return merged;
	if (!Array.isArray(value)) throw new QueryRuntimeError(`'${pythonType(value)}' object is not iterable`);
	value.forEach((pair, i) => {
		const items = typeof pair === 'string' ? Array.from(pair) : Array.isArray(pair) ? pair : isObject(pair) ? Object.keys(pair) : undefined;
		if (items === undefined) throw new QueryRuntimeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
		if (items.length !== 2) throw new QueryRuntimeError(`dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
		const [key, member] = items;
		if (Array.isArray(key) || isObject(key)) throw new QueryRuntimeError(`unhashable type: '${pythonType(key)}'`);
		// Python keeps a number as a number, and its JSON writes it as a string.
		withMembers(merged, [[typeof key === 'string' ? key : pythonJson(key), member]]);
	});
	return merged;
}

const INTEGER = /^[+-]?\d(?:_?\d)*$/;
const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT = new RegExp(String.raw`^[+-]?(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.?)(?:[eE][+-]?${DIGITS})?$`);
const SPECIAL_FLOAT = /^[+-]?(?:inf|infinity|nan)$/i;

/** Python's `int(text)`, else `float(text)`, else null; numbers as they are; anything else null. */
function toNumber(value: unknown): number | null {
	if (typeof value === 'number') return value;
	if (typeof value !== 'string') return null;
	const text = value.trim();
	if (INTEGER.test(text) || FLOAT.test(text)) return Number(text.replace(/_/g, ''));
	if (!SPECIAL_FLOAT.test(text)) return null;
	if (/nan/i.test(text)) return Number.NaN;
	return text.startsWith('-') ? -Infinity : Infinity;
}
