/**
 * Reads a family operation's request from where each member travels (path, query string, header, JSON body)
 * and checks it against the service model's constraints, with the messages AWS's services send ("1 validation
 * error detected: Value 'x' at 'y' failed to satisfy constraint: ..."). Members the model does not name are
 * ignored, as the services ignore them.
 */
import type { FamilyNestedSort, FamilyParam, FamilyWireOperation } from './family-types.js';
import { compilePattern } from './family-values.js';
import { validationMessage, type ListQuery } from './query.js';

export interface FamilyRequest {
	readonly pathParams: Readonly<Record<string, string>>;
	readonly query: URLSearchParams;
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
	/** The parsed JSON body; an empty body reads as `{}`. */
	readonly body: Readonly<Record<string, unknown>>;
}

export type FamilyQueryResult = { ok: true; query: ListQuery } | { ok: false; message: string };

/** The page size of the operations without a limit key: where the request can set it, and the service's default. */
const IMPLICIT_PAGE_SIZE: Readonly<Record<string, { readonly path: readonly string[]; readonly size: number }>> = {
	'bedrock-agent-runtime:Retrieve': { path: ['retrievalConfiguration', 'vectorSearchConfiguration', 'numberOfResults'], size: 5 },
	'bedrock-agent-runtime:Rerank': { path: ['rerankingConfiguration', 'bedrockRerankingConfiguration', 'numberOfResults'], size: 10 },
};
/** The page size when a request with a limit key sends none. */
export const FAMILY_DEFAULT_PAGE_SIZE = 100;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

export function parseFamilyRequest(key: string, wire: FamilyWireOperation, request: FamilyRequest): FamilyQueryResult {
	const problems: string[] = [];
	const filters: Record<string, string | boolean | Date> = {};
	const scope: Record<string, string> = {};
	let maxResults = FAMILY_DEFAULT_PAGE_SIZE;
	let nextToken: string | undefined;
	let sortOrder: ListQuery['sortOrder'];
	for (const [member, param] of Object.entries(wire.params)) {
		const value = read(param, member, request);
		const problem = memberProblem(member, value, param);
		if (problem !== undefined) problems.push(problem);
		if (problem !== undefined || value === undefined || value === null) continue;
		if (param.in === 'path') scope[member] = value as string;
		else if (member === wire.limitKey) maxResults = Number(value);
		else if (member === 'nextToken') nextToken = value as string;
		else if (member === 'sortOrder') sortOrder = value as ListQuery['sortOrder'];
		else filters[member] = typeof value === 'object' ? JSON.stringify(value) : (value as string | boolean);
	}
	if (problems.length > 0) return { ok: false, message: validationMessage(problems) };
	const sortGiven = wire.sort === undefined ? undefined : request.body[wire.sort.member];
	if (wire.sort !== undefined && sortGiven !== undefined && sortGiven !== null) {
		const nested = nestedSortOrder(wire.sort, sortGiven);
		if (!nested.ok) return nested;
		sortOrder = nested.sortOrder;
	}
	const implicit = IMPLICIT_PAGE_SIZE[key];
	if (implicit !== undefined) maxResults = implicitSize(request.body, implicit.path) ?? implicit.size;
	return { ok: true, query: { scope, filters, sortOrder, maxResults, nextToken } };
}

/**
 * The direction of a sort sent as one structure, checked as the service checks its members; `undefined` (the
 * endpoint's own order, oldest first) unless it sorts by the items' time. Another key (STATUS) lists by time too.
 */
function nestedSortOrder(sort: FamilyNestedSort, value: unknown): { ok: true; sortOrder: ListQuery['sortOrder'] } | { ok: false; message: string } {
	const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const problems: string[] = [];
	for (const [member, allowed] of [[sort.key, sort.keys], [sort.order, [sort.ascending, sort.descending]]] as const) {
		const problem = memberProblem(`${sort.member}.${member}`, given[member], { in: 'body', type: 'string', required: true, enum: allowed });
		if (problem !== undefined) problems.push(problem);
	}
	if (problems.length > 0) return { ok: false, message: validationMessage(problems) };
	if (given[sort.key] !== sort.byTime) return { ok: true, sortOrder: undefined };
	return { ok: true, sortOrder: given[sort.order] === sort.descending ? 'Descending' : 'Ascending' };
}

function read(param: FamilyParam, member: string, request: FamilyRequest): unknown {
	const wireName = param.wireName ?? member;
	switch (param.in) {
		case 'path':
			return request.pathParams[member];
		case 'query':
			return request.query.get(wireName) ?? undefined;
		case 'header': {
			const value = request.headers[wireName.toLowerCase()];
			return Array.isArray(value) ? value.join(',') : value;
		}
		case 'body':
			return request.body[member];
	}
}

/** What is wrong with a member's value, as one problem of the services' message; `undefined` if nothing. */
function memberProblem(at: string, value: unknown, param: FamilyParam): string | undefined {
	if (value === undefined || value === null) return param.required === true ? `Value null at '${at}' failed to satisfy constraint: Member must not be null` : undefined;
	const problem = check(value, param);
	return problem === undefined ? undefined : `Value '${shown(value)}' at '${at}' failed to satisfy constraint: ${problem}`;
}

/** What is wrong with a value, in the services' words; `undefined` if nothing. Query and header values are strings. */
function check(value: unknown, param: FamilyParam): string | undefined {
	const text = typeof value === 'string' && param.in !== 'body';
	switch (param.type) {
		case 'integer':
		case 'long': {
			const number = text ? (/^-?\d+$/.test(value) ? Number(value) : Number.NaN) : typeof value === 'number' && Number.isInteger(value) ? value : Number.NaN;
			if (Number.isNaN(number)) return 'Member must be an integer';
			if (param.min !== undefined && number < param.min) return `Member must have value greater than or equal to ${param.min}`;
			if (param.max !== undefined && number > param.max) return `Member must have value less than or equal to ${param.max}`;
			return undefined;
		}
		case 'boolean':
			return value === true || value === false || value === 'true' || value === 'false' ? undefined : 'Member must be a boolean';
		case 'timestamp':
			return typeof value === 'number' || (typeof value === 'string' && TIMESTAMP.test(value)) ? undefined : 'Member must be a valid ISO 8601 timestamp';
		case 'structure':
		case 'map':
			return typeof value === 'object' && !Array.isArray(value) ? undefined : 'Member must be a structure';
		case 'list':
			if (!Array.isArray(value)) return 'Member must be a list';
			return lengthProblem(value.length, param);
		case 'string':
			if (typeof value !== 'string') return 'Member must be a string';
			if (param.enum !== undefined) return param.enum.includes(value) ? undefined : `Member must satisfy enum value set: [${param.enum.join(', ')}]`;
			return lengthProblem(value.length, param) ?? (param.pattern !== undefined && compilePattern(param.pattern)?.test(value) === false ? `Member must satisfy regular expression pattern: ${param.pattern}` : undefined);
		default:
			return undefined;
	}
}

function lengthProblem(length: number, param: FamilyParam): string | undefined {
	if ((param.min !== undefined && length < param.min) || (param.max !== undefined && length > param.max)) {
		return `Member must have length between ${param.min ?? 0} and ${param.max ?? 'unbounded'}`;
	}
	return undefined;
}

function shown(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}

function implicitSize(body: Readonly<Record<string, unknown>>, path: readonly string[]): number | undefined {
	let value: unknown = body;
	for (const part of path) value = (value as Record<string, unknown> | undefined)?.[part];
	return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
