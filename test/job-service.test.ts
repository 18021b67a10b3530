import type { CustomModelSummary } from '@aws-sdk/client-bedrock';
import { describe, expect, it } from 'vitest';
import { CheckpointMismatchError, processCustomModels } from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { scriptedService } from './support/scripted-service.js';

/**
 * An account's listing: its own models, with one in `sharedEvery` shared from `sharer` (whose ARNs name that
 * account), the first one shared when `sharedFirst`.
 */
function listing(account: string, sharer: string, size: number, sharedEvery: number, sharedFirst = false): CustomModelSummary[] {
	return Array.from({ length: size }, (_, i) => {
		const shared = sharedFirst ? i % sharedEvery === 0 : i % sharedEvery === sharedEvery - 1;
		const owner = shared ? sharer : account;
		return {
			modelArn: `arn:aws:bedrock:us-east-1:${owner}:custom-model/m${i}-${owner}`,
			modelName: `m${i}`,
			creationTime: new Date(Date.UTC(2024, 0, 1) + i * 1000),
			baseModelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1',
			baseModelName: 'Titan',
		};
	});
}

const A = '111111111111';
const B = '222222222222';

describe("the checkpoint's account, told from the ARNs of the oldest models", () => {
	it('refuses a partial checkpoint of account A resumed by account B, even when B sees models shared from A', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(scriptedService(listing(A, B, 300, 10), 20), {}, () => {}, { checkpoint, pagination: { MaxItems: 146 } });
		expect(checkpoint.current?.service.account).toBe(A);
		let handled = 0;
		const error = await processCustomModels(scriptedService(listing(B, A, 300, 4, true), 20), {}, () => void handled++, { checkpoint }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CheckpointMismatchError);
		expect((error as CheckpointMismatchError).changes).toEqual([`account: ${A} in the checkpoint, ${B} now`]);
		expect(handled).toBe(0);
	});

	it('refuses a complete checkpoint of account A for account B instead of calling it already complete', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(scriptedService(listing(A, B, 60, 10), 20), {}, () => {}, { checkpoint });
		await expect(processCustomModels(scriptedService(listing(B, A, 60, 4, true), 20), {}, () => {}, { checkpoint })).rejects.toThrow(CheckpointMismatchError);
	});

	it("refuses a redrive of account A's failures by account B, and leaves them as they are", async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(scriptedService(listing(A, B, 30, 10), 20), {}, () => {
			throw new Error('not tagged');
		}, { checkpoint, onError: 'continue' });
		let redriven = 0;
		await expect(processCustomModels(scriptedService(listing(B, A, 30, 4, true), 20), {}, () => void redriven++, { checkpoint, redrive: true })).rejects.toThrow(CheckpointMismatchError);
		expect(redriven).toBe(0);
		expect(checkpoint.current?.failures.open).toBe(30);
	});

	it('resumes where the first pages after the anchor hold only models shared from elsewhere (a page of one)', async () => {
		const models = listing(A, B, 120, 3, true);
		const checkpoint = memoryCheckpoint();
		const seen: string[] = [];
		for (let run = 0; run < 40; run++) {
			const summary = await processCustomModels(scriptedService(models, 1), {}, (m) => void seen.push(m.modelArn ?? ''), { checkpoint, pagination: { PageSize: 1, MaxItems: 7 } });
			if (summary.complete) break;
		}
		expect(checkpoint.current?.service.account).toBe(A);
		expect(seen).toEqual(models.map((m) => m.modelArn));
	});

	it('keeps the account check within maxDuration: a complete checkpoint under constant throttling resolves on time', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(scriptedService(listing(A, B, 10, 10), 20), {}, () => {}, { checkpoint });
		const throttled = { async send() {
			throw Object.assign(new Error('Slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 }, $response: { headers: { 'retry-after': '600' } } });
		} };
		const started = performance.now();
		const summary = await processCustomModels(throttled, {}, () => {}, { checkpoint, maxDuration: 300 });
		expect(summary.stoppedBy).toBe('alreadyComplete');
		expect(performance.now() - started).toBeLessThan(1_000);
	});

	it('keeps the account check of a resumed run within maxDuration, and resolves with stoppedBy maxDuration', async () => {
		const checkpoint = memoryCheckpoint();
		await processCustomModels(scriptedService(listing(A, B, 10, 10), 20), {}, () => {}, { checkpoint, pagination: { MaxItems: 3 } });
		const slow = { send: (_: unknown, options?: { abortSignal?: AbortSignal }) => new Promise((_, reject) => options?.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason))) };
		const started = performance.now();
		const summary = await processCustomModels(slow, {}, () => {}, { checkpoint, maxDuration: 200 });
		expect(summary).toMatchObject({ stoppedBy: 'maxDuration', handled: 0 });
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(checkpoint.current?.handled).toBe(3);
	});
});
