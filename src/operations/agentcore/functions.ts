/**
 * The functions of every @aws-sdk/client-bedrock-agentcore operation, made from its descriptor table: for an operation `X`,
 * `paginateX` (pages), `iterateX` (items) and `buildXResult` (boto3's `build_full_result()`), each
 * `(client, input, pagination?, options?)` with the semantics of the control plane's functions. Each is its own
 * constant, so a bundler keeps only what an app imports.
 */
import { createItemIterator, createPaginator, createResultBuilder } from '../../core/listing-functions.js';
import type { ItemIteratorFunction, PaginateFunction, ResultFunction } from '../../core/listing-types.js';
import * as table from './table.js';
import type {
	ListABTestsFilters, ABTestsPage, ABTestsResult, ABTestsItem,
	ListActorsFilters, ActorsPage, ActorsResult, ActorsItem,
	ListBatchEvaluationsFilters, BatchEvaluationsPage, BatchEvaluationsResult, BatchEvaluationsItem,
	ListEventsFilters, EventsPage, EventsResult, EventsItem,
	ListMemoryExtractionJobsFilters, MemoryExtractionJobsPage, MemoryExtractionJobsResult, MemoryExtractionJobsItem,
	ListMemoryRecordsFilters, MemoryRecordsPage, MemoryRecordsResult, MemoryRecordsItem,
	ListPaymentInstrumentsFilters, PaymentInstrumentsPage, PaymentInstrumentsResult, PaymentInstrumentsItem,
	ListPaymentSessionsFilters, PaymentSessionsPage, PaymentSessionsResult, PaymentSessionsItem,
	ListRecommendationsFilters, RecommendationsPage, RecommendationsResult, RecommendationsItem,
	ListSessionsFilters, SessionsPage, SessionsResult, SessionsItem,
	RetrieveMemoryRecordsFilters, RetrieveMemoryRecordsPage, RetrieveMemoryRecordsResult, RetrieveMemoryRecordsItem,
} from './types.js';

/** ListABTests: pages, items, full result. */
export const paginateListABTests: PaginateFunction<ListABTestsFilters, ABTestsPage> = /* @__PURE__ */ createPaginator(table.listABTestsDescriptor);
export const iterateListABTests: ItemIteratorFunction<ListABTestsFilters, ABTestsItem> = /* @__PURE__ */ createItemIterator(table.listABTestsDescriptor);
export const buildListABTestsResult: ResultFunction<ListABTestsFilters, ABTestsResult> = /* @__PURE__ */ createResultBuilder(table.listABTestsDescriptor);

/** ListActors: pages, items, full result. */
export const paginateListActors: PaginateFunction<ListActorsFilters, ActorsPage> = /* @__PURE__ */ createPaginator(table.listActorsDescriptor);
export const iterateListActors: ItemIteratorFunction<ListActorsFilters, ActorsItem> = /* @__PURE__ */ createItemIterator(table.listActorsDescriptor);
export const buildListActorsResult: ResultFunction<ListActorsFilters, ActorsResult> = /* @__PURE__ */ createResultBuilder(table.listActorsDescriptor);

/** ListBatchEvaluations: pages, items, full result. */
export const paginateListBatchEvaluations: PaginateFunction<ListBatchEvaluationsFilters, BatchEvaluationsPage> = /* @__PURE__ */ createPaginator(table.listBatchEvaluationsDescriptor);
export const iterateListBatchEvaluations: ItemIteratorFunction<ListBatchEvaluationsFilters, BatchEvaluationsItem> = /* @__PURE__ */ createItemIterator(table.listBatchEvaluationsDescriptor);
export const buildListBatchEvaluationsResult: ResultFunction<ListBatchEvaluationsFilters, BatchEvaluationsResult> = /* @__PURE__ */ createResultBuilder(table.listBatchEvaluationsDescriptor);

/** ListEvents: pages, items, full result. */
export const paginateListEvents: PaginateFunction<ListEventsFilters, EventsPage> = /* @__PURE__ */ createPaginator(table.listEventsDescriptor);
export const iterateListEvents: ItemIteratorFunction<ListEventsFilters, EventsItem> = /* @__PURE__ */ createItemIterator(table.listEventsDescriptor);
export const buildListEventsResult: ResultFunction<ListEventsFilters, EventsResult> = /* @__PURE__ */ createResultBuilder(table.listEventsDescriptor);

/** ListMemoryExtractionJobs: pages, items, full result. */
export const paginateListMemoryExtractionJobs: PaginateFunction<ListMemoryExtractionJobsFilters, MemoryExtractionJobsPage> = /* @__PURE__ */ createPaginator(table.listMemoryExtractionJobsDescriptor);
export const iterateListMemoryExtractionJobs: ItemIteratorFunction<ListMemoryExtractionJobsFilters, MemoryExtractionJobsItem> = /* @__PURE__ */ createItemIterator(table.listMemoryExtractionJobsDescriptor);
export const buildListMemoryExtractionJobsResult: ResultFunction<ListMemoryExtractionJobsFilters, MemoryExtractionJobsResult> = /* @__PURE__ */ createResultBuilder(table.listMemoryExtractionJobsDescriptor);

/** ListMemoryRecords: pages, items, full result. */
export const paginateListMemoryRecords: PaginateFunction<ListMemoryRecordsFilters, MemoryRecordsPage> = /* @__PURE__ */ createPaginator(table.listMemoryRecordsDescriptor);
export const iterateListMemoryRecords: ItemIteratorFunction<ListMemoryRecordsFilters, MemoryRecordsItem> = /* @__PURE__ */ createItemIterator(table.listMemoryRecordsDescriptor);
export const buildListMemoryRecordsResult: ResultFunction<ListMemoryRecordsFilters, MemoryRecordsResult> = /* @__PURE__ */ createResultBuilder(table.listMemoryRecordsDescriptor);

/** ListPaymentInstruments: pages, items, full result. */
export const paginateListPaymentInstruments: PaginateFunction<ListPaymentInstrumentsFilters, PaymentInstrumentsPage> = /* @__PURE__ */ createPaginator(table.listPaymentInstrumentsDescriptor);
export const iterateListPaymentInstruments: ItemIteratorFunction<ListPaymentInstrumentsFilters, PaymentInstrumentsItem> = /* @__PURE__ */ createItemIterator(table.listPaymentInstrumentsDescriptor);
export const buildListPaymentInstrumentsResult: ResultFunction<ListPaymentInstrumentsFilters, PaymentInstrumentsResult> = /* @__PURE__ */ createResultBuilder(table.listPaymentInstrumentsDescriptor);

/** ListPaymentSessions: pages, items, full result. */
export const paginateListPaymentSessions: PaginateFunction<ListPaymentSessionsFilters, PaymentSessionsPage> = /* @__PURE__ */ createPaginator(table.listPaymentSessionsDescriptor);
export const iterateListPaymentSessions: ItemIteratorFunction<ListPaymentSessionsFilters, PaymentSessionsItem> = /* @__PURE__ */ createItemIterator(table.listPaymentSessionsDescriptor);
export const buildListPaymentSessionsResult: ResultFunction<ListPaymentSessionsFilters, PaymentSessionsResult> = /* @__PURE__ */ createResultBuilder(table.listPaymentSessionsDescriptor);

/** ListRecommendations: pages, items, full result. */
export const paginateListRecommendations: PaginateFunction<ListRecommendationsFilters, RecommendationsPage> = /* @__PURE__ */ createPaginator(table.listRecommendationsDescriptor);
export const iterateListRecommendations: ItemIteratorFunction<ListRecommendationsFilters, RecommendationsItem> = /* @__PURE__ */ createItemIterator(table.listRecommendationsDescriptor);
export const buildListRecommendationsResult: ResultFunction<ListRecommendationsFilters, RecommendationsResult> = /* @__PURE__ */ createResultBuilder(table.listRecommendationsDescriptor);

/** ListSessions: pages, items, full result. */
export const paginateListSessions: PaginateFunction<ListSessionsFilters, SessionsPage> = /* @__PURE__ */ createPaginator(table.listSessionsDescriptor);
export const iterateListSessions: ItemIteratorFunction<ListSessionsFilters, SessionsItem> = /* @__PURE__ */ createItemIterator(table.listSessionsDescriptor);
export const buildListSessionsResult: ResultFunction<ListSessionsFilters, SessionsResult> = /* @__PURE__ */ createResultBuilder(table.listSessionsDescriptor);

/** RetrieveMemoryRecords: pages, items, full result. */
export const paginateRetrieveMemoryRecords: PaginateFunction<RetrieveMemoryRecordsFilters, RetrieveMemoryRecordsPage> = /* @__PURE__ */ createPaginator(table.retrieveMemoryRecordsDescriptor);
export const iterateRetrieveMemoryRecords: ItemIteratorFunction<RetrieveMemoryRecordsFilters, RetrieveMemoryRecordsItem> = /* @__PURE__ */ createItemIterator(table.retrieveMemoryRecordsDescriptor);
export const buildRetrieveMemoryRecordsResult: ResultFunction<RetrieveMemoryRecordsFilters, RetrieveMemoryRecordsResult> = /* @__PURE__ */ createResultBuilder(table.retrieveMemoryRecordsDescriptor);
