// Soak: 100 concurrent listings on one client against the local endpoint, under a shared rate limit and
// 10% random faults (throttles, 5xx, dropped connections, unreadable bodies), each restarted as it finishes.
// Every listing resumes from the NextToken of each error it meets, and must see the catalogue exactly once.
// Prints listings done, models lost and repeated, and the heap and handle counts over time (goal: flat).
// Run: npm run soak -- [--minutes 5] [--listings 100] [--rate 400] [--faults 0.1]
import { parseArgs } from 'node:util';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { iterateListCustomModels, resumeTokenOf } from 'bedrock-paginators';
import { startLocalBedrock } from 'bedrock-paginators/local';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { values } = parseArgs({
	options: {
		minutes: { type: 'string', default: '5' },
		listings: { type: 'string', default: '100' },
		rate: { type: 'string', default: '400' },
		faults: { type: 'string', default: '0.1' },
		models: { type: 'string', default: '300' },
	},
});
const minutes = Number(values.minutes);
const listings = Number(values.listings);
const faultShare = Number(values.faults);

const local = await startLocalBedrock({
	models: Number(values.models),
	seed: 9,
	// Half the faults are throttles, half the other kinds.
	faults: { rateLimit: { requestsPerSecond: Number(values.rate), burst: 50 }, throttleProbability: faultShare / 2, faultProbability: faultShare / 2, seed: 9 },
});
const client = new BedrockClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'soak', secretAccessKey: 'soak' } });
const expected = local.models().map((model) => model.modelArn);
const deadline = performance.now() + minutes * 60_000;
const started = performance.now();
let done = 0;
let lost = 0;
let repeated = 0;
let resumes = 0;
let outOfOrder = 0;

async function worker(id: number): Promise<void> {
	while (performance.now() < deadline) {
		const seen: string[] = [];
		let token: string | undefined;
		for (;;) {
			const models = iterateListCustomModels(client, { sortOrder: 'Ascending' }, { PageSize: 10 + ((id * 7 + done) % 90), StartingToken: token });
			try {
				for await (const model of models) seen.push(model.modelArn ?? '');
				break;
			} catch (error) {
				const next = resumeTokenOf(error);
				if (next === undefined) throw error;
				token = next;
				resumes++;
			}
		}
		const unique = new Set(seen);
		repeated += seen.length - unique.size;
		lost += expected.filter((arn) => !unique.has(arn)).length;
		if (seen.length === expected.length && seen.some((arn, index) => arn !== expected[index])) outOfOrder++;
		done++;
	}
}

const line = () => {
	const memory = process.memoryUsage();
	const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles().length;
	const seconds = (performance.now() - started) / 1000;
	process.stdout.write(
		`${seconds.toFixed(0).padStart(5)} s  listings done ${String(done).padStart(6)}  lost ${lost}  repeated ${repeated}  out of order ${outOfOrder}  resumes ${resumes}  ` +
			`requests ${local.requestCounts.total}  heap ${(memory.heapUsed / 1e6).toFixed(1)} MB  handles ${handles}\n`,
	);
};
const timer = setInterval(line, 10_000);
await Promise.all(Array.from({ length: listings }, (_, id) => worker(id)));
clearInterval(timer);
line();
process.stdout.write(`\nSoak of ${minutes} min: ${done} listings of ${expected.length} models, ${lost} lost, ${repeated} repeated, ${outOfOrder} out of order (goal: 0, 0, 0).\n`);
client.destroy();
await local.close();
if (lost > 0 || repeated > 0 || outOfOrder > 0) process.exitCode = 1;
