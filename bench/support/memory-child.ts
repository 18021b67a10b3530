// Live heap while listing N models in pages of 10, in a process of its own started with --expose-gc.
// Usage: node --expose-gc --import tsx bench/support/memory-child.ts <stream|collect> <models>
import { buildListCustomModelsResult, paginateListCustomModels } from '../../src/index.js';

const [mode = 'stream', count = '10000'] = process.argv.slice(2);
const models = Number(count);
const PAGE_SIZE = 10;
const pages = Math.ceil(models / PAGE_SIZE);
const gc = (globalThis as { gc?: () => void }).gc as () => void;
// Service tokens as long as real ones (a few hundred characters), a new one for every page.
const token = (n: number) => `v1.${'t'.repeat(240)}.${n.toString(36)}`;
const client = {
	async send(command: { input: { nextToken?: string } }) {
		const n = command.input.nextToken === undefined ? 0 : Number.parseInt(command.input.nextToken.split('.')[2] as string, 36);
		const modelSummaries = Array.from({ length: Math.min(PAGE_SIZE, models - n * PAGE_SIZE) }, (_, i) => ({
			modelArn: `arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1/${(n * PAGE_SIZE + i).toString(36).padStart(12, '0')}`,
			modelName: `model-${n * PAGE_SIZE + i}`,
			creationTime: new Date(1_700_000_000_000 + n * PAGE_SIZE + i),
		}));
		return { modelSummaries, ...(n + 1 < pages ? { nextToken: token(n + 1) } : {}) };
	},
};
const heap = () => {
	gc();
	gc();
	const usage = process.memoryUsage();
	// Typed arrays past a small size live outside the JS heap: count them too.
	return usage.heapUsed + usage.arrayBuffers;
};

const before = heap();
let warm = before;
let seen = 0;
if (mode === 'stream') {
	let page = 0;
	for await (const { modelSummaries } of paginateListCustomModels(client, {}, {}, { pacing: false })) {
		seen += modelSummaries.length;
		if (++page === Math.ceil(pages / 10)) warm = heap();
	}
} else {
	const result = await buildListCustomModelsResult(client, {}, {}, { pacing: false });
	seen = result.modelSummaries.length;
	warm = before;
	(globalThis as { keep?: unknown }).keep = result;
}
const after = heap();
process.stdout.write(`${JSON.stringify({ mode, models: seen, growthMB: (after - before) / 1e6, growthAfterWarmUpMB: (after - warm) / 1e6 })}\n`);
