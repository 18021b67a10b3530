export { startLocalBedrock } from './server.js';
export type { LocalBedrock, LocalBedrockOptions, LocalOperation } from './types.js';
export type { RequestRecord } from './request-log.js';
export { generateCatalogue } from './catalogue.js';
export type { CatalogueOptions } from './catalogue.js';
export type { LocalModel, CustomizationType, ModelStatus } from './model.js';
export type { FaultOptions, ScriptedFault, ScriptedStatus } from './faults.js';
export { DEFAULT_SORT_ORDER, DEFAULT_MAX_RESULTS } from './query.js';
