/**
 * A complete checkpoint lists nothing, so nothing would show that it belongs to another account (the same
 * region and endpoint, other credentials). When it recorded the account of its items, one request for one
 * page (of at most 50) tells: another account is a `CheckpointMismatchError`, not "already complete". A probe
 * that fails (the service unreachable) proves nothing and is let be.
 */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { runListing } from '../core/paginate.js';
import { planListing } from '../core/plan.js';
import type { SendClient } from '../retry/fetch-page.js';
import type { CheckpointState } from './checkpoint-state.js';
import type { ResolvedJobOptions } from './job-options.js';
import { ArnWitness } from './service-identity.js';

/** Items the probe asks for: enough that the caller's own items show among models shared from elsewhere. */
const PROBE_ITEMS = 50;

export interface ProbeSetup {
	readonly descriptor: AnyOperationDescriptor;
	readonly client: SendClient;
	readonly input: Readonly<Record<string, unknown>>;
	readonly job: ResolvedJobOptions;
	readonly previous: CheckpointState;
}

export async function probeAccounts({ descriptor, client, input, job, previous }: ProbeSetup): Promise<void> {
	const key = descriptor.itemId;
	if (key === undefined || (previous.service.account === null && previous.service.arnRegion === null)) return;
	const size = Math.min(PROBE_ITEMS, descriptor.limitMax);
	const pagination = { MaxItems: size, ...(descriptor.limitKey === undefined ? {} : { PageSize: size }) };
	const plan = planListing(descriptor, client, input, pagination, { signal: job.signal, readAhead: 0, retry: job.listing.retry, pacing: job.listing.pacing });
	let items: Record<string, unknown>[];
	try {
		const first = await runListing(descriptor, plan).next();
		items = first.done === true ? [] : (first.value[descriptor.resultKey] as Record<string, unknown>[]);
	} catch {
		return;
	}
	new ArnWitness(job.checkpoint.location, previous.service).observe(items.map((item) => item[key]));
}
