/**
 * Reads and sets a listing's time order in a request, whether the table describes it as members of their own
 * (`sortBy`, `sortOrder`) or as members of one structure (`sortBy: { attribute, order }`).
 */
import type { AnyOperationDescriptor, ListingOrder } from '../core/descriptor.js';

type Input = Readonly<Record<string, unknown>>;

/** The order a job anchors on: the descriptor's, unless its items have no id or the caller sorts by something else. */
export function anchorOrder(descriptor: AnyOperationDescriptor, input: Input): ListingOrder | undefined {
	const order = descriptor.order;
	if (order === undefined || descriptor.itemId === undefined) return undefined;
	const key = sortHolder(input, order)?.[order.sortBy?.member ?? ''];
	// A listing the caller sorts by another key (STATUS) is in no time order: it resumes by count.
	return key === undefined || key === order.sortBy?.value ? order : undefined;
}

/** The request with the time order filled in where the caller left it out: by `timeField`, oldest first. */
export function withOrder(input: Input, order: ListingOrder | undefined): Input {
	if (order === undefined) return input;
	const sorted: Record<string, unknown> = { ...input };
	if (order.within === undefined) {
		if (order.sortBy !== undefined) sorted[order.sortBy.member] ??= order.sortBy.value;
		sorted[order.sortOrder.member] ??= order.sortOrder.ascending;
	} else {
		const given = sortHolder(input, order) ?? {};
		sorted[order.within] = { [order.sortBy.member]: order.sortBy.value, [order.sortOrder.member]: order.sortOrder.ascending, ...given };
	}
	return Object.freeze(sorted);
}

/** Whether the request lists newest first. */
export function isDescending(input: Input, order: ListingOrder | undefined): boolean {
	return order !== undefined && sortHolder(input, order)?.[order.sortOrder.member] === order.sortOrder.descending;
}

/** Whether the caller chose the direction (or, for a nested order, the sort structure) rather than leaving it to the job. */
export function callerChoseOrder(input: Input, order: ListingOrder): boolean {
	return input[order.within ?? order.sortOrder.member] !== undefined;
}

/** The object the sort members sit in: the request itself, or its sort structure (if sent). */
function sortHolder(input: Input, order: ListingOrder): Input | undefined {
	if (order.within === undefined) return input;
	const nested = input[order.within];
	return typeof nested === 'object' && nested !== null ? (nested as Input) : undefined;
}
