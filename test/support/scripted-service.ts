/**
 * A scripted ListCustomModels for unit tests: an in-memory catalogue served in pages with offset tokens
 * `tok-<offset>` (the tokens of the reference's worked examples), recording every request.
 */
import type { CustomModelSummary, ListCustomModelsCommandInput } from '@aws-sdk/client-bedrock';

export interface ScriptedService {
	send(command: { input: ListCustomModelsCommandInput }, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
	/** Every request's input, copied as it was sent. */
	readonly requests: ListCustomModelsCommandInput[];
	/** The `abortSignal` passed with each request. */
	readonly signals: (AbortSignal | undefined)[];
}

export function model(index: number): CustomModelSummary {
	return {
		modelArn: `arn:aws:bedrock:us-east-1:123456789012:custom-model/m${index}`,
		modelName: `m${index}`,
		creationTime: new Date(Date.UTC(2024, 0, 1) + index * 1000),
		baseModelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1',
		baseModelName: 'Titan Text G1 - Express',
	};
}

export function catalogue(size: number): CustomModelSummary[] {
	return Array.from({ length: size }, (_, i) => model(i + 1));
}

/**
 * `servicePageSize` is what the service returns when no maxResults is sent; a maxResults is honoured as is.
 * `failures` maps a request number (from 1) to an error that request throws instead.
 */
export function scriptedService(
	items: CustomModelSummary[],
	servicePageSize = 3,
	failures: Map<number, unknown> = new Map(),
): ScriptedService {
	const requests: ListCustomModelsCommandInput[] = [];
	const signals: (AbortSignal | undefined)[] = [];
	return {
		requests,
		signals,
		async send(command, options) {
			const input = command.input;
			requests.push(structuredClone(input));
			signals.push(options?.abortSignal);
			const failure = failures.get(requests.length);
			if (failure !== undefined) throw failure;
			const offset = input.nextToken === undefined ? 0 : Number(input.nextToken.replace(/^tok-/, ''));
			const size = input.maxResults ?? servicePageSize;
			const page = items.slice(offset, offset + size);
			const end = offset + page.length;
			return {
				$metadata: { httpStatusCode: 200 },
				modelSummaries: page,
				...(end < items.length ? { nextToken: `tok-${end}` } : {}),
			};
		},
	};
}

/** A client whose responses are given one by one (for odd services: empty pages, repeated tokens). */
export function replayService(responses: { modelSummaries?: CustomModelSummary[]; nextToken?: string }[]) {
	const requests: ListCustomModelsCommandInput[] = [];
	return {
		requests,
		async send(command: { input: ListCustomModelsCommandInput }) {
			requests.push(structuredClone(command.input));
			const response = responses[requests.length - 1];
			if (response === undefined) throw new Error(`unscripted request #${requests.length}`);
			return { $metadata: {}, ...response };
		},
	};
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const value of iterable) out.push(value);
	return out;
}

export const names = (models: readonly CustomModelSummary[]): string[] => models.map((m) => m.modelName ?? '');

/** Decodes a token to its JSON text, for readable assertions. */
export const tokenJson = (token: string | undefined) =>
	token === undefined ? undefined : Buffer.from(token, 'base64').toString('utf8');
