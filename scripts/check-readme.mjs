#!/usr/bin/env node
// Runs the README's commands, in the order written, in a fresh clone of this repository's HEAD: the two
// commands of "Try it", the install from a packed tarball into a new app (with a first listing in it), and the
// CLI commands. Fails on the first command that fails.
// Usage: node scripts/check-readme.mjs [--skip-tests]   (--skip-tests: leave out `npm test`, which CI runs itself)
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const skipTests = process.argv.includes('--skip-tests');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = (title) => readme.split(/^## /m).find((part) => part.startsWith(title)) ?? '';
const shellBlocks = (text) => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
const commandsOf = (block) => block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);

const work = mkdtempSync(join(tmpdir(), 'readme-check-'));
const clone = join(work, 'bedrock-paginators');
const env = { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '' };
const sh = (command, cwd, timeout = 600_000) => {
	process.stdout.write(`\n$ ${command}   (in ${cwd})\n`);
	return execSync(command, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], timeout, encoding: 'utf8', shell: '/bin/bash' });
};

try {
	sh(`git clone --quiet ${root} ${clone}`, work);

	// Try it: the two commands.
	const [tryIt] = shellBlocks(section('Try it'));
	for (const command of commandsOf(tryIt)) {
		if (command === 'npm test' && skipTests) {
			process.stdout.write('\n(npm test left out: --skip-tests)\n');
			continue;
		}
		const output = sh(command, clone, 900_000);
		if (command.includes('npm run demo') && !output.includes('Every model listed exactly once.')) throw new Error('the demo did not list every model once');
	}

	// Install: from the clone, pack; in a new app, install the tarball with the SDK and list.
	const [install] = shellBlocks(section('Install'));
	const steps = commandsOf(install).filter((command) => !command.startsWith('git clone') && !command.startsWith('cd '));
	// The clone ran `npm ci` already (Try it): a second one would install the same tree again, at a minute's cost.
	const installed = commandsOf(tryIt).some((command) => command.startsWith('npm ci'));
	for (const command of steps.filter((command) => command.startsWith('npm ci') || command.includes('npm pack'))) {
		sh(installed ? command.replace(/^npm ci && /, '') : command, clone);
	}
	const tarball = readdirSync(clone).find((name) => name.endsWith('.tgz'));
	if (tarball === undefined) throw new Error('npm pack wrote no tarball');
	const app = join(work, 'app');
	sh(`mkdir -p ${app} && cd ${app} && npm init -y > /dev/null`, work);
	const installCommand = steps.find((command) => command.startsWith('npm install'));
	sh(installCommand.replace('/path/to/bedrock-paginators/bedrock-paginators-0.3.0.tgz', join(clone, tarball)) + ' --no-audit --no-fund', app);
	writeFileSync(
		join(app, 'first.mjs'),
		`import { BedrockClient } from '@aws-sdk/client-bedrock';
import { buildListCustomModelsResult } from 'bedrock-paginators';
import { startLocalBedrock } from 'bedrock-paginators/local';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const local = await startLocalBedrock();
const client = new BedrockClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const { modelSummaries } = await buildListCustomModelsResult(client);
console.log('listed', modelSummaries.length);
client.destroy();
await local.close();
`,
	);
	writeFileSync(join(app, 'first.cjs'), "const { paginateListCustomModels } = require('bedrock-paginators');\nconsole.log('cjs', typeof paginateListCustomModels);\n");
	if (!sh('node first.mjs', app).includes('listed 100')) throw new Error('the installed package did not list the default catalogue of 100 models');
	if (!sh('node first.cjs', app).includes('cjs function')) throw new Error('require() of the installed package failed');
	sh('npx bedrock-paginators --version', app);

	// The CLI: the endpoint in the background, then each listing command against it.
	const [cli] = shellBlocks(section('The CLI'));
	const [serve, ...lists] = commandsOf(cli);
	const server = spawn('bash', ['-c', serve], { cwd: clone, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
	await new Promise((resolve, reject) => {
		let seen = '';
		server.stdout.on('data', (chunk) => ((seen += chunk.toString()), seen.includes('endpoint: http') && resolve()));
		server.on('exit', (code) => reject(new Error(`${serve} exited with ${code}`)));
		setTimeout(() => reject(new Error(`${serve} did not start`)), 60_000);
	});
	try {
		for (const command of lists) sh(command, clone);
	} finally {
		process.kill(-server.pid, 'SIGINT');
	}
	process.stdout.write('\nEvery README command ran.\n');
} finally {
	rmSync(work, { recursive: true, force: true });
}
