// The local endpoint in a process of its own, so that benchmarks measure the client alone.
// Usage: tsx bench/support/serve.ts '<LocalBedrockOptions as JSON>'; prints the endpoint, then serves until killed.
// Commands on stdin, one a line, each answered with one line:
//   stats           how many requests were answered, by status (JSON)
//   faults <json>   changes fault injection (`setFaults`), then prints `ok`
import { createInterface } from 'node:readline';
import { startLocalBedrock } from '../../src/local/index.js';

const local = await startLocalBedrock(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${local.endpoint}\n`);
process.on('SIGTERM', () => void local.close().then(() => process.exit(0)));
for await (const line of createInterface({ input: process.stdin })) {
	const [command = '', ...rest] = line.trim().split(' ');
	if (command === 'stats') process.stdout.write(`${JSON.stringify(local.requestCounts)}\n`);
	else if (command === 'faults') {
		local.setFaults(JSON.parse(rest.join(' ')));
		process.stdout.write('ok\n');
	}
}
