/** `bedrock-paginators list-custom-models`: the AWS CLI's command, with resumable tokens and retries built in. */
import { parseArgs } from 'node:util';
import { BedrockClient, type BedrockClientConfig } from '@aws-sdk/client-bedrock';
import { isPaginationError } from '../errors/guards.js';
import { paginateListCustomModels } from '../operations/functions.js';
import type { ListCustomModelsFilters } from '../operations/types.js';
import { readChoice, readTime, readWholeNumber } from './flags.js';
import { createOutput, type OutputFormat } from './output.js';
import { createProgress } from './progress.js';
import { UsageError } from './usage-error.js';

export const LIST_USAGE = `Usage: bedrock-paginators list-custom-models [options]

Lists Amazon Bedrock custom models, like 'aws bedrock list-custom-models'.

Pagination (boto3 / AWS CLI semantics):
  --max-items N               Stop after N models and print a NextToken that resumes right after them
  --page-size N               Models per request (1-1000)
  --starting-token TOKEN      Resume from a NextToken (ours, boto3's or the AWS CLI's)

Filters:
  --creation-time-before T    ISO 8601 time or epoch seconds
  --creation-time-after T
  --name-contains TEXT
  --base-model-arn-equals ARN
  --foundation-model-arn-equals ARN
  --is-owned | --no-is-owned
  --model-status Active|Creating|Failed
  --sort-by CreationTime
  --sort-order Ascending|Descending

Connection:
  --region REGION             Defaults to the SDK's chain (AWS_REGION, profile)
  --profile NAME              A profile from ~/.aws/config and ~/.aws/credentials
  --endpoint-url URL          Another endpoint, such as a local one; a loopback URL without
                              credentials in the environment gets dummy credentials
  --no-retry                  Leave retries to the SDK client instead of the paginator

Output:
  --output json|jsonl|table   json: the AWS CLI's shape (default); jsonl: one model per line,
                              streamed (NextToken on stderr); table: for people
  -h, --help

Progress (pages, items, retries, rate) goes to stderr when it is a terminal.
Exit status: 0 done, 1 service or network error (with how to go on without losing a model), 2 usage error.`;

export interface CliIo {
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
	signal?: AbortSignal;
}

export async function listCustomModels(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({
		args,
		strict: true,
		allowPositionals: false,
		options: {
			'max-items': { type: 'string' },
			'page-size': { type: 'string' },
			'starting-token': { type: 'string' },
			'creation-time-before': { type: 'string' },
			'creation-time-after': { type: 'string' },
			'name-contains': { type: 'string' },
			'base-model-arn-equals': { type: 'string' },
			'foundation-model-arn-equals': { type: 'string' },
			'is-owned': { type: 'boolean' },
			'no-is-owned': { type: 'boolean' },
			'model-status': { type: 'string' },
			'sort-by': { type: 'string' },
			'sort-order': { type: 'string' },
			region: { type: 'string' },
			profile: { type: 'string' },
			'endpoint-url': { type: 'string' },
			'no-retry': { type: 'boolean' },
			output: { type: 'string', default: 'json' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		io.stdout.write(`${LIST_USAGE}\n`);
		return 0;
	}
	if (values['is-owned'] && values['no-is-owned']) throw new UsageError('Use either --is-owned or --no-is-owned, not both.');

	const format = readChoice<OutputFormat>('--output', values.output, ['json', 'jsonl', 'table']) ?? 'json';
	const filters: ListCustomModelsFilters = compact({
		creationTimeBefore: readTime('--creation-time-before', values['creation-time-before']),
		creationTimeAfter: readTime('--creation-time-after', values['creation-time-after']),
		nameContains: values['name-contains'],
		baseModelArnEquals: values['base-model-arn-equals'],
		foundationModelArnEquals: values['foundation-model-arn-equals'],
		isOwned: values['is-owned'] ? true : values['no-is-owned'] ? false : undefined,
		modelStatus: readChoice('--model-status', values['model-status'], ['Active', 'Creating', 'Failed'] as const),
		sortBy: readChoice('--sort-by', values['sort-by'], ['CreationTime'] as const),
		sortOrder: readChoice('--sort-order', values['sort-order'], ['Ascending', 'Descending'] as const),
	});
	const pagination = compact({
		MaxItems: readWholeNumber('--max-items', values['max-items'], 1),
		PageSize: readWholeNumber('--page-size', values['page-size'], 1, 1000),
		StartingToken: values['starting-token'],
	});

	const client = new BedrockClient(clientConfig(values.region, values.profile, values['endpoint-url'], io.env));
	const progress = createProgress(io.stderr);
	const output = createOutput(format, (text) => io.stdout.write(text), (text) => io.stderr.write(text));
	let pages = 0;
	let items = 0;
	try {
		const pageIterator = paginateListCustomModels(client, filters, pagination, {
			retry: values['no-retry'] ? false : {},
			signal: io.signal,
			onPage: (context) => progress.page(context.pageIndex + 1, context.totalItems),
			onRetry: () => progress.retry(),
		});
		let nextToken: string | undefined;
		for await (const page of pageIterator) {
			pages++;
			items += page.modelSummaries.length;
			output.page(page.modelSummaries);
			nextToken = page.NextToken;
		}
		progress.done();
		output.end(nextToken);
		return 0;
	} catch (error) {
		progress.done();
		if (isPaginationError(error)) throw new UsageError(cliMessage(error));
		const { name, message, NextToken, $metadata } = error as {
			name?: string;
			message?: string;
			NextToken?: string;
			$metadata?: { httpStatusCode?: number };
		};
		const status = $metadata?.httpStatusCode === undefined ? '' : ` (HTTP ${$metadata.httpStatusCode})`;
		io.stderr.write(`error: ${name ?? 'Error'}: ${message ?? String(error)}${status}\n`);
		if (format === 'json') {
			// The JSON document is printed only at the end, so none of this run's models reached stdout.
			const start = pagination.StartingToken;
			io.stderr.write(start === undefined ? 'Nothing was printed; run the same command again.\n' : `Nothing was printed; run again with: --starting-token ${start}\n`);
			return 1;
		}
		io.stderr.write(`printed ${items} model${items === 1 ? '' : 's'} from ${pages} page${pages === 1 ? '' : 's'} before it.\n`);
		if (NextToken !== undefined) io.stderr.write(`Resume after them with: --starting-token ${NextToken}\n`);
		return 1;
	} finally {
		client.destroy();
	}
}

function clientConfig(
	region: string | undefined,
	profile: string | undefined,
	endpoint: string | undefined,
	env: NodeJS.ProcessEnv,
): BedrockClientConfig {
	const config: BedrockClientConfig = {};
	if (region !== undefined) config.region = region;
	if (profile !== undefined) config.profile = profile;
	if (endpoint !== undefined) {
		let url: URL;
		try {
			url = new URL(endpoint);
		} catch {
			throw new UsageError(`--endpoint-url expects a URL such as http://127.0.0.1:4566, got '${endpoint}'.`);
		}
		config.endpoint = endpoint;
		if (isLoopback(url.hostname)) {
			// A local endpoint verifies no signature: spare the user a credentials set-up (and the SDK a
			// lookup that would go to the instance metadata service).
			config.region ??= env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
			if (profile === undefined && !env['AWS_ACCESS_KEY_ID'] && !env['AWS_PROFILE'] && !env['AWS_BEARER_TOKEN_BEDROCK']) {
				config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
			}
		}
	}
	return config;
}

function isLoopback(hostname: string): boolean {
	return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** The library's message with option names turned into the flags the user typed. */
function cliMessage(error: Error): string {
	return error.message
		.replace(/`MaxItems`/g, '--max-items')
		.replace(/`PageSize`/g, '--page-size')
		.replace(/`StartingToken`/g, '--starting-token');
}

function compact<T extends Record<string, unknown>>(object: T): { [K in keyof T]: Exclude<T[K], undefined> } {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as never;
}
