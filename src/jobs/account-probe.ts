/**
 * A resumed run (and a complete checkpoint, and a redrive, which list nothing of their own) tells whether the
 * checkpoint belongs to this account with one request for the listing's oldest items, the sample a fresh run
 * recorded its account from ({@link ArnSample}). The request has the run's deadline and signal.
 */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { runListing } from '../core/paginate.js';
import { planListing } from '../core/plan.js';
import type { SendClient } from '../retry/types.js';
import type { ResolvedJobOptions } from './job-options.js';
import { ACCOUNT_SAMPLE, ArnSample } from './service-identity.js';

export interface ProbeSetup {
	readonly descriptor: AnyOperationDescriptor;
	readonly client: SendClient;
	/** The job's input, its order included. */
	readonly input: Readonly<Record<string, unknown>>;
	readonly job: ResolvedJobOptions;
	readonly signal: AbortSignal;
	/** No retry wait that would end past it starts (`performance.now()`). */
	readonly deadline: number | undefined;
	/** Told of each request sent. */
	readonly onRequest?: (() => void) | undefined;
	/** The job's trace context (telemetry), for the request's span to be a child of. */
	readonly telemetryParent?: unknown;
}

/** The sample of the listing's oldest items; rejects as a listing does (its error, or an `AbortError`). */
export async function sampleAccount({ descriptor, client, input, job, signal, deadline, onRequest, telemetryParent }: ProbeSetup): Promise<ArnSample> {
	const sample = new ArnSample();
	const key = descriptor.itemId;
	if (key === undefined) return sample;
	const size = Math.min(ACCOUNT_SAMPLE, descriptor.limitMax);
	const pagination = { MaxItems: ACCOUNT_SAMPLE, ...(descriptor.limitKey === undefined ? {} : { PageSize: size }) };
	// The job's onRetry hears of this request's retries too: an endpoint out of reach is told at its first failure.
	const plan = planListing(descriptor, client, input, pagination, { signal, readAhead: 0, retry: job.listing.retry, pacing: job.listing.pacing, onRetry: job.listing.onRetry, telemetry: job.telemetry });
	const controller = new AbortController();
	const listing = runListing(descriptor, {
		...plan,
		deadline: deadline === undefined ? undefined : { at: deadline, onReached: () => controller.abort() },
		signal: AbortSignal.any([signal, controller.signal]),
		onRequest,
		telemetryParent,
	});
	for await (const page of listing) {
		sample.add((page[descriptor.resultKey] as Record<string, unknown>[]).map((item) => item[key]));
		if (sample.full) break;
	}
	return sample;
}
