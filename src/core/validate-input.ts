/**
 * Checks a listing's input against the operation's request members before any request, as boto3 does
 * (`Unknown parameter in input: "namecontains", must be one of: ...`), and further: enums, Dates, lengths.
 */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { closest, describe, listChoices } from '../utils/describe.js';
import type { AnyOperationDescriptor, MemberSpec } from './descriptor.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The caller's input, checked, copied and frozen; never mutated. */
export function readInput(descriptor: AnyOperationDescriptor, input: unknown): Readonly<Record<string, unknown>> {
	const operation = descriptor.operationName;
	if (input == null) input = {};
	if (typeof input !== 'object' || Array.isArray(input) || input instanceof Date) {
		throw new InvalidPaginationConfigError('input', `Expected the ${operation} input to be an object of request members, got ${describe(input)}.`);
	}
	const pointers: Record<string, string> = { [descriptor.inputToken]: 'StartingToken' };
	if (descriptor.limitKey !== undefined) pointers[descriptor.limitKey] = 'PageSize';
	const members = descriptor.members;
	const copy: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
		if (value === undefined) continue;
		const option = pointers[name];
		if (option !== undefined) {
			throw new InvalidPaginationConfigError(
				`filters.${name}`,
				`\`${name}\` is set by the paginator; pass it as \`${option}\` in the pagination config instead.`,
			);
		}
		if (members !== undefined) {
			const spec = members[name];
			if (spec === undefined) throw unknownMember(descriptor, name, Object.keys(members));
			checkMember(operation, name, spec, value);
		}
		copy[name] = value instanceof Date ? new Date(value.getTime()) : value;
	}
	for (const [name, spec] of Object.entries(members ?? {})) {
		if ('required' in spec && spec.required === true && copy[name] === undefined) {
			// A required string names the resource listed (a path parameter); other required members are the request.
			const why = spec.type === 'string' ? ' (it names the resource whose items are listed)' : '';
			throw new InvalidPaginationConfigError(`filters.${name}`, `Missing required parameter in ${operation} input: \`${name}\`${why}.`);
		}
	}
	return Object.freeze(copy);
}

function unknownMember(descriptor: AnyOperationDescriptor, name: string, allowed: string[]): InvalidPaginationConfigError {
	const settable = allowed.filter((member) => member !== descriptor.inputToken && member !== descriptor.limitKey);
	const hint = closest(name, settable);
	const pagination = closest(name, [descriptor.inputToken, ...(descriptor.limitKey === undefined ? [] : [descriptor.limitKey])]);
	const suggestion =
		hint !== undefined
			? ` Did you mean \`${hint}\`?`
			: pagination === descriptor.inputToken
				? ' The token is set with `StartingToken` in the pagination config.'
				: pagination !== undefined
					? ' The page size is set with `PageSize` in the pagination config.'
					: '';
	return new InvalidPaginationConfigError(
		`filters.${name}`,
		`Unknown parameter in ${descriptor.operationName} input: "${name}", must be one of: ${settable.join(', ') || '(none)'}.${suggestion}`,
	);
}

function checkMember(operation: string, name: string, spec: MemberSpec, value: unknown): void {
	const fail = (expected: string, extra = '') =>
		new InvalidPaginationConfigError(`filters.${name}`, `Expected \`${name}\` (${operation}) to be ${expected}, got ${describe(value)}.${extra}`);
	switch (spec.type) {
		case 'string': {
			if (typeof value !== 'string') throw fail('a string');
			if (LONE_SURROGATE.test(value)) throw fail('a string of whole characters (it has a lone UTF-16 surrogate)');
			const { min = 0, max = Number.POSITIVE_INFINITY } = spec;
			if (value.length < min || value.length > max) {
				throw fail(max === Number.POSITIVE_INFINITY ? `at least ${min} characters long` : `${min} to ${max} characters long`);
			}
			return;
		}
		case 'enum': {
			if (typeof value !== 'string' || !spec.values.includes(value)) {
				const sameLetters = typeof value === 'string' ? spec.values.find((allowed) => allowed.toLowerCase() === value.toLowerCase()) : undefined;
				throw fail(`one of ${listChoices(spec.values)}`, sameLetters === undefined ? '' : ` Values are case-sensitive: use \`${sameLetters}\`.`);
			}
			return;
		}
		case 'boolean':
			if (typeof value !== 'boolean') throw fail('a boolean');
			return;
		case 'timestamp':
			if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw fail('a valid Date');
			return;
		case 'integer': {
			const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
			if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw fail(`an integer from ${min} to ${max}`);
			return;
		}
		case 'structure':
			if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) throw fail('an object');
			return;
		case 'list': {
			const { min = 0, max = Number.POSITIVE_INFINITY } = spec;
			if (!Array.isArray(value)) throw fail('an array');
			if (value.length < min || value.length > max) {
				throw fail(max === Number.POSITIVE_INFINITY ? `an array of at least ${min} entries` : `an array of ${min} to ${max} entries`);
			}
			return;
		}
	}
}
