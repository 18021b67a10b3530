#!/usr/bin/env node
// Runs every shell command of the README as written, section by section and in order, in a fresh clone of this
// repository's HEAD, as a new user would on a machine without AWS configuration; then every runnable example
// the README's commands did not run, through `npm run example`. Fails on the first command that fails.
//
// As written means: `a && b` runs a, then b; placeholders (`/path/to/...`) are the clone and a new app; a
// command commented "Ctrl-C" is interrupted after some output, as a reader would, and must exit with 130; the
// local endpoint runs in the background while the rest of its block runs, and the command its banner suggests
// runs too. Checks beyond exit statuses: `npm ci` and `npm install` of the tarball print no install-scripts
// warning; a CLI listing in json prints JSON on stdout (nothing else, so it pipes into jq); the demo says every
// model was listed once; the packed package lists models from ESM and loads from CommonJS.
// Commands that cannot or must not run here are listed in NOT_RUN with the reason, and reported.
// Usage: node scripts/check-readme.mjs [--skip-tests]   (--skip-tests: leave out `npm test`, which CI runs itself)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const skipTests = process.argv.includes('--skip-tests');

/** Commands not run, by pattern, with the reason reported. */
const NOT_RUN = [
	[/^git clone <this repository>/, 'a placeholder: this script clones HEAD itself'],
	[/^aws /, 'needs an AWS account'],
	[/^npm run (bench|soak)\b/, 'minutes of every core: run it on its own'],
	[/^npm run check:readme\b/, 'this script'],
	[/^bash \.ci\/run\b/, 'CI itself, which runs this script'],
];
/** Examples `npm run example` runs (scripts/run-example.ts); each runs at least once. */
const EXAMPLES = ['pages', 'items', 'operations', 'resume', 'demo', 'local-endpoint', 'resumable-job', 'deployed-job'];

const work = mkdtempSync(join(tmpdir(), 'readme-check-'));
const clone = join(work, 'bedrock-paginators');
const app = join(work, 'app');
// A machine without AWS configuration: no AWS_* variables, no ~/.aws (npm keeps its cache and settings).
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
Object.assign(env, { AWS_CONFIG_FILE: join(work, 'no-aws-config'), AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-aws-credentials'), AWS_EC2_METADATA_DISABLED: 'true' });

const say = (text) => process.stdout.write(`${text}\n`);
const started = Date.now();

/** Runs a command with bash (pipefail); resolves with its output, or fails naming it. */
function sh(command, cwd, { timeout = 900_000, interruptAfterLines } = {}) {
	say(`\n$ ${command}   (in ${cwd === clone ? 'the clone' : cwd === app ? 'the app' : cwd})`);
	return new Promise((resolve, reject) => {
		const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let stdout = '';
		let stderr = '';
		let interrupted = false;
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
			process.stdout.write(chunk);
			if (interruptAfterLines !== undefined && !interrupted && stdout.split('\n').length > interruptAfterLines) {
				interrupted = true;
				process.kill(-child.pid, 'SIGINT'); // Ctrl-C reaches the whole foreground group
			}
		});
		child.stderr.on('data', (chunk) => ((stderr += chunk), process.stderr.write(chunk)));
		const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeout);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const expected = interruptAfterLines === undefined ? 0 : 130;
			// After Ctrl-C, a shell reports 130 whether the command exited with 130 or died of the SIGINT.
			const status = signal === 'SIGINT' ? 130 : code;
			if (interruptAfterLines !== undefined && !interrupted) reject(new Error(`\`${command}\` ended before the Ctrl-C its comment asks for`));
			else if (status === expected) resolve({ stdout, stderr });
			else reject(new Error(`\`${command}\` exited with ${code ?? signal} (expected ${expected})`));
		});
	});
}

/** The README's shell commands: `{ section, command, comment }`, `a && b` split into its steps. */
function readmeCommands(readme) {
	const commands = [];
	for (const part of readme.split(/^## /m).slice(1)) {
		const section = part.slice(0, part.indexOf('\n'));
		for (const [, block] of part.matchAll(/```sh\n([\s\S]*?)```/g)) {
			for (const line of block.split('\n')) {
				const comment = /\s#\s(.*)$/.exec(line)?.[1] ?? '';
				const text = line.replace(/\s+#\s.*$/, '').trim();
				if (text === '' || text.startsWith('#')) continue;
				// A placeholder line is skipped whole (its `cd` belongs to it).
				if (NOT_RUN.some(([pattern]) => pattern.test(text))) commands.push({ section, command: text, comment });
				else for (const step of text.split(/\s+&&\s+/)) commands.push({ section, command: step, comment });
			}
		}
	}
	return commands;
}

/** The local endpoint in the background until `stop()`; resolves once its banner is out, with the banner. */
function background(command, cwd) {
	say(`\n$ ${command} &   (in the clone, in the background)`);
	const server = spawn('bash', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
	return new Promise((resolve, reject) => {
		let banner = '';
		server.stdout.on('data', (chunk) => {
			banner += chunk;
			if (/^Try: .*\n/m.test(banner)) resolve({ banner, stop: () => process.kill(-server.pid, 'SIGINT') });
		});
		server.on('exit', (code) => reject(new Error(`\`${command}\` exited with ${code} before its banner`)));
		setTimeout(() => reject(new Error(`\`${command}\` printed no banner within 60 s`)), 60_000);
	});
}

const noInstallScriptsWarning = (command, { stderr }) => {
	if (/install-scripts/.test(stderr)) throw new Error(`\`${command}\` printed an install-scripts warning`);
};
const printsJson = (command, { stdout }) => {
	try {
		JSON.parse(stdout);
	} catch {
		throw new Error(`\`${command}\` printed something other than JSON on stdout: ${JSON.stringify(stdout.slice(0, 120))}`);
	}
};

try {
	await sh(`git clone --quiet ${root} ${clone}`, work);
	const ran = new Set();
	const skipped = new Set();
	const examplesRun = new Set();
	let cwd = clone;
	let section = '';
	let endpoint;
	const endBackground = () => {
		endpoint?.stop();
		endpoint = undefined;
	};
	for (const step of readmeCommands(readFileSync(join(clone, 'README.md'), 'utf8'))) {
		if (step.section !== section) {
			endBackground();
			section = step.section;
			cwd = clone;
			say(`\n== ${section}`);
		}
		const reason = NOT_RUN.find(([pattern]) => pattern.test(step.command))?.[1] ?? (skipTests && step.command === 'npm test' ? '--skip-tests' : undefined);
		if (reason !== undefined) {
			skipped.add(`${step.command} (${reason})`);
			say(`\n(not run: ${step.command}: ${reason})`);
			continue;
		}
		if (step.command === 'cd /path/to/your/app') {
			mkdirSync(app, { recursive: true });
			await sh('npm init -y > /dev/null', app);
			cwd = app;
			continue;
		}
		const command = step.command.replaceAll('/path/to/bedrock-paginators/', `${clone}/`);
		const key = `${cwd === app ? 'app' : 'clone'}: ${command}`;
		// A command shown again runs again only when the README says why (after a Ctrl-C, "again").
		if (ran.has(key) && !/Ctrl-C|\bagain\b/i.test(step.comment)) {
			say(`\n(ran above: ${command})`);
			continue;
		}
		ran.add(key);
		const example = /\bnpm run (?:-s )?example -- ([\w-]+)/.exec(command)?.[1];
		if (example !== undefined) examplesRun.add(example);
		if (command.includes(' local-endpoint')) {
			endpoint = await background(command, cwd);
			// The command the banner suggests runs as printed, in the clone.
			const suggested = /^Try: (.*)$/m.exec(endpoint.banner)[1];
			printsJson(suggested, await sh(suggested, clone));
			continue;
		}
		if (command.startsWith('npm install ') && command.includes('.tgz')) {
			// The tarball the clone's `npm pack` wrote, whatever its version.
			const tarball = readdirSync(clone).find((name) => name.endsWith('.tgz'));
			if (tarball === undefined) throw new Error('npm pack wrote no tarball');
			const install = command.replace(/\S*bedrock-paginators-[\w.-]+\.tgz/, join(clone, tarball));
			noInstallScriptsWarning(install, await sh(`${install} --no-audit --no-fund`, cwd));
			continue;
		}
		const result = await sh(command, cwd, /Ctrl-C/.test(step.comment) ? { interruptAfterLines: 40 } : {});
		if (command.startsWith('npm ci')) noInstallScriptsWarning(command, result);
		if (/\bnpm run demo\b/.test(command) && !result.stdout.includes('Every model listed exactly once.')) throw new Error('the demo did not list every model once');
		if (/\bcli -- list-/.test(command) && !/--help|--output (text|jsonl|table)|\|/.test(command)) printsJson(command, result);
	}
	endBackground();

	say('\n== The installed package, from ESM and CommonJS');
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
	if (!(await sh('node first.mjs', app)).stdout.includes('listed 100')) throw new Error('the installed package did not list the default catalogue of 100 models');
	if (!(await sh('node first.cjs', app)).stdout.includes('cjs function')) throw new Error('require() of the installed package failed');
	await sh('npx bedrock-paginators --version', app);

	say('\n== The examples the README did not run');
	for (const example of EXAMPLES.filter((name) => !examplesRun.has(name))) await sh(`npm run -s example -- ${example}`, clone);

	// Whatever the commands wrote (checkpoints, locks, the tarball) is ignored by git.
	const untracked = (await sh('git status --porcelain', clone)).stdout;
	if (untracked !== '') throw new Error(`the README's commands left files git does not ignore:\n${untracked}`);

	say(`\nEvery README command ran (${ran.size} distinct), and every example, in ${Math.round((Date.now() - started) / 1000)} s.`);
	if (skipped.size > 0) say(`Not run:\n${[...skipped].map((line) => `  ${line}`).join('\n')}`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
