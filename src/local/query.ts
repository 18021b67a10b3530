/**
 * Reads an operation's request (path and query string) and checks it against the API's constraints, with the
 * messages AWS sends ("1 validation error detected: Value 'x' at 'y' failed to satisfy constraint: ...").
 * Unknown query parameters are ignored, as AWS ignores them.
 */
import type { WireOperation, WireParam } from './wire-spec.js';

export type SortOrder = 'Ascending' | 'Descending';

export interface ListQuery {
	/** Path parameters, decoded. */
	readonly scope: Readonly<Record<string, string>>;
	/** Filters by wire name, typed (Dates, booleans, strings). */
	readonly filters: Readonly<Record<string, string | boolean | Date>>;
	readonly sortOrder: SortOrder | undefined;
	readonly maxResults: number;
	readonly nextToken: string | undefined;
}

/** With no sortOrder, newest items come first (as Bedrock's list calls do). */
export const DEFAULT_SORT_ORDER: SortOrder = 'Descending';
/** The page size when no maxResults is sent. */
export const DEFAULT_MAX_RESULTS = 100;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
const PAGINATION = new Set(['maxResults', 'nextToken', 'sortBy', 'sortOrder']);

export type QueryResult = { ok: true; query: ListQuery } | { ok: false; message: string };

export function parseQuery(wire: WireOperation, scope: Record<string, string>, params: URLSearchParams): QueryResult {
	const problems: string[] = [];
	const fail = (value: string, member: string, constraint: string) =>
		problems.push(`Value '${value.length > 100 ? `${value.slice(0, 100)}...` : value}' at '${member}' failed to satisfy constraint: ${constraint}`);
	const filters: Record<string, string | boolean | Date> = {};
	let sortOrder: SortOrder | undefined;
	let maxResults = DEFAULT_MAX_RESULTS;
	let nextToken: string | undefined;

	for (const [wireName, spec] of Object.entries(wire.params)) {
		const member = spec.member ?? wireName;
		const value = spec.in === 'path' ? scope[wireName] : (params.get(wireName) ?? undefined);
		if (value === undefined) continue;
		const typed = check(value, spec, member, fail);
		if (typed === undefined) continue;
		if (wireName === 'maxResults') maxResults = typed as number;
		else if (wireName === 'nextToken') nextToken = typed as string;
		else if (wireName === 'sortOrder') sortOrder = typed as SortOrder;
		else if (spec.in !== 'path' && !PAGINATION.has(wireName)) filters[wireName] = typed as string | boolean | Date;
	}
	if (problems.length > 0) return { ok: false, message: validationMessage(problems) };
	return { ok: true, query: { scope, filters, sortOrder, maxResults, nextToken } };
}

function check(value: string, spec: WireParam, member: string, fail: (value: string, member: string, constraint: string) => void): unknown {
	let problem: string | undefined;
	switch (spec.type) {
		case 'timestamp': {
			const time = TIMESTAMP.test(value) ? new Date(value) : undefined;
			if (time === undefined || Number.isNaN(time.getTime())) problem = 'Member must be a valid ISO 8601 timestamp';
			else return time;
			break;
		}
		case 'boolean':
			if (value === 'true' || value === 'false') return value === 'true';
			problem = 'Member must be a boolean';
			break;
		case 'integer': {
			const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
			const [min, max] = spec.integer ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
			if (Number.isNaN(number)) problem = 'Member must be an integer';
			else if (number < min) problem = `Member must have value greater than or equal to ${min}`;
			else if (number > max) problem = `Member must have value less than or equal to ${max}`;
			else return number;
			break;
		}
		case 'enum':
			if (spec.enum?.includes(value)) return value;
			problem = `Member must satisfy enum value set: [${spec.enum?.join(', ')}]`;
			break;
		case 'string':
			if ((spec.min !== undefined && value.length < spec.min) || (spec.max !== undefined && value.length > spec.max)) {
				problem = `Member must have length between ${spec.min ?? 0} and ${spec.max ?? 'unbounded'}`;
			} else if (spec.pattern !== undefined && !spec.pattern.test(value)) {
				problem = `Member must satisfy regular expression pattern: ${spec.pattern.source.slice(4, -2)}`;
			} else return value;
			break;
	}
	fail(value, member, problem ?? 'Member is invalid');
	return undefined;
}

/** The services' message for a refused request: the count of problems, then each ("1 validation error detected: ..."). */
export function validationMessage(problems: readonly string[]): string {
	const count = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
	return `${count}: ${problems.join('; ')}`;
}
