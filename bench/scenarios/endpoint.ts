/** The local endpoint at scale: start time, and time per page of 100 (over loopback HTTP) at 10k, 100k and 1M models. */
import { request } from 'node:http';
import { startLocalBedrock } from '../../src/local/index.js';
import { median, table } from '../support/stats.js';

const get = (url: string) =>
	new Promise<string>((resolve, reject) => {
		request(url, { headers: { authorization: 'Bearer bench' } }, (response) => {
			let body = '';
			response.on('data', (chunk: Buffer) => (body += chunk.toString()));
			response.on('end', () => resolve(body));
		})
			.on('error', reject)
			.end();
	});

export async function endpointAtScale() {
	const rows: { models: number; startMs: number; pageMs: Record<string, number> }[] = [];
	for (const models of [10_000, 100_000, 1_000_000]) {
		const started = performance.now();
		const local = await startLocalBedrock({ models });
		const startMs = performance.now() - started;
		const pageMs: Record<string, number> = {};
		for (const [label, query] of [
			['newest first', ''],
			['oldest first', '&sortOrder=Ascending'],
			['filtered (modelStatus=Failed)', '&modelStatus=Failed'],
		] as const) {
			const times: number[] = [];
			let token: string | undefined;
			for (let page = 0; page < 100; page++) {
				const at = performance.now();
				const body = JSON.parse(await get(`${local.endpoint}/custom-models?maxResults=100${query}${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`)) as { nextToken?: string };
				times.push(performance.now() - at);
				token = body.nextToken;
			}
			pageMs[label] = median(times);
		}
		rows.push({ models, startMs, pageMs });
		await local.close();
	}
	const labels = Object.keys(rows[0]?.pageMs ?? {});
	const markdown = table(
		['models', 'start, ms', ...labels.map((label) => `page of 100, ${label}, ms`)],
		rows.map((r) => [r.models.toLocaleString('en-US'), r.startMs.toFixed(0), ...labels.map((label) => (r.pageMs[label] as number).toFixed(2))]),
	);
	return { title: 'The local endpoint at scale (median of 100 pages each, loopback HTTP round trip included)', markdown, data: rows };
}
