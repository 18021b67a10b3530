/**
 * `--checkpoint` never loses or corrupts output: the built CLI as users run it, over real HTTP to the local
 * endpoint, its stdout a file, a pipe, a full or read-only file system, and killed at random moments.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { CLI, CLI_ENV as ENV } from '../support/built.js';
import { freshDir, linesOf, pause, runInto } from '../support/cli-output-files.js';
import { run } from '../support/run.js';

const ORDER_LINE = 'Listing oldest first: a checkpoint resumes after the last item by creation time, so items created during the listing are not skipped.\n';

let local: LocalBedrock;
beforeAll(async () => {
	local = await startLocalBedrock({ models: 120, seed: 11 });
});
afterAll(() => local.close());

const arns = () => local.models().map((m) => m.modelArn);
const listArgs = (endpoint: string, checkpoint: string, ...more: string[]) => [CLI, 'list-custom-models', '--endpoint-url', endpoint, '--output', 'jsonl', '--page-size', '7', '--checkpoint', checkpoint, ...more];

/** What the checkpoint says of the output: items over all runs and the file size after their lines. */
function recorded(checkpoint: string): { handled: number; offset: number } {
	const state = JSON.parse(readFileSync(checkpoint, 'utf8')) as { handled: number; cliOutput: { offset: number } };
	return { handled: state.handled, offset: state.cliOutput.offset };
}

/** Mounts a tmpfs on a new directory (root only); the reason, where that is not possible. */
function mountTmpfs(options: string): { dir: string; remount: (options: string) => void; unmount: () => void } | string {
	if (process.getuid?.() !== 0) return 'not root';
	const dir = freshDir();
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
	} catch (error) {
		return `mount failed: ${(error as Error).message.split('\n')[0]}`;
	}
	return {
		dir,
		remount: (more) => void execFileSync('mount', ['-o', `remount,${more}`, dir], { stdio: 'pipe' }),
		unmount: () => void execFileSync('umount', [dir], { stdio: 'pipe' }),
	};
}

describe('--checkpoint refuses what it cannot make durable', () => {
	it('refuses a pipe with one line saying why and what to use instead, exit 2, before any request', async () => {
		const dir = freshDir();
		const before = local.requests.length;
		const piped = await run('node', listArgs(local.endpoint, join(dir, 'cp.json')), ENV);
		expect(piped.status).toBe(2);
		expect(piped.stdout).toBe('');
		expect(piped.stderr).toBe(
			'\n--checkpoint needs its output in a file: into a pipe, a terminal or a device nothing can tell which lines the reader consumed, so a rerun could skip some. Use --output-file PATH (or > PATH), or add --checkpoint-pipe to count lines the pipe accepted as printed.\n',
		);
		expect(local.requests.length).toBe(before);
		expect(existsSync(join(dir, 'cp.json'))).toBe(false);
	});

	it('lists into a pipe with --checkpoint-pipe, every model once', async () => {
		const piped = await run('node', listArgs(local.endpoint, join(freshDir(), 'cp.json'), '--checkpoint-pipe'), ENV);
		expect(piped.status, piped.stderr).toBe(0);
		expect(piped.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { modelArn: string }).modelArn)).toEqual(arns());
	});

	it('refuses --starting-token with --checkpoint, and --output-file without --checkpoint', async () => {
		const token = await run('node', [...listArgs(local.endpoint, join(freshDir(), 'cp.json')), '--starting-token', 'eyJuZXh0VG9rZW4iOiAiNyJ9'], ENV);
		expect(token.status).toBe(255);
		expect(token.stderr).toBe('\n--starting-token cannot be used with --checkpoint: the checkpoint says where to continue. Drop --starting-token, or drop --checkpoint to start from the token.\n');
		const alone = await run('node', [CLI, 'list-custom-models', '--endpoint-url', local.endpoint, '--output-file', join(freshDir(), 'out.jsonl')], ENV);
		expect(alone.status).toBe(2);
		expect(alone.stderr).toMatch(/error: argument --output-file: only with --checkpoint\n$/);
		// One raw page (--no-paginate, --max-results, --next-token) has nothing to resume.
		const dir = freshDir();
		const single = await run('node', [...listArgs(local.endpoint, join(dir, 'cp.json')), '--output-file', join(dir, 'out.jsonl'), '--max-results', '1'], ENV);
		expect(single.status).toBe(255);
		expect(single.stderr).toBe('\nError during pagination: Cannot specify --no-paginate along with pagination arguments: --page-size, --checkpoint\n');
		expect(existsSync(join(dir, 'cp.json'))).toBe(false);
	});

	it('refuses a resume whose stdout the shell emptied with >, and a file other than the one recorded', async () => {
		const dir = freshDir();
		const [cp, out] = [join(dir, 'cp.json'), join(dir, 'out.jsonl')];
		const first = await runInto(out, 'w', listArgs(local.endpoint, cp, '--max-items', '10')).done;
		expect(first.status, first.stderr).toBe(0);
		const saved = readFileSync(cp, 'utf8');
		const truncated = await runInto(out, 'w', listArgs(local.endpoint, cp)).done;
		expect(truncated.status).toBe(255);
		expect(truncated.stderr).toBe(
			`\nThe output file stdout (${out}) is empty, but the checkpoint ${cp} records ${recorded(cp).offset} bytes of lines in it: they are gone (a shell's \`>\` empties the file before the run starts). Delete the checkpoint to list again from the start, and resume with >> or --output-file.\n`,
		);
		expect(readFileSync(cp, 'utf8')).toBe(saved);
		// The same file replaced by a copy of itself: another file under the recorded name.
		const copy = join(dir, 'copy.jsonl');
		writeFileSync(copy, 'x\n'.repeat(recorded(cp).offset));
		renameSync(copy, out);
		const replaced = await run('node', listArgs(local.endpoint, cp, '--output-file', out), ENV);
		expect(replaced.status).toBe(255);
		expect(replaced.stderr).toBe(`\nThe output file ${out} is no longer the file the checkpoint ${cp} recorded its lines in (it was replaced since: a copy, a move or an editor's save makes a new file), so nothing can say which lines it holds: delete the checkpoint to list again from the start.\n`);
		writeFileSync(join(dir, 'other.jsonl'), 'kept as it is\n');
		const other = await run('node', listArgs(local.endpoint, cp, '--output-file', join(dir, 'other.jsonl')), ENV);
		expect(other.status).toBe(255);
		expect(readFileSync(join(dir, 'other.jsonl'), 'utf8')).toBe('kept as it is\n');
		expect(other.stderr).toMatch(new RegExp(`^\\nThe checkpoint ${cp} recorded its output in ${out}, and ${join(dir, 'other.jsonl')} is another file: `));
	});

	it('fails on an unreachable endpoint at once with the line it gives without --checkpoint, fresh or resumed', { timeout: 20_000 }, async () => {
		const dir = freshDir();
		const args = [CLI, 'list-custom-models', '--endpoint-url', 'http://127.0.0.1:1', '--output', 'jsonl', '--checkpoint', join(dir, 'cp.json'), '--output-file', join(dir, 'out.jsonl')];
		for (const attempt of ['fresh', 'resumed']) {
			const result = await run('node', args, ENV);
			expect(result.status, attempt).toBe(255);
			expect(result.stderr, attempt).toMatch(/^\nCould not connect to the endpoint URL: "http:\/\/127\.0\.0\.1:1\/custom-models" \(connection refused: nothing listens there\)\n0 items recorded over all runs \(0 by this run\) in \S+cp\.json\. Is the endpoint up\? Once it is, run the same command again to continue\.\n$/);
		}
	});

	it('names an endpoint of this machine off loopback at its first failure, fresh and resumed (the account check), and stops on Ctrl-C', { timeout: 30_000 }, async (context) => {
		const address = Object.values(networkInterfaces())
			.flat()
			.find((face) => face !== undefined && !face.internal && face.family === 'IPv4')?.address;
		if (address === undefined) return context.skip('needs a network interface other than loopback');
		const dir = freshDir();
		const env = { ...ENV, AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret' };
		const args = [CLI, 'list-custom-models', '--region', 'us-east-1', '--endpoint-url', `http://${address}:1`, '--output', 'jsonl', '--checkpoint', join(dir, 'cp.json'), '--output-file', join(dir, 'out.jsonl')];
		for (const attempt of ['fresh', 'resumed']) {
			const child = spawn('node', args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
			let stderr = '';
			await new Promise<void>((resolve) => child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), stderr.includes('Ctrl-C') && resolve())));
			child.kill('SIGINT');
			const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
			expect(status, attempt).toBe(130);
			expect(stderr, attempt).toMatch(new RegExp(`^(${ORDER_LINE})?\\nCould not connect to the endpoint URL: "http://${address.replace(/\./g, '\\.')}:1/custom-models" \\(connection refused: nothing listens there\\); retrying for at most \\d+ s \\(Ctrl-C to stop\\)\\.\\n\\nInterrupted: 0 items recorded over all runs \\(0 by this run\\) in \\S+: run the same command again to continue\\.\\n$`));
		}
	});

	it('names the checkpoint, not its lock, on a read-only file system, with advice that fits', async (context) => {
		const mounted = mountTmpfs('ro,size=64k');
		if (typeof mounted === 'string') return context.skip(`needs a tmpfs mount: ${mounted}`);
		try {
			const cp = join(mounted.dir, 'cp.json');
			const result = await run('node', listArgs(local.endpoint, cp, '--output-file', join(freshDir(), 'out.jsonl')), ENV);
			expect(result.status).toBe(255);
			expect(result.stderr).toBe(`\nCannot write the checkpoint ${cp}: ${mounted.dir} is on a read-only file system. Remount it read-write, or give --checkpoint a path on a writable one.\n`);
		} finally {
			mounted.unmount();
		}
	});
});

describe('--checkpoint into a file', () => {
	it('says whether it resumed, from which model, why oldest first, totals over all runs; a resume cuts a torn line', async () => {
		const dir = freshDir();
		const [cp, out] = [join(dir, 'cp.json'), join(dir, 'out.jsonl')];
		const args = listArgs(local.endpoint, cp, '--output-file', out, '--max-items', '10');
		const first = await run('node', args, ENV);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toBe('');
		expect(first.stderr).toBe(`${ORDER_LINE}Stopped after 10 items (--max-items); 10 items recorded over all runs (10 by this run): run the same command again to continue.\n`);
		expect(recorded(cp)).toEqual({ handled: 10, offset: statSync(out).size });

		const torn = '{"modelArn": "arn:aws:bedrock:us-east-1:1234'; // what a write cut short leaves
		appendFileSync(out, torn);
		const tenth = local.models()[9];
		const second = await run('node', args, ENV);
		expect(second.status, second.stderr).toBe(0);
		expect(second.stderr).toBe(
			`Resuming ${cp}: 10 items recorded by earlier runs; the last: ${tenth?.modelName} (${tenth?.modelArn}) of ${tenth?.creationTime.toISOString()}; cut ${torn.length} bytes the checkpoint did not record from the end of the output.\n` +
				'Stopped after 10 items (--max-items); 20 items recorded over all runs (10 by this run): run the same command again to continue.\n',
		);
		const rest = await run('node', listArgs(local.endpoint, cp, '--output-file', out), ENV);
		expect(rest.status, rest.stderr).toBe(0);
		expect(rest.stderr).toMatch(/\nComplete: 120 items recorded over all runs \(100 by this run\)\.\n$/);
		expect(linesOf(out)).toEqual(arns());
		expect(recorded(cp)).toEqual({ handled: 120, offset: statSync(out).size });
		const again = await run('node', listArgs(local.endpoint, cp, '--output-file', out), ENV);
		expect(again.stderr).toBe(`The listing in ${cp} is already complete; delete that file to list again (120 items recorded over all runs).\n`);
	});

	it('appends to stdout opened with >>, and resumes there', async () => {
		const dir = freshDir();
		const [cp, out] = [join(dir, 'cp.json'), join(dir, 'out.jsonl')];
		writeFileSync(out, '{"modelArn": "before"}\n');
		const first = await runInto(out, 'a', listArgs(local.endpoint, cp, '--max-items', '30')).done;
		expect(first.status, first.stderr).toBe(0);
		const second = await runInto(out, 'a', listArgs(local.endpoint, cp)).done;
		expect(second.status, second.stderr).toBe(0);
		expect(linesOf(out)).toEqual(['before', ...arns()]);
	});

	it('applies --query to each item, as --output jsonl does, and says so when it gives null for every item', async () => {
		const dir = freshDir();
		const [cp, out] = [join(dir, 'cp.json'), join(dir, 'out.jsonl')];
		const first = await runInto(out, 'w', listArgs(local.endpoint, cp, '--query', '{arn: modelArn}', '--max-items', '30')).done;
		expect(first.status, first.stderr).toBe(0);
		const second = await runInto(out, 'a', listArgs(local.endpoint, cp, '--query', '{arn: modelArn}')).done;
		expect(second.status, second.stderr).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(arns().map((arn) => `${JSON.stringify({ arn })}\n`).join(''));

		const nulls = await runInto(join(dir, 'nulls.jsonl'), 'w', listArgs(local.endpoint, join(dir, 'nulls.json'), '--query', 'modelSummaries[].modelArn', '--max-items', '3')).done;
		expect(nulls.status, nulls.stderr).toBe(0);
		expect(readFileSync(join(dir, 'nulls.jsonl'), 'utf8')).toBe('null\nnull\nnull\n');
		expect(nulls.stderr).toContain("--query gave null for all 3 items of this run: with --output jsonl it applies to each item (write 'name', not 'modelSummaries[].name').\n");
	});

	it('on a full disk: exit 255, one line naming the file and the cause, whole lines that the checkpoint matches; after freeing space a rerun completes', async (context) => {
		const mounted = mountTmpfs('size=24k');
		if (typeof mounted === 'string') return context.skip(`needs a tmpfs mount: ${mounted}`);
		try {
			const cp = join(freshDir(), 'cp.json');
			const out = join(mounted.dir, 'out.jsonl');
			const full = await runInto(out, 'w', listArgs(local.endpoint, cp)).done;
			expect(full.status).toBe(255);
			const lines = linesOf(out);
			expect(lines.length).toBeGreaterThan(0);
			expect(lines.length).toBeLessThan(120);
			expect(full.stderr).toBe(
				`${ORDER_LINE}\nCannot write to the output file stdout (${out}): the disk is full (no space left on the device); free some space. ${lines.length} items recorded over all runs (${lines.length} by this run) in ${cp}, and the output holds exactly their lines: run the same command again (into >> ${out}, not >) once fixed.\n`,
			);
			expect(recorded(cp)).toEqual({ handled: lines.length, offset: statSync(out).size });

			mounted.remount('size=1m');
			const rerun = await runInto(out, 'a', listArgs(local.endpoint, cp)).done;
			expect(rerun.status, rerun.stderr).toBe(0);
			expect(linesOf(out)).toEqual(arns());
		} finally {
			mounted.unmount();
		}
	});

	it('on a full disk holding the checkpoint too: exit 255, one line, and the output cut back to what the checkpoint records', async (context) => {
		const mounted = mountTmpfs('size=40k');
		if (typeof mounted === 'string') return context.skip(`needs a tmpfs mount: ${mounted}`);
		try {
			const [cp, out] = [join(mounted.dir, 'cp.json'), join(mounted.dir, 'out.jsonl')];
			const full = await runInto(out, 'w', listArgs(local.endpoint, cp)).done;
			expect(full.status).toBe(255);
			const lines = linesOf(out);
			expect(full.stderr).toMatch(new RegExp(`^${ORDER_LINE}\\nCannot write (the checkpoint ${cp}|to the output file stdout \\(${out}\\)): [^\\n]*the disk is full[^\\n]*\\n$`));
			if (existsSync(cp)) expect(recorded(cp)).toEqual({ handled: lines.length, offset: statSync(out).size });
			mounted.remount('size=1m');
			const rerun = await runInto(out, 'a', listArgs(local.endpoint, cp)).done;
			expect(rerun.status, rerun.stderr).toBe(0);
			expect(linesOf(out)).toEqual(arns());
		} finally {
			mounted.unmount();
		}
	});
});

describe('--checkpoint into a file, killed', () => {
	it('exits 130 on Ctrl-C with the totals, the checkpoint matching the file', async () => {
		const slow = await startLocalBedrock({ models: 200, seed: 13, faults: { latencyMs: 20 } });
		try {
			const dir = freshDir();
			const [cp, out] = [join(dir, 'cp.json'), join(dir, 'out.jsonl')];
			const args = [CLI, 'list-custom-models', '--endpoint-url', slow.endpoint, '--output', 'jsonl', '--page-size', '5', '--checkpoint', cp, '--output-file', out];
			const child = spawn('node', args, { env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			// Interrupted mid-listing: after some ten lines.
			while (!existsSync(out) || statSync(out).size < 4_000) await pause(5);
			child.kill('SIGINT');
			const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
			expect(status).toBe(130);
			const lines = linesOf(out);
			expect(lines).toEqual(slow.models().slice(0, lines.length).map((m) => m.modelArn));
			expect(stderr).toBe(`${ORDER_LINE}\nInterrupted: ${lines.length} items recorded over all runs (${lines.length} by this run) in ${cp}: run the same command again to continue.\n`);
			expect(recorded(cp)).toEqual({ handled: lines.length, offset: statSync(out).size });
		} finally {
			await slow.close();
		}
	});

});
