/** One service response read as a page's raw material: its items and next service token, shape checked. */
import { MalformedPageError } from '../errors/malformed-page-error.js';
import type { AnyOperationDescriptor } from './descriptor.js';
import { encodeToken, type Position } from './token.js';

export interface ServiceResponse {
	readonly items: unknown[];
	/** The service's next token; `null` at the end of the listing. */
	readonly next: string | null;
	/** The descriptor's non-aggregate members that this response has (most operations have none). */
	readonly whole: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A missing item list is an empty page (AWS leaves empty lists out), a missing, null or empty token the end
 * of the listing; anything else of the wrong shape is a `MalformedPageError` that resumes at this page. The
 * items are handed out as they came, as boto3 does, unless `itemIds` (a job's listing) asks for each to be an
 * object with the descriptor's `itemId`, which a job resumes by.
 */
export function readResponse(descriptor: AnyOperationDescriptor, output: unknown, pageIndex: number, position: Position, itemIds = false): ServiceResponse {
	const malformed = (field: string, problem: string) =>
		new MalformedPageError(descriptor.operationName, field, problem, pageIndex, encodeToken(position));
	if (typeof output !== 'object' || output === null) throw malformed('(response)', `should be an object, got ${output === null ? 'null' : typeof output}`);
	const record = output as Record<string, unknown>;
	const list = record[descriptor.resultKey];
	const token = record[descriptor.outputToken];
	if (list != null && !Array.isArray(list)) throw malformed(descriptor.resultKey, `should be an array, got ${typeof list}`);
	if (token != null && typeof token !== 'string') throw malformed(descriptor.outputToken, `should be a string, got ${typeof token}`);
	const items = (list ?? []) as unknown[];
	if (itemIds) checkItems(descriptor, items, malformed);
	return { items, next: typeof token === 'string' && token !== '' ? token : null, whole: wholeListing(descriptor, record) };
}

function checkItems(descriptor: AnyOperationDescriptor, items: readonly unknown[], malformed: (field: string, problem: string) => MalformedPageError): void {
	const id = descriptor.itemId;
	for (let index = 0; index < items.length; index++) {
		const item = items[index];
		if (typeof item !== 'object' || item === null) throw malformed(`${descriptor.resultKey}[${index}]`, `should be an object, got ${item === null ? 'null' : typeof item}`);
		if (id !== undefined && typeof (item as Record<string, unknown>)[id] !== 'string') {
			throw malformed(`${descriptor.resultKey}[${index}].${id}`, 'is missing (every item has one)');
		}
	}
}

function wholeListing(descriptor: AnyOperationDescriptor, record: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
	if (descriptor.nonAggregateKeys.length === 0) return undefined;
	const whole: Record<string, unknown> = {};
	for (const key of descriptor.nonAggregateKeys) if (key in record) whole[key] = record[key];
	return whole;
}
