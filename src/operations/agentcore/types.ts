/**
 * The named types of every @aws-sdk/client-bedrock-agentcore operation, from its descriptor table: for an operation `X`, `XFilters`
 * (the request members the caller may set; `ListXFilters` for a list operation), and `Page`, `Result` and `Item`
 * types named after the operation without its `List` prefix. See src/operations/types.ts.
 */
import type { FiltersOf, FullResultOf, ItemOf, PageOf } from '../../core/descriptor.js';
import type {
	listABTestsDescriptor,
	listActorsDescriptor,
	listBatchEvaluationsDescriptor,
	listEventsDescriptor,
	listMemoryExtractionJobsDescriptor,
	listMemoryRecordsDescriptor,
	listPaymentInstrumentsDescriptor,
	listPaymentSessionsDescriptor,
	listRecommendationsDescriptor,
	listSessionsDescriptor,
	retrieveMemoryRecordsDescriptor,
} from './table.js';

/** ListABTests. */
export interface ListABTestsFilters extends FiltersOf<typeof listABTestsDescriptor> {}
export type ABTestsPage = PageOf<typeof listABTestsDescriptor>;
export type ABTestsResult = FullResultOf<typeof listABTestsDescriptor>;
export type ABTestsItem = ItemOf<typeof listABTestsDescriptor>;

/** ListActors. */
export interface ListActorsFilters extends FiltersOf<typeof listActorsDescriptor> {}
export type ActorsPage = PageOf<typeof listActorsDescriptor>;
export type ActorsResult = FullResultOf<typeof listActorsDescriptor>;
export type ActorsItem = ItemOf<typeof listActorsDescriptor>;

/** ListBatchEvaluations. */
export interface ListBatchEvaluationsFilters extends FiltersOf<typeof listBatchEvaluationsDescriptor> {}
export type BatchEvaluationsPage = PageOf<typeof listBatchEvaluationsDescriptor>;
export type BatchEvaluationsResult = FullResultOf<typeof listBatchEvaluationsDescriptor>;
export type BatchEvaluationsItem = ItemOf<typeof listBatchEvaluationsDescriptor>;

/** ListEvents. */
export interface ListEventsFilters extends FiltersOf<typeof listEventsDescriptor> {}
export type EventsPage = PageOf<typeof listEventsDescriptor>;
export type EventsResult = FullResultOf<typeof listEventsDescriptor>;
export type EventsItem = ItemOf<typeof listEventsDescriptor>;

/** ListMemoryExtractionJobs. */
export interface ListMemoryExtractionJobsFilters extends FiltersOf<typeof listMemoryExtractionJobsDescriptor> {}
export type MemoryExtractionJobsPage = PageOf<typeof listMemoryExtractionJobsDescriptor>;
export type MemoryExtractionJobsResult = FullResultOf<typeof listMemoryExtractionJobsDescriptor>;
export type MemoryExtractionJobsItem = ItemOf<typeof listMemoryExtractionJobsDescriptor>;

/** ListMemoryRecords. */
export interface ListMemoryRecordsFilters extends FiltersOf<typeof listMemoryRecordsDescriptor> {}
export type MemoryRecordsPage = PageOf<typeof listMemoryRecordsDescriptor>;
export type MemoryRecordsResult = FullResultOf<typeof listMemoryRecordsDescriptor>;
export type MemoryRecordsItem = ItemOf<typeof listMemoryRecordsDescriptor>;

/** ListPaymentInstruments. */
export interface ListPaymentInstrumentsFilters extends FiltersOf<typeof listPaymentInstrumentsDescriptor> {}
export type PaymentInstrumentsPage = PageOf<typeof listPaymentInstrumentsDescriptor>;
export type PaymentInstrumentsResult = FullResultOf<typeof listPaymentInstrumentsDescriptor>;
export type PaymentInstrumentsItem = ItemOf<typeof listPaymentInstrumentsDescriptor>;

/** ListPaymentSessions. */
export interface ListPaymentSessionsFilters extends FiltersOf<typeof listPaymentSessionsDescriptor> {}
export type PaymentSessionsPage = PageOf<typeof listPaymentSessionsDescriptor>;
export type PaymentSessionsResult = FullResultOf<typeof listPaymentSessionsDescriptor>;
export type PaymentSessionsItem = ItemOf<typeof listPaymentSessionsDescriptor>;

/** ListRecommendations. */
export interface ListRecommendationsFilters extends FiltersOf<typeof listRecommendationsDescriptor> {}
export type RecommendationsPage = PageOf<typeof listRecommendationsDescriptor>;
export type RecommendationsResult = FullResultOf<typeof listRecommendationsDescriptor>;
export type RecommendationsItem = ItemOf<typeof listRecommendationsDescriptor>;

/** ListSessions. */
export interface ListSessionsFilters extends FiltersOf<typeof listSessionsDescriptor> {}
export type SessionsPage = PageOf<typeof listSessionsDescriptor>;
export type SessionsResult = FullResultOf<typeof listSessionsDescriptor>;
export type SessionsItem = ItemOf<typeof listSessionsDescriptor>;

/** RetrieveMemoryRecords. */
export interface RetrieveMemoryRecordsFilters extends FiltersOf<typeof retrieveMemoryRecordsDescriptor> {}
export type RetrieveMemoryRecordsPage = PageOf<typeof retrieveMemoryRecordsDescriptor>;
export type RetrieveMemoryRecordsResult = FullResultOf<typeof retrieveMemoryRecordsDescriptor>;
export type RetrieveMemoryRecordsItem = ItemOf<typeof retrieveMemoryRecordsDescriptor>;
