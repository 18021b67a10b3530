/** `bedrock-paginators local-endpoint`: the embedded ListCustomModels endpoint, in the foreground. */
import { parseArgs } from 'node:util';
import { startLocalBedrock } from '../local/server.js';
import { readNumber, readWholeNumber } from './flags.js';
import type { CliIo } from './list-custom-models.js';

export const LOCAL_USAGE = `Usage: bedrock-paginators local-endpoint [options]

Serves Bedrock's ListCustomModels on 127.0.0.1 until interrupted (Ctrl-C), for your own tests:
point a BedrockClient's endpoint, boto3's endpoint_url or the AWS CLI's --endpoint-url at it.

  --port N            TCP port (default 4566; 0 picks a free one)
  --models N          Size of the generated catalogue (default 2500)
  --seed N            Seed of the catalogue and of the fault draws (default 1)
  --throttle P        Probability from 0 to 1 that a request gets 429 ThrottlingException (default 0)
  --rate-limit RPS    Token-bucket limit in requests per second; excess requests get 429
  --latency MS        Milliseconds added to every response (default 0)
  --account-id ID     The caller's account, for isOwned (default 123456789012)
  --region REGION     Region in generated ARNs (default us-east-1)
  -h, --help`;

export async function localEndpoint(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({
		args,
		strict: true,
		allowPositionals: false,
		options: {
			port: { type: 'string', default: '4566' },
			models: { type: 'string', default: '2500' },
			seed: { type: 'string', default: '1' },
			throttle: { type: 'string' },
			'rate-limit': { type: 'string' },
			latency: { type: 'string' },
			'account-id': { type: 'string' },
			region: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		io.stdout.write(`${LOCAL_USAGE}\n`);
		return 0;
	}
	const rate = readNumber('--rate-limit', values['rate-limit'], 0.001, 1_000_000);
	const seed = readWholeNumber('--seed', values.seed) ?? 1;
	const local = await startLocalBedrock({
		port: readWholeNumber('--port', values.port, 0, 65_535) ?? 4566,
		models: readWholeNumber('--models', values.models, 0, 1_000_000) ?? 2500,
		seed,
		...(values['account-id'] === undefined ? {} : { accountId: values['account-id'] }),
		...(values.region === undefined ? {} : { region: values.region }),
		faults: {
			throttleProbability: readNumber('--throttle', values.throttle, 0, 1) ?? 0,
			rateLimit: rate === undefined ? undefined : { requestsPerSecond: rate },
			latencyMs: readNumber('--latency', values.latency, 0, 600_000) ?? 0,
			seed,
		},
	});
	io.stdout.write(
		`Local Bedrock ListCustomModels endpoint: ${local.endpoint} (${local.models().length} models)\n` +
			`Try: bedrock-paginators list-custom-models --endpoint-url ${local.endpoint} --max-items 5\n`,
	);
	await new Promise<void>((resolve) => {
		if (io.signal?.aborted) resolve();
		io.signal?.addEventListener('abort', () => resolve(), { once: true });
	});
	await local.close();
	io.stderr.write(`Stopped after ${local.requests.length} requests.\n`);
	return 0;
}
