export {
	paginateListCustomModels,
	iterateListCustomModels,
	buildListCustomModelsResult,
} from './list-custom-models.js';
export type { ListCustomModelsFilters, CustomModelsPage, CustomModelsResult } from './list-custom-models.js';

export { paginate } from './paginate.js';
export { iterateItems, collectFullResult } from './collect.js';
export { listCustomModelsDescriptor } from './operations/list-custom-models.js';
export type { OperationDescriptor } from './operations/descriptor.js';

export { encodeToken, decodeToken } from './token.js';
export type { Position } from './token.js';

export {
	PaginationError,
	InvalidPaginationConfigError,
	InvalidStartingTokenError,
	DuplicateTokenError,
	isPaginationError,
	isInvalidPaginationConfigError,
	isInvalidStartingTokenError,
	isDuplicateTokenError,
} from './errors.js';

export type {
	PaginationConfig,
	PaginateOptions,
	RetryOptions,
	PacingOptions,
	PageContext,
	RetryContext,
	SendClient,
	Page,
	PageExtras,
	FullResult,
	ItemIterator,
} from './types.js';
