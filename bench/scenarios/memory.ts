/** Memory: the live heap while streaming 10k, 100k and 1M models in pages of 10, beside collecting the full result. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { table } from '../support/stats.js';

const CHILD = fileURLToPath(new URL('../support/memory-child.ts', import.meta.url));

const measure = (mode: string, models: number) =>
	new Promise<{ mode: string; models: number; growthMB: number; growthAfterWarmUpMB: number }>((resolve, reject) =>
		execFile(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', CHILD, mode, String(models)], { encoding: 'utf8' }, (error, stdout) =>
			error ? reject(error) : resolve(JSON.parse(stdout)),
		),
	);

export async function memory() {
	const rows: Awaited<ReturnType<typeof measure>>[] = [];
	for (const models of [10_000, 100_000, 1_000_000]) {
		rows.push(await measure('stream', models));
		rows.push(await measure('collect', models));
	}
	const markdown = table(
		['models (pages of 10)', 'how', 'live heap growth, MB', 'growth after the first 10% of pages, MB'],
		rows.map((r) => [r.models.toLocaleString('en-US'), r.mode === 'stream' ? 'streaming pages' : 'collecting the full result', r.growthMB.toFixed(2), r.mode === 'stream' ? r.growthAfterWarmUpMB.toFixed(2) : '']),
	);
	return { title: 'Memory (live heap and array buffers after GC; service tokens of about 250 characters)', markdown, data: rows };
}
