import { defineConfig } from 'tsup';

const entry = {
	index: 'src/index.ts',
	'local/index': 'src/local/index.ts',
	's3/index': 'src/stores/s3/index.ts',
	'dynamodb/index': 'src/stores/dynamodb/index.ts',
	'lease/index': 'src/stores/lease/index.ts',
	'testing/index': 'src/testing/index.ts',
	'cli/index': 'src/cli/index.ts',
};

// One sub-path per further Bedrock client, each loading only its own SDK package (an optional peer dependency).
const clients = {
	'runtime/index': 'src/clients/runtime/index.ts',
	'data-automation/index': 'src/clients/data-automation/index.ts',
	'agent/index': 'src/clients/agent/index.ts',
	'agent-runtime/index': 'src/clients/agent-runtime/index.ts',
	'agentcore/index': 'src/clients/agentcore/index.ts',
	'agentcore-control/index': 'src/clients/agentcore-control/index.ts',
};

// The CLI is an ESM program; every other entry is a library, built for both.
const { 'cli/index': _cli, ...library } = entry;

// ESM: the root entry is built apart, its lazily loaded parts split into chunks of their own (the file store
// and its Node built-ins, the jobs), so that importing it loads no Node built-in: in one file, their imports
// would be hoisted to its top. Apart, too, so that no chunk is shared with the CLI (whose namespace import of the
// descriptor table would otherwise keep every operation in a bundle that imports one).
const { index: root, ...others } = entry;

export default defineConfig([
	{
		// ESM: p-retry stays a real dependency. The client sub-paths are built with the root, so that they share its
		// engine (one copy of it, and of its error classes, in an app that imports both) and add only their tables.
		entry: { index: root, ...clients },
		format: ['esm'],
		// The root's declarations alone: built with the sub-paths', its names would move into shared chunks.
		dts: { entry: { index: root } },
		sourcemap: false,
		clean: true,
		target: 'node20',
		platform: 'node',
		splitting: true,
		// The optional peer dependency is loaded at run time if installed, never bundled.
		external: ['@opentelemetry/api'],
	},
	{
		// The sub-paths' ESM declarations (their code is built with the root, above).
		entry: clients,
		format: ['esm'],
		dts: { only: true },
		target: 'node20',
		platform: 'node',
	},
	{
		entry: others,
		format: ['esm'],
		dts: true,
		sourcemap: false,
		target: 'node20',
		platform: 'node',
		splitting: false,
		external: ['@opentelemetry/api'],
	},
	{
		// CJS: p-retry (and its helper) are ESM-only, so a `require()` of them would crash; bundle them in.
		entry: { ...library, ...clients },
		format: ['cjs'],
		dts: true,
		sourcemap: false,
		target: 'node20',
		platform: 'node',
		noExternal: ['p-retry', 'is-network-error'],
		external: ['@opentelemetry/api'],
	},
]);
