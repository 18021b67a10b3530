/**
 * The resumable job of every @aws-sdk/client-bedrock-agentcore operation: `processX(client, input, handler, options)`, named after
 * the operation without its `List` prefix. A resume is anchored on the last item handled only where the listing
 * can be sorted by a time its items carry and they have a stable id; elsewhere it resumes by count into the page,
 * which is exact only while the listing does not change between runs. Each line below says which.
 */
import { createJobRunner, type JobFunction } from '../../jobs/job-functions.js';
import * as table from './table.js';
import type {
	ListABTestsFilters, ABTestsItem,
	ListActorsFilters, ActorsItem,
	ListBatchEvaluationsFilters, BatchEvaluationsItem,
	ListEventsFilters, EventsItem,
	ListMemoryExtractionJobsFilters, MemoryExtractionJobsItem,
	ListMemoryRecordsFilters, MemoryRecordsItem,
	ListPaymentInstrumentsFilters, PaymentInstrumentsItem,
	ListPaymentSessionsFilters, PaymentSessionsItem,
	ListRecommendationsFilters, RecommendationsItem,
	ListSessionsFilters, SessionsItem,
	RetrieveMemoryRecordsFilters, RetrieveMemoryRecordsItem,
} from './types.js';

/** ListABTests: resumes by count (the listing has no time order to anchor on). */
export const processABTests: JobFunction<ListABTestsFilters, ABTestsItem> = /* @__PURE__ */ createJobRunner(table.listABTestsDescriptor);
/** ListActors: resumes by count (the listing has no time order to anchor on). */
export const processActors: JobFunction<ListActorsFilters, ActorsItem> = /* @__PURE__ */ createJobRunner(table.listActorsDescriptor);
/** ListBatchEvaluations: resumes by count (the listing has no time order to anchor on). */
export const processBatchEvaluations: JobFunction<ListBatchEvaluationsFilters, BatchEvaluationsItem> = /* @__PURE__ */ createJobRunner(table.listBatchEvaluationsDescriptor);
/** ListEvents: resumes by count (the listing has no time order to anchor on). */
export const processEvents: JobFunction<ListEventsFilters, EventsItem> = /* @__PURE__ */ createJobRunner(table.listEventsDescriptor);
/** ListMemoryExtractionJobs: resumes by count (the listing has no time order to anchor on). */
export const processMemoryExtractionJobs: JobFunction<ListMemoryExtractionJobsFilters, MemoryExtractionJobsItem> = /* @__PURE__ */ createJobRunner(table.listMemoryExtractionJobsDescriptor);
/** ListMemoryRecords: resumes by count (the listing has no time order to anchor on). */
export const processMemoryRecords: JobFunction<ListMemoryRecordsFilters, MemoryRecordsItem> = /* @__PURE__ */ createJobRunner(table.listMemoryRecordsDescriptor);
/** ListPaymentInstruments: resumes by count (the listing has no time order to anchor on). */
export const processPaymentInstruments: JobFunction<ListPaymentInstrumentsFilters, PaymentInstrumentsItem> = /* @__PURE__ */ createJobRunner(table.listPaymentInstrumentsDescriptor);
/** ListPaymentSessions: resumes by count (the listing has no time order to anchor on). */
export const processPaymentSessions: JobFunction<ListPaymentSessionsFilters, PaymentSessionsItem> = /* @__PURE__ */ createJobRunner(table.listPaymentSessionsDescriptor);
/** ListRecommendations: resumes by count (the listing has no time order to anchor on). */
export const processRecommendations: JobFunction<ListRecommendationsFilters, RecommendationsItem> = /* @__PURE__ */ createJobRunner(table.listRecommendationsDescriptor);
/** ListSessions: resumes by count (the listing has no time order to anchor on). */
export const processSessions: JobFunction<ListSessionsFilters, SessionsItem> = /* @__PURE__ */ createJobRunner(table.listSessionsDescriptor);
/** RetrieveMemoryRecords: resumes by count (the listing has no time order to anchor on). */
export const processRetrieveMemoryRecords: JobFunction<RetrieveMemoryRecordsFilters, RetrieveMemoryRecordsItem> = /* @__PURE__ */ createJobRunner(table.retrieveMemoryRecordsDescriptor);
