// The benchmark suite: each scenario measured side by side in one run, medians of several runs, printed as
// Markdown and written as JSON to bench/results/. About eight minutes on a 2-core machine.
// Run: npm run bench   (options: --only latency,overhead,memory,throttling,shared-limit,endpoint,jobs,telemetry  --rounds 2)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { endpointAtScale } from './scenarios/endpoint.js';
import { jobs } from './scenarios/jobs.js';
import { latencyHiding } from './scenarios/latency.js';
import { memory } from './scenarios/memory.js';
import { overhead } from './scenarios/overhead.js';
import { sharedLimit } from './scenarios/shared-limit.js';
import { telemetryCost } from './scenarios/telemetry.js';
import { throttling } from './scenarios/throttling.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { values } = parseArgs({ options: { only: { type: 'string' }, rounds: { type: 'string', default: '2' } } });
const rounds = Number(values.rounds);
const only = values.only?.split(',');
const scenarios: [string, () => Promise<{ title: string; markdown: string; data: unknown }>][] = [
	['latency', () => latencyHiding(rounds)],
	['overhead', () => overhead(Math.max(2 * Math.ceil(rounds / 2), 12))],
	['memory', () => memory()],
	['throttling', () => throttling(rounds)],
	['shared-limit', () => sharedLimit(rounds)],
	['endpoint', () => endpointAtScale()],
	['jobs', () => jobs(rounds)],
	['telemetry', () => telemetryCost(Math.max(rounds, 5))],
];

const started = performance.now();
const machine = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'})`;
process.stdout.write(`# bedrock-paginators benchmarks\n\n${machine}; ${rounds} rounds\n`);
const results: Record<string, unknown> = { machine, rounds, date: new Date().toISOString() };
for (const [name, run] of scenarios) {
	if (only !== undefined && !only.includes(name)) continue;
	const at = performance.now();
	const result = await run();
	results[name] = result.data;
	process.stdout.write(`\n## ${result.title}\n\n${result.markdown}\n\n(${((performance.now() - at) / 1000).toFixed(0)} s)\n`);
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`\nAll scenarios: ${seconds.toFixed(0)} s.\n`);
const directory = new URL('./results/', import.meta.url);
mkdirSync(directory, { recursive: true });
const file = new URL(`${new Date().toISOString().replace(/[:.]/g, '-')}.json`, directory);
writeFileSync(file, `${JSON.stringify({ ...results, seconds }, null, 2)}\n`);
process.stdout.write(`Results written to bench/results/${file.pathname.split('/').at(-1)}\n`);
