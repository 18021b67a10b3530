/** `bedrock-paginators local-endpoint`: the embedded Bedrock endpoint, in the foreground. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../local/collections.js';
import { FAMILY_WIRE } from '../local/family-wire.js';
import { startLocalBedrock } from '../local/server.js';
import type { LocalBedrockOptions } from '../local/types.js';
import { ArgumentError, CliFailure, EXIT } from './exit.js';
import type { CliIo } from './io.js';

export const LOCAL_USAGE = `Usage: bedrock-paginators local-endpoint [options]

Serves every paginated Bedrock list operation on 127.0.0.1 until interrupted (Ctrl-C), for your own tests:
point a BedrockClient's endpoint, boto3's endpoint_url or the AWS CLI's --endpoint-url at it.

  --port N            TCP port (default 4566; 0 picks a free one)
  --models N          Custom models to generate (default 2500)
  --items N           Items to generate for each other operation (default 20)
  --seed N            Seed of the catalogues, the fault draws and the page tokens' key (default 1):
                      restarted with the same seed, it accepts the tokens it gave out before
  --throttle P        Probability from 0 to 1 that a request gets 429 ThrottlingException (default 0)
  --faults P          Probability from 0 to 1 of a 5xx, a dropped connection or an unreadable body (default 0)
  --rate-limit RPS    Token-bucket limit in requests per second; excess requests get 429
  --latency MS        Milliseconds added to every response (default 0)
  --account-id ID     The caller's account, for isOwned (default 123456789012)
  --region REGION     Region in generated ARNs (default us-east-1)
  --cors              Let browser pages of any origin call it (CORS headers, OPTIONS preflights)
  -h, --help`;

type Flags = Record<string, string | boolean | undefined>;

export async function localEndpoint(args: string[], io: CliIo): Promise<number> {
	const values = parseFlags(args);
	if (values['help'] === true) {
		io.stdout.write(`${LOCAL_USAGE}\n`);
		return EXIT.ok;
	}
	const sizes = catalogueFlags(values);
	let local;
	try {
		local = await startLocalBedrock(endpointOptions(values, sizes));
	} catch (error) {
		// A busy port, most often: one line that names it, no stack trace.
		throw new CliFailure(`bedrock-paginators local-endpoint: ${(error as Error).message}\n`, 1);
	}
	io.stdout.write(
		`Local Bedrock endpoint: ${local.endpoint} (${sizes.models} custom models, ${sizes.items} items of each other operation)\n` +
			`Also on it: the ${Object.keys(FAMILY_WIRE).length} paginated operations of ${otherServices()}\n` +
			`Try: ${cliCommand()} list-custom-models --endpoint-url ${local.endpoint} --max-items 5\n`,
	);
	await new Promise<void>((resolve) => {
		if (io.signal?.aborted) resolve();
		io.signal?.addEventListener('abort', () => resolve(), { once: true });
	});
	await local.close();
	io.stderr.write(`Stopped after ${local.requestCounts.total} requests.\n`);
	return EXIT.ok;
}

function parseFlags(args: string[]): Flags {
	try {
		return parseArgs({
			args,
			strict: true,
			allowPositionals: false,
			options: {
				port: { type: 'string', default: '4566' },
				models: { type: 'string', default: '2500' },
				items: { type: 'string', default: '20' },
				seed: { type: 'string', default: '1' },
				throttle: { type: 'string' },
				faults: { type: 'string' },
				'rate-limit': { type: 'string' },
				latency: { type: 'string' },
				'account-id': { type: 'string' },
				region: { type: 'string' },
				cors: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		}).values;
	} catch (error) {
		throw new ArgumentError((error as Error).message.split('\n')[0] ?? String(error));
	}
}

interface CatalogueFlags {
	readonly rate: number | undefined;
	readonly seed: number;
	readonly items: number;
	readonly models: number;
}

/** The flags checked as usage errors, before the endpoint starts. */
function catalogueFlags(values: Flags): CatalogueFlags {
	const rate = number('--rate-limit', values['rate-limit'], 0.001, 1_000_000);
	const seed = number('--seed', values['seed'], 0, 2 ** 32, true) ?? 1;
	const items = number('--items', values['items'], 0, 1_000_000, true) ?? 20;
	const models = number('--models', values['models'], 0, 10_000_000, true) ?? 2500;
	return { rate, seed, items, models };
}

/** The endpoint's options; a bad --port, --throttle, --faults or --latency is reported as a failure to start. */
function endpointOptions(values: Flags, { rate, seed, items, models }: CatalogueFlags): LocalBedrockOptions {
	return {
		port: number('--port', values['port'], 0, 65_535, true) ?? 4566,
		models,
		// Every collection but the custom models, which --models sizes.
		items: Object.fromEntries(
			[...Object.entries(COLLECTIONS).filter(([, spec]) => spec.models !== true).map(([operation]) => operation), ...Object.keys(FAMILY_WIRE)].map((operation) => [operation, items]),
		),
		seed,
		...(values['account-id'] === undefined ? {} : { accountId: values['account-id'] as string }),
		...(values['region'] === undefined ? {} : { region: values['region'] as string }),
		cors: values['cors'] === true,
		faults: {
			throttleProbability: number('--throttle', values['throttle'], 0, 1) ?? 0,
			faultProbability: number('--faults', values['faults'], 0, 1) ?? 0,
			rateLimit: rate === undefined ? undefined : { requestsPerSecond: rate },
			latencyMs: number('--latency', values['latency'], 0, 600_000) ?? 0,
			seed,
		},
	};
}

/**
 * How to run this CLI from where it runs: in a clone (which has src/), `npm run -s cli --`, since the package's
 * own bin is not on the PATH there and `npm run` without -s prints its banner on stdout; installed, `npx`.
 */
function cliCommand(): string {
	try {
		const script = realpathSync(process.argv[1] ?? '');
		if (existsSync(join(dirname(script), '..', '..', 'src', 'cli', 'local-endpoint.ts'))) return 'npm run -s cli --';
	} catch {
		// No script path (node -e, a REPL): the installed form.
	}
	return 'npx bedrock-paginators';
}

function number(flag: string, value: string | boolean | undefined, min: number, max: number, whole = false): number | undefined {
	if (value === undefined || typeof value === 'boolean') return undefined;
	const parsed = value.trim() === '' ? Number.NaN : Number(value);
	if (!(parsed >= min && parsed <= max) || (whole && !Number.isInteger(parsed))) {
		throw new ArgumentError(`argument ${flag}: expects ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${value}'`);
	}
	return parsed;
}

/** The other Bedrock services the endpoint serves, in the order of their table. */
function otherServices(): string {
	return [...new Set(Object.values(FAMILY_WIRE).map((wire) => wire.service))].join(', ');
}
