/**
 * Retries of a checkpoint store's own requests (a throttled or failed PUT to S3, a DynamoDB write refused for
 * capacity, a dropped connection) with the job's retry policy. What is not worth retrying (a missing bucket,
 * access denied, a lease taken over) is thrown at once. Stores must take a retry after an attempt whose
 * answer was lost; the file and leased stores do.
 */
import { sleep } from '../retry/abort.js';
import { backoffMs, retryAfterMs } from '../retry/backoff.js';
import { classifyError } from '../retry/classify.js';
import type { ResolvedRetry } from '../retry/options.js';

export async function withStoreRetries<T>(task: () => Promise<T>, retry: ResolvedRetry | undefined): Promise<T> {
	const started = performance.now();
	for (let attempt = 1; ; attempt++) {
		try {
			return await task();
		} catch (error) {
			if (retry === undefined || attempt > retry.retries || classifyError(error) === undefined) throw error;
			const wait = Math.max(backoffMs(attempt, retry), retryAfterMs(error) ?? 0);
			if (performance.now() - started + wait >= retry.maxRetryTime) throw error;
			await sleep(wait, undefined);
		}
	}
}
