/** ListCustomModels: pages, items and the full result, typed with the SDK's own types. */
import type {
	CustomModelSummary,
	ListCustomModelsCommandInput,
	ListCustomModelsCommandOutput,
} from '@aws-sdk/client-bedrock';
import { collectFullResult, iterateItems } from './collect.js';
import { listCustomModelsDescriptor } from './operations/list-custom-models.js';
import { paginate } from './paginate.js';
import type { FullResult, ItemIterator, Page, PaginateOptions, PaginationConfig, SendClient } from './types.js';

/** Every ListCustomModels request member the caller may set: all but `maxResults` and `nextToken`. */
export type ListCustomModelsFilters = Omit<ListCustomModelsCommandInput, 'maxResults' | 'nextToken'>;

/** One ListCustomModels response as a page. */
export type CustomModelsPage = Page<'modelSummaries', CustomModelSummary>;

/** boto3's `build_full_result()` for ListCustomModels, the AWS CLI's output shape. */
export type CustomModelsResult = FullResult<'modelSummaries', CustomModelSummary>;

/**
 * Lists custom models page by page, with boto3's `PaginationConfig` semantics and a resume token on every page.
 *
 * @example
 * for await (const page of paginateListCustomModels(client, { sortOrder: 'Ascending' }, { MaxItems: 50 })) {
 *   for (const model of page.modelSummaries) console.log(model.modelName);
 *   saveCheckpoint(page.NextToken);
 * }
 */
export function paginateListCustomModels(
	client: SendClient,
	filters?: ListCustomModelsFilters,
	pagination?: PaginationConfig,
	options?: PaginateOptions,
): AsyncGenerator<CustomModelsPage, void, undefined> {
	return paginate<ListCustomModelsCommandInput, ListCustomModelsCommandOutput, 'modelSummaries', CustomModelSummary>(
		listCustomModelsDescriptor,
		client,
		filters,
		pagination,
		options,
	);
}

/**
 * Lists custom models one at a time. `iterator.NextToken` resumes right after the last model yielded.
 *
 * @example
 * const models = iterateListCustomModels(client, {}, { StartingToken: saved });
 * for await (const model of models) { handle(model); saved = models.NextToken; }
 */
export function iterateListCustomModels(
	client: SendClient,
	filters?: ListCustomModelsFilters,
	pagination?: PaginationConfig,
	options?: PaginateOptions,
): ItemIterator<CustomModelSummary> {
	const pages = paginateListCustomModels(client, filters, pagination, options);
	return iterateItems(pages, 'modelSummaries', pagination?.StartingToken ?? undefined);
}

/**
 * Lists custom models into one result, like boto3's `build_full_result()` and the AWS CLI:
 * `{ modelSummaries, NextToken }`, with `NextToken` only when MaxItems stopped the listing early.
 * When it fails, the error's `NextToken` is where this call started (it returned no items).
 */
export function buildListCustomModelsResult(
	client: SendClient,
	filters?: ListCustomModelsFilters,
	pagination?: PaginationConfig,
	options?: PaginateOptions,
): Promise<CustomModelsResult> {
	const pages = paginateListCustomModels(client, filters, pagination, options);
	return collectFullResult(pages, 'modelSummaries', pagination?.StartingToken ?? undefined);
}
