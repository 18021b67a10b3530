/** The client a command uses (of the command's service): the AWS CLI's connection flags, dummy credentials for a local endpoint, --debug. */
import { addDebugSink, describeFailure } from '../retry/debug-log.js';
import { unshield } from '../retry/sdk-retry-shield.js';
import type { ListArguments } from './arguments.js';
import type { CliClient, CliClientClass } from './command-spec.js';
import { ArgumentError, CliFailure } from './exit.js';
import { checkProfile } from './profile.js';

/** How long a connection may take to open unless --cli-connect-timeout says otherwise: an unreachable host fails fast. */
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** The client settings this command line sets. */
interface ClientConfig {
	region?: string;
	profile?: string;
	endpoint?: string;
	credentials?: { accessKeyId: string; secretAccessKey: string };
	requestHandler?: { connectionTimeout?: number; requestTimeout?: number };
}

export function createClient(Client: CliClientClass, args: ListArguments, env: NodeJS.ProcessEnv, debug: (line: string) => void): CliClient {
	checkProfile(args.profile ?? env['AWS_PROFILE'], env);
	const config: ClientConfig = {};
	// An empty --region is no region, as in the AWS CLI.
	if (args.region !== undefined && args.region !== '') config.region = args.region;
	if (args.profile !== undefined) config.profile = args.profile;
	const connectMs = args.connectTimeoutSeconds === undefined ? DEFAULT_CONNECT_TIMEOUT_MS : args.connectTimeoutSeconds * 1000;
	config.requestHandler = {
		// 0 means no timeout, as in the AWS CLI.
		...(connectMs > 0 ? { connectionTimeout: connectMs } : {}),
		...(args.readTimeoutSeconds !== undefined && args.readTimeoutSeconds > 0 ? { requestTimeout: args.readTimeoutSeconds * 1000 } : {}),
	};
	if (args.endpointUrl !== undefined) {
		let url: URL;
		try {
			url = new URL(args.endpointUrl);
		} catch {
			throw new ArgumentError(`argument --endpoint-url: expects a URL such as http://127.0.0.1:4566, got '${args.endpointUrl}'`);
		}
		config.endpoint = args.endpointUrl;
		if (isLoopback(url.hostname)) {
			// A local endpoint verifies no signature: spare the user a credentials set-up (and the SDK a lookup that
			// would go to the instance metadata service).
			config.region ??= env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
			if (args.profile === undefined && !env['AWS_ACCESS_KEY_ID'] && !env['AWS_PROFILE'] && !env['AWS_BEARER_TOKEN_BEDROCK']) {
				config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
			}
		}
	}
	const client = newClient(Client, config);
	if (args.debug) addDebugLog(client, debug);
	return client;
}

/** The SDK checks some settings as it builds the client: a mistake there is the user's, said in one line. */
function newClient(Client: CliClientClass, config: ClientConfig): CliClient {
	try {
		return new Client({ ...config });
	} catch (error) {
		const message = (error as Error).message;
		if (/region/i.test(message)) throw new CliFailure(`\n${message}\nSet a region: --region us-east-1, or AWS_REGION.\n`);
		throw error;
	}
}

function isLoopback(hostname: string): boolean {
	return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

interface HttpRequestLike {
	method?: string;
	protocol?: string;
	hostname?: string;
	port?: number;
	path?: string;
	query?: Record<string, string | string[] | null>;
	headers?: Record<string, string>;
}

/** Each request and response line on stderr; never a credential or signature (header names only). */
function addDebugLog(client: CliClient, debug: (line: string) => void): void {
	// The paginator's own decisions (retries and their waits, pacer changes) join the SDK's request lines.
	const removeSink = addDebugSink((line) => debug(`${new Date().toISOString()} ${line}`));
	const destroy = client.destroy.bind(client);
	client.destroy = () => {
		removeSink();
		destroy();
	};
	client.middlewareStack.add(
		(next) => async (args) => {
			const request = args.request as HttpRequestLike;
			const query = Object.entries(request.query ?? {})
				.flatMap(([key, value]) => (Array.isArray(value) ? value.map((v) => [key, v]) : [[key, value ?? '']]))
				// A pagination token resumes a listing: it is not the log's to keep.
				.map(([key, value]) => `${encodeURIComponent(String(key))}=${/token/i.test(String(key)) ? `<${String(value).length} characters>` : encodeURIComponent(String(value))}`)
				.join('&');
			const target = `${request.protocol ?? 'https:'}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path ?? '/'}${query ? `?${query}` : ''}`;
			debug(`${new Date().toISOString()} request: ${request.method ?? 'GET'} ${target} (headers: ${Object.keys(request.headers ?? {}).sort().join(', ')})`);
			const started = performance.now();
			try {
				const result = await next(args);
				const response = result.response as { statusCode?: number; headers?: Record<string, string> };
				debug(`${new Date().toISOString()} response: ${response.statusCode} in ${Math.round(performance.now() - started)} ms (request id ${response.headers?.['x-amzn-requestid'] ?? '-'})`);
				return result;
			} catch (error) {
				// The paginator's shield wraps the failure on its way to the SDK's retry layer: log what really came.
				debug(`${new Date().toISOString()} response: ${describeFailure(unshield(error))} in ${Math.round(performance.now() - started)} ms`);
				throw error;
			}
		},
		{ step: 'finalizeRequest', priority: 'low', name: 'bedrockPaginatorsDebugLog' },
	);
}
