/** Responses as the AWS CLI formats them: SDK values turned back into what the wire carried (Dates as RFC 3339). */
import { NESTED, RESPONSES, STRUCTURES } from './member-order.js';

/**
 * A structure of the service model: by name (`GuardrailSummary`, nested members known too), or by its members'
 * order alone (the other services' items, whose nested structures keep the SDK's order).
 */
export type StructureRef = string | { readonly order: readonly string[] };

/**
 * A value as JSON and the AWS CLI show it: Dates as RFC 3339 strings, undefined members left out, and, when its
 * structure is known, members in the service model's order (the AWS CLI's order; the SDK puts required ones first).
 */
export function toWire(value: unknown, structure?: StructureRef): unknown {
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.map((element) => toWire(element, structure));
	if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		const order = structure === undefined ? undefined : typeof structure === 'string' ? STRUCTURES[structure] : structure.order;
		const keys = order === undefined ? Object.keys(record) : [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))];
		const out: Record<string, unknown> = {};
		for (const key of keys) {
			const member = record[key];
			if (member !== undefined && key !== '$metadata') out[key] = toWire(member, typeof structure === 'string' ? NESTED[`${structure}.${key}`] : undefined);
		}
		return out;
	}
	return value;
}

/** The structure of an operation's items (`GuardrailSummary` for ListGuardrails). */
export function itemStructure(operationName: string, resultKey: string): string | undefined {
	const response = RESPONSES[operationName];
	return response === undefined ? undefined : NESTED[`${response}.${resultKey}`];
}

/** Python's `str()` of a JSON value, as the AWS CLI's text and table output print values. */
export function pythonStr(value: unknown): string {
	if (value === true) return 'True';
	if (value === false) return 'False';
	if (value === null || value === undefined) return 'None';
	if (typeof value === 'object') return pythonRepr(value);
	if (typeof value === 'number') return pythonNumber(value);
	return String(value);
}

/** A number as Python's `str()` shows it: whole numbers as ints, others as floats (`1.5e-05`, `nan`, `inf`). */
export function pythonNumber(value: number): string {
	if (Number.isNaN(value)) return 'nan';
	if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
	if (Number.isInteger(value)) return BigInt(value).toString();
	if (Math.abs(value) >= 1e-4) return String(value);
	const [mantissa = '', exponent = ''] = value.toExponential().split('e');
	return `${mantissa}e${exponent.slice(0, 1)}${exponent.slice(1).padStart(2, '0')}`;
}

/** Python's `repr()` of a JSON value: `{'a': [1, None]}`. */
function pythonRepr(value: unknown): string {
	if (typeof value === 'string') return pythonStringRepr(value);
	if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
	if (typeof value === 'object' && value !== null) {
		return `{${Object.entries(value).map(([key, member]) => `${pythonStringRepr(key)}: ${pythonRepr(member)}`).join(', ')}}`;
	}
	return pythonStr(value);
}

/** Single quotes unless the text holds one and no double quote; control characters escaped. */
function pythonStringRepr(text: string): string {
	const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
	const escaped = text.replace(/[\\\u0000-\u001f\u007f-\u00a0]/g, (char) => {
		const named: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
		return named[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
	});
	return `${quote}${quote === "'" ? escaped.replace(/'/g, "\\'") : escaped}${quote}`;
}

/** The AWS CLI's JSON: 4-space indents, non-ASCII as it is. */
export function awsJson(value: unknown): string {
	return `${JSON.stringify(value, null, 4)}\n`;
}
