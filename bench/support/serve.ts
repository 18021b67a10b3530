// The local endpoint in a process of its own, so that benchmarks measure the client alone.
// Usage: tsx bench/support/serve.ts '<LocalBedrockOptions as JSON>'; prints the endpoint, then serves until killed.
import { startLocalBedrock } from '../../src/local/index.js';

const local = await startLocalBedrock(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${local.endpoint}\n`);
process.on('SIGTERM', () => void local.close().then(() => process.exit(0)));
process.stdin.on('data', (data) => {
	// "stats": how many requests were answered, by status.
	if (data.toString().trim() === 'stats') process.stdout.write(`${JSON.stringify(local.requestCounts)}\n`);
});
