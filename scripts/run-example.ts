// `npm run example -- NAME [args]`: runs examples/NAME.ts with no AWS account. Examples that list "your
// account" get an embedded local endpoint through AWS_ENDPOINT_URL_BEDROCK (the same seeded catalogue on every
// run, so their tokens stay valid from one run to the next); examples that start their own endpoint run as
// they are. The example's output is its own: this script writes only to stderr.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startLocalBedrock } from '../src/local/index.js';

/** Examples that read the SDK's usual configuration: they are given an endpoint. */
const NEEDS_ENDPOINT = ['pages', 'items', 'operations', 'resume', 'telemetry'];
/** Examples that start an embedded endpoint of their own when no AWS_ENDPOINT_URL_BEDROCK is set. */
const SELF_CONTAINED = ['demo', 'local-endpoint', 'resumable-job', 'deployed-job'];
const MODELS = 250;
const SEED = 1;

const [name = '', ...args] = process.argv.slice(2);
const example = name.replace(/^examples\//, '').replace(/\.ts$/, '');
if (!NEEDS_ENDPOINT.includes(example) && !SELF_CONTAINED.includes(example)) {
	const known = [...NEEDS_ENDPOINT, ...SELF_CONTAINED].join(', ');
	process.stderr.write(`${name === '' ? 'Name an example' : `No runnable example '${name}'`}: npm run example -- NAME [args], NAME one of ${known}.\n`);
	process.exit(2);
}

const local = NEEDS_ENDPOINT.includes(example) ? await startLocalBedrock({ models: MODELS, seed: SEED }) : undefined;
const env: NodeJS.ProcessEnv = {
	...process.env,
	// The SDK's notice that later versions will need Node 22 (it reads this variable): noise in an example.
	AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ?? 'true',
};
if (local !== undefined) {
	Object.assign(env, { AWS_ENDPOINT_URL_BEDROCK: local.endpoint, AWS_REGION: local.region, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_EC2_METADATA_DISABLED: 'true' });
	delete env['AWS_PROFILE'];
	delete env['AWS_SESSION_TOKEN'];
	process.stderr.write(`examples/${example}.ts against an embedded local endpoint (${local.endpoint}, ${MODELS} models, seed ${SEED})\n`);
}

const script = fileURLToPath(new URL(`../examples/${example}.ts`, import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: 'inherit' });
// Ctrl-C reaches the example too (same process group): let it stop in its own way, then end with it.
const ignore = () => {};
process.on('SIGINT', ignore);
process.on('SIGTERM', () => child.kill('SIGTERM'));
const [code, signal] = (await new Promise((resolve) => child.on('exit', (...exit) => resolve(exit)))) as [number | null, NodeJS.Signals | null];
await local?.close();
// A shell's convention for an example ended by a signal: 128 + its number.
process.exitCode = signal === null ? (code ?? 1) : 128 + constants.signals[signal];
