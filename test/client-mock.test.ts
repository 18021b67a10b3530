/** The paginator with aws-sdk-client-mock, as users unit-test code that uses it. */
import { BedrockClient, ListCustomModelsCommand, ThrottlingException } from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { buildListCustomModelsResult, paginateListCustomModels } from '../src/index.js';
import { catalogue, collect, names } from './support/scripted-service.js';

const bedrock = mockClient(BedrockClient);
afterEach(() => bedrock.reset());

describe('with aws-sdk-client-mock', () => {
	it('threads nextToken, cuts at MaxItems and resumes from the token', async () => {
		const models = catalogue(5);
		bedrock
			.on(ListCustomModelsCommand, { nextToken: undefined })
			.resolves({ modelSummaries: models.slice(0, 3), nextToken: 'B' })
			.on(ListCustomModelsCommand, { nextToken: 'B' })
			.resolves({ modelSummaries: models.slice(3) });
		const client = new BedrockClient({ region: 'us-east-1' });
		const first = await buildListCustomModelsResult(client, { isOwned: true }, { MaxItems: 4, PageSize: 3 });
		expect(names(first.modelSummaries)).toEqual(['m1', 'm2', 'm3', 'm4']);
		const rest = await buildListCustomModelsResult(client, { isOwned: true }, { StartingToken: first.NextToken });
		expect(names(rest.modelSummaries)).toEqual(['m5']);
		expect(bedrock.commandCalls(ListCustomModelsCommand).map((call) => call.args[0].input)).toEqual([
			{ isOwned: true, maxResults: 3 },
			{ isOwned: true, maxResults: 3, nextToken: 'B' },
			{ isOwned: true, nextToken: 'B' },
		]);
	});

	it('retries a modelled ThrottlingException and yields every item once', async () => {
		const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } });
		bedrock.on(ListCustomModelsCommand).rejectsOnce(throttled).resolves({ modelSummaries: catalogue(2) });
		const client = new BedrockClient({ region: 'us-east-1' });
		const pages = await collect(paginateListCustomModels(client, {}, {}, { retry: { minTimeout: 0, maxTimeout: 0 } }));
		expect(names(pages.flatMap((p) => p.modelSummaries))).toEqual(['m1', 'm2']);
		expect(bedrock.commandCalls(ListCustomModelsCommand)).toHaveLength(2);
	});
});
