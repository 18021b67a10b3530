/**
 * `bedrock-paginators/agentcore`: every paginated operation of @aws-sdk/client-bedrock-agentcore (Amazon Bedrock AgentCore data plane), name by name.
 * It loads @aws-sdk/client-bedrock-agentcore (an optional peer dependency) and no other client; the engine's shared types, options,
 * errors and checkpoint stores come from the root entry, `bedrock-paginators`.
 */

// Per operation `X`: paginateX (pages), iterateX (items), buildXResult (boto3's full result).
export {
	paginateListABTests, iterateListABTests, buildListABTestsResult,
	paginateListActors, iterateListActors, buildListActorsResult,
	paginateListBatchEvaluations, iterateListBatchEvaluations, buildListBatchEvaluationsResult,
	paginateListEvents, iterateListEvents, buildListEventsResult,
	paginateListMemoryExtractionJobs, iterateListMemoryExtractionJobs, buildListMemoryExtractionJobsResult,
	paginateListMemoryRecords, iterateListMemoryRecords, buildListMemoryRecordsResult,
	paginateListPaymentInstruments, iterateListPaymentInstruments, buildListPaymentInstrumentsResult,
	paginateListPaymentSessions, iterateListPaymentSessions, buildListPaymentSessionsResult,
	paginateListRecommendations, iterateListRecommendations, buildListRecommendationsResult,
	paginateListSessions, iterateListSessions, buildListSessionsResult,
	paginateRetrieveMemoryRecords, iterateRetrieveMemoryRecords, buildRetrieveMemoryRecordsResult,
} from '../../operations/agentcore/functions.js';
// ... processX (the resumable job) ...
export {
	processABTests, processActors, processBatchEvaluations,
	processEvents, processMemoryExtractionJobs, processMemoryRecords,
	processPaymentInstruments, processPaymentSessions, processRecommendations,
	processSessions, processRetrieveMemoryRecords,
} from '../../operations/agentcore/jobs.js';
// ... the descriptors (for paginate() and processItems() of the root entry) ...
export {
	listABTestsDescriptor, listActorsDescriptor, listBatchEvaluationsDescriptor,
	listEventsDescriptor, listMemoryExtractionJobsDescriptor, listMemoryRecordsDescriptor,
	listPaymentInstrumentsDescriptor, listPaymentSessionsDescriptor, listRecommendationsDescriptor,
	listSessionsDescriptor, retrieveMemoryRecordsDescriptor,
} from '../../operations/agentcore/table.js';
// ... and the named types.
export type {
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
} from '../../operations/agentcore/types.js';
