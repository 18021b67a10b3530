/**
 * `--checkpoint` output under SIGKILL: the built CLI, its stdout a file opened for appending, killed at random
 * moments (now and then with a torn line left behind) and run again until it completes.
 */
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalBedrock } from '../../src/local/index.js';
import { CLI } from '../support/built.js';
import { freshDir, linesOf, pause, runInto } from '../support/cli-output-files.js';
import { rounds } from '../support/thorough.js';

const KILLS = rounds(30);

describe('--checkpoint into a file, killed again and again', () => {
	it(`after ${KILLS} SIGKILLs at random moments and a last run, holds every model once, each line whole`, { timeout: 240_000 }, async () => {
		const slow = await startLocalBedrock({ models: 900, seed: 12, faults: { latencyMs: 15 } });
		try {
			const dir = freshDir();
			const [cp, out] = [join(dir, 'cp.json'), join(dir, 'out.jsonl')];
			const args = [CLI, 'list-custom-models', '--endpoint-url', slow.endpoint, '--output', 'jsonl', '--page-size', '5', '--checkpoint', cp];
			let midListing = 0;
			for (let kill = 0; kill < KILLS; kill++) {
				const sizeBefore = existsSync(out) ? statSync(out).size : 0;
				const { child, done } = runInto(out, 'a', args);
				let exited = false;
				void done.then(() => (exited = true));
				// Most kills land after the run has written some lines, a random while later; some during start-up.
				if (kill % 6 !== 5) {
					while (!exited && (existsSync(out) ? statSync(out).size : 0) === sizeBefore) await pause(5);
				}
				await pause(Math.random() * 120);
				if (exited) break;
				if (statSync(out).size > sizeBefore) midListing++;
				child.kill('SIGKILL');
				await done;
				// Now and then, what a write cut short by a crash leaves: the resume must cut it.
				if (kill % 5 === 4) appendFileSync(out, '{"modelArn": "arn:aws:bed');
			}
			expect(midListing).toBeGreaterThan(Math.floor(KILLS / 3));
			const last = await runInto(out, 'a', args).done;
			expect(last.status, last.stderr).toBe(0);
			expect(linesOf(out)).toEqual(slow.models().map((m) => m.modelArn));
		} finally {
			await slow.close();
		}
	});
});
