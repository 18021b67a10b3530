// The demo: a realistic catalogue on the embedded local endpoint, rate-limited and throttling at random,
// listed the way a resumable batch job lists it, then handled by a resumable job. No AWS account or credentials
// are needed.
// Run: npm run demo   (options: --models 3000 --rate 40 --throttle 0.05 --page-size 25)
import { parseArgs } from 'node:util';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileCheckpoint, paginateListCustomModels, processCustomModels, type CustomModelsPage } from 'bedrock-paginators';
import { startLocalBedrock } from 'bedrock-paginators/local';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const { values } = parseArgs({
	options: {
		models: { type: 'string', default: '3000' },
		rate: { type: 'string', default: '40' },
		throttle: { type: 'string', default: '0.05' },
		'page-size': { type: 'string', default: '25' },
	},
});
const models = Number(values.models);
const pageSize = Number(values['page-size']);
const rate = Number(values.rate);
const throttle = Number(values.throttle);

const local = await startLocalBedrock({
	models,
	faults: { rateLimit: { requestsPerSecond: rate, burst: 10 }, throttleProbability: throttle, seed: 7 },
});
// A default client, as a user would make it, pointed at the local endpoint.
const client = new BedrockClient({
	endpoint: local.endpoint,
	region: 'us-east-1',
	credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' },
});
const filters = { sortOrder: 'Ascending' } as const;
const line = (text = '') => process.stdout.write(`${text}\n`);
const show = (page: CustomModelsPage, limit = 3) => {
	for (const model of page.modelSummaries.slice(0, limit)) {
		line(`    ${model.creationTime?.toISOString()}  ${model.modelName}  (${model.customizationType}, ${model.modelStatus})`);
	}
	if (page.modelSummaries.length > limit) line(`    … ${page.modelSummaries.length - limit} more`);
};

try {
	line(`Local ListCustomModels endpoint at ${local.endpoint}: ${models} models, limited to ${rate} requests/s, ${throttle * 100}% extra random throttling.\n`);

	line('1. The first 30 models, oldest first (MaxItems 30, PageSize 20): the second page is cut by MaxItems.');
	let token: string | undefined;
	for await (const page of paginateListCustomModels(client, filters, { MaxItems: 30, PageSize: 20 })) {
		line(`  page of ${page.modelSummaries.length}:`);
		show(page);
		token = page.NextToken;
	}
	line(`  NextToken (botocore's format; boto3 and the AWS CLI accept it):\n    ${token}\n    = ${Buffer.from(token ?? '', 'base64').toString()}\n`);

	line('2. Resumed from that NextToken, as a later run or another process would (MaxItems 5):');
	const resumed: string[] = [];
	for await (const page of paginateListCustomModels(client, filters, { MaxItems: 5, StartingToken: token })) {
		show(page, 5);
		resumed.push(...page.modelSummaries.map((model) => model.modelArn ?? ''));
	}
	const expected = local.models().slice(30, 35).map((model) => model.modelArn);
	const continues = resumed.join() === expected.join();
	line(continues ? '  models #31 to #35 of the catalogue: nothing repeated, nothing skipped.\n' : '  MISMATCH: the resumed run did not start at model #31.\n');
	if (!continues) process.exitCode = 1;

	line(`3. The whole listing, streamed with PageSize ${pageSize}, retries and pacing on:`);
	const started = performance.now();
	const before = local.requests.length;
	let pages = 0;
	let items = 0;
	let retries = 0;
	const seen = new Set<string>();
	const progress = () => {
		const seconds = (performance.now() - started) / 1000;
		return `  pages ${pages} · items ${items} · retries ${retries} · ${(pages / seconds).toFixed(1)} pages/s`;
	};
	for await (const page of paginateListCustomModels(client, filters, { PageSize: pageSize }, { onRetry: () => retries++ })) {
		pages++;
		items += page.modelSummaries.length;
		for (const model of page.modelSummaries) seen.add(model.modelArn ?? '');
		if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${progress()}`);
		else if (pages % 20 === 0) line(progress());
	}
	if (process.stdout.isTTY || pages % 20 !== 0) line(`${process.stdout.isTTY ? '\r\x1b[2K' : ''}${progress()}`);
	const seconds = (performance.now() - started) / 1000;
	const requests = local.requests.slice(before);
	const throttled = requests.filter((request) => request.status === 429).length;
	line(`\nSummary: ${items} models in ${pages} pages, ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(1)} pages/s against a limit of ${rate} requests/s).`);
	line(`  ${requests.length} requests for ${pages} pages (${(requests.length / pages).toFixed(2)} per page): ${throttled} throttled and retried, none lost.`);
	line(`  ${seen.size === models && items === models ? 'Every model listed exactly once.' : `MISMATCH: ${seen.size} distinct of ${models}`}`);
	if (seen.size !== models || items !== models) process.exitCode = 1;

	line('\n4. A resumable job, run in chunks of 1,000 models (MaxItems) with a checkpoint file; between runs two');
	line('   models it handled last are deleted and a new one is created, as happens in a live account:');
	const checkpoint = fileCheckpoint(join(mkdtempSync(join(tmpdir(), 'demo-')), 'job.json'));
	const handled: string[] = [];
	for (let run = 1; ; run++) {
		const summary = await processCustomModels(client, filters, (model) => void handled.push(model.modelArn ?? ''), {
			checkpoint,
			pagination: { PageSize: pageSize, MaxItems: 1000 },
		});
		line(`  run ${run}: ${summary.handled} handled, ${summary.skipped} passed over (handled before), complete: ${summary.complete}`);
		if (summary.complete) break;
		for (const arn of handled.slice(-2)) local.deleteModel(arn);
		local.addModel({ modelName: `created-between-runs-${run}` });
	}
	const stored = local.models().map((model) => model.modelArn);
	const missing = stored.filter((arn) => !handled.includes(arn)).length;
	const twice = handled.length - new Set(handled).size;
	line(`  ${handled.length} handled for ${stored.length} models now stored: ${missing} missed, ${twice} handled twice.`);
	if (missing > 0 || twice > 0) process.exitCode = 1;
} finally {
	client.destroy();
	await local.close();
}
