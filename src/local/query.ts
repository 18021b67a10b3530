/**
 * Reads a ListCustomModels query string and checks it against the API's constraints, with the
 * messages AWS sends ("1 validation error detected: Value 'x' at 'y' failed to satisfy constraint: ...").
 */
import type { ModelStatus } from './model.js';

export type SortOrder = 'Ascending' | 'Descending';

export interface ListQuery {
	creationTimeBefore?: Date;
	creationTimeAfter?: Date;
	nameContains?: string;
	baseModelArnEquals?: string;
	foundationModelArnEquals?: string;
	isOwned?: boolean;
	modelStatus?: ModelStatus;
	sortBy: 'CreationTime';
	sortOrder: SortOrder;
	maxResults: number;
	nextToken?: string;
}

/** With no sortOrder, newest models come first (as Bedrock's other list calls do). */
export const DEFAULT_SORT_ORDER: SortOrder = 'Descending';
/** The page size when no maxResults is sent. */
export const DEFAULT_MAX_RESULTS = 100;

const NAME_PATTERN = /^([0-9a-zA-Z][_-]?){1,63}$/;
const BASE_MODEL_ARN_PATTERN =
	/^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model\/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))(([:][a-z0-9-]{1,63}){0,2})?\/[a-z0-9]{12})|(:foundation-model\/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}))$/;
const FOUNDATION_MODEL_ARN_PATTERN =
	/^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model\/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

export type QueryResult = { ok: true; query: ListQuery } | { ok: false; message: string };

export function parseQuery(params: URLSearchParams): QueryResult {
	const problems: string[] = [];
	const fail = (value: string, member: string, constraint: string) =>
		problems.push(`Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`);
	const query: ListQuery = { sortBy: 'CreationTime', sortOrder: DEFAULT_SORT_ORDER, maxResults: DEFAULT_MAX_RESULTS };

	for (const member of ['creationTimeBefore', 'creationTimeAfter'] as const) {
		const value = params.get(member);
		if (value === null) continue;
		const time = TIMESTAMP.test(value) ? new Date(value) : undefined;
		if (time === undefined || Number.isNaN(time.getTime())) fail(value, member, 'Member must be a valid ISO 8601 timestamp');
		else query[member] = time;
	}

	const name = params.get('nameContains');
	if (name !== null) {
		if (name.length < 1 || name.length > 63) fail(name, 'nameContains', 'Member must have length between 1 and 63');
		else if (!NAME_PATTERN.test(name)) fail(name, 'nameContains', `Member must satisfy regular expression pattern: ${NAME_PATTERN.source.slice(1, -1)}`);
		else query.nameContains = name;
	}

	for (const [member, pattern] of [
		['baseModelArnEquals', BASE_MODEL_ARN_PATTERN],
		['foundationModelArnEquals', FOUNDATION_MODEL_ARN_PATTERN],
	] as const) {
		const value = params.get(member);
		if (value === null) continue;
		if (value.length < 20 || value.length > 1011) fail(value, member, 'Member must have length between 20 and 1011');
		else if (!pattern.test(value)) fail(value, member, `Member must satisfy regular expression pattern: ${pattern.source.slice(1, -1)}`);
		else query[member] = value;
	}

	const isOwned = params.get('isOwned');
	if (isOwned !== null) {
		if (isOwned === 'true' || isOwned === 'false') query.isOwned = isOwned === 'true';
		else fail(isOwned, 'isOwned', 'Member must be a boolean');
	}

	const status = params.get('modelStatus');
	if (status !== null) {
		if (status === 'Active' || status === 'Creating' || status === 'Failed') query.modelStatus = status;
		else fail(status, 'modelStatus', 'Member must satisfy enum value set: [Active, Creating, Failed]');
	}

	const sortBy = params.get('sortBy');
	if (sortBy !== null && sortBy !== 'CreationTime') fail(sortBy, 'sortBy', 'Member must satisfy enum value set: [CreationTime]');

	const sortOrder = params.get('sortOrder');
	if (sortOrder !== null) {
		if (sortOrder === 'Ascending' || sortOrder === 'Descending') query.sortOrder = sortOrder;
		else fail(sortOrder, 'sortOrder', 'Member must satisfy enum value set: [Ascending, Descending]');
	}

	const maxResults = params.get('maxResults');
	if (maxResults !== null) {
		const value = /^-?\d+$/.test(maxResults) ? Number(maxResults) : Number.NaN;
		if (Number.isNaN(value)) fail(maxResults, 'maxResults', 'Member must be an integer');
		else if (value < 1) fail(maxResults, 'maxResults', 'Member must have value greater than or equal to 1');
		else if (value > 1000) fail(maxResults, 'maxResults', 'Member must have value less than or equal to 1000');
		else query.maxResults = value;
	}

	const nextToken = params.get('nextToken');
	if (nextToken !== null) {
		if (nextToken.length < 1 || nextToken.length > 2048) fail(nextToken, 'nextToken', 'Member must have length between 1 and 2048');
		else if (/\s/.test(nextToken)) fail(nextToken, 'nextToken', 'Member must satisfy regular expression pattern: ^\\S*$');
		else query.nextToken = nextToken;
	}

	if (problems.length > 0) {
		const count = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
		return { ok: false, message: `${count}: ${problems.join('; ')}` };
	}
	return { ok: true, query };
}
