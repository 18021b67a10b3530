/**
 * The AWS CLI's `--output text`: each dictionary's scalar values on one tab-separated line (keys sorted, the
 * columns of a list of dictionaries being every scalar key of the list), prefixed with the upper-cased key it
 * sits under; nested values on lines of their own below.
 */
import { pythonStr } from './plain.js';

const isScalar = (value: unknown) => typeof value !== 'object' || value === null;

export function formatText(value: unknown, write: (text: string) => void): void {
	format(value, write, undefined, undefined);
}

function format(value: unknown, write: (text: string) => void, identifier: string | undefined, scalarKeys: string[] | undefined): void {
	if (Array.isArray(value)) return formatList(value, write, identifier);
	if (typeof value === 'object' && value !== null) return formatDict(value as Record<string, unknown>, write, identifier, scalarKeys);
	write(`${pythonStr(value)}\n`);
}

function formatList(list: unknown[], write: (text: string) => void, identifier: string | undefined): void {
	if (list.length === 0) return;
	if (list.some((element) => typeof element === 'object' && element !== null && !Array.isArray(element))) {
		const keys = allScalarKeys(list);
		for (const element of list) format(element, write, identifier, keys);
		return;
	}
	if (list.some(Array.isArray)) {
		const scalars = list.filter(isScalar);
		if (scalars.length > 0) formatScalars(scalars, write, identifier);
		for (const element of list) if (!isScalar(element)) format(element, write, identifier, undefined);
		return;
	}
	formatScalars(list, write, identifier);
}

function formatScalars(elements: unknown[], write: (text: string) => void, identifier: string | undefined): void {
	if (identifier !== undefined) for (const element of elements) write(`${identifier.toUpperCase()}\t${pythonStr(element)}\n`);
	else write(`${elements.map(pythonStr).join('\t')}\n`);
}

function formatDict(dict: Record<string, unknown>, write: (text: string) => void, identifier: string | undefined, scalarKeys: string[] | undefined): void {
	const scalars: string[] = [];
	const nested: [string, unknown][] = [];
	if (scalarKeys === undefined) {
		for (const key of Object.keys(dict).sort()) {
			const value = dict[key];
			if (isScalar(value)) scalars.push(pythonStr(value));
			else nested.push([key, value]);
		}
	} else {
		for (const key of scalarKeys) scalars.push(key in dict ? pythonStr(dict[key]) : '');
		for (const key of Object.keys(dict).filter((k) => !scalarKeys.includes(k)).sort()) nested.push([key, dict[key]]);
	}
	if (scalars.length > 0) write(`${[...(identifier === undefined ? [] : [identifier.toUpperCase()]), ...scalars].join('\t')}\n`);
	for (const [key, value] of nested) format(value, write, key, undefined);
}

function allScalarKeys(list: unknown[]): string[] {
	const keys = new Set<string>();
	for (const element of list) {
		if (typeof element !== 'object' || element === null || Array.isArray(element)) continue;
		for (const [key, value] of Object.entries(element)) if (isScalar(value)) keys.add(key);
	}
	return [...keys].sort();
}
