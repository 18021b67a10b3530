/** Named types for ListCustomModels, the operation this library started with; every other operation's come from `FiltersOf`, `PageOf`, `ItemOf`. */
import type { FiltersOf, FullResultOf, PageOf } from '../core/descriptor.js';
import type { listCustomModelsDescriptor } from './table.js';

/** Every ListCustomModels request member the caller may set: all but `maxResults` and `nextToken`. */
export type ListCustomModelsFilters = FiltersOf<typeof listCustomModelsDescriptor>;
/** One ListCustomModels response as a page. */
export type CustomModelsPage = PageOf<typeof listCustomModelsDescriptor>;
/** boto3's `build_full_result()` for ListCustomModels, the AWS CLI's output shape. */
export type CustomModelsResult = FullResultOf<typeof listCustomModelsDescriptor>;
