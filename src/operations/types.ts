/** Named types for ListCustomModels, the operation this library started with; every other operation's come from `FiltersOf`, `PageOf`, `ItemOf`. */
import type { FiltersOf, FullResultOf, PageOf } from '../core/descriptor.js';
import type { listCustomModels } from './table.js';

/** Every ListCustomModels request member the caller may set: all but `maxResults` and `nextToken`. */
export type ListCustomModelsFilters = FiltersOf<typeof listCustomModels>;
/** One ListCustomModels response as a page. */
export type CustomModelsPage = PageOf<typeof listCustomModels>;
/** boto3's `build_full_result()` for ListCustomModels, the AWS CLI's output shape. */
export type CustomModelsResult = FullResultOf<typeof listCustomModels>;
