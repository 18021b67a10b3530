/**
 * Jobs on S3 and DynamoDB checkpoints as they are deployed, each run a process of its own against moto and the
 * local endpoint: SIGKILLed 30 times with models added and deleted, started twice at once on one checkpoint
 * (two machines), paused with SIGSTOP past its lease while another run takes over, and run in Lambda-sized
 * slices until complete.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBedrock, type LocalBedrock } from '../../src/local/index.js';
import { dynamoCheckpoint } from '../../src/stores/dynamodb/index.js';
import { s3Checkpoint } from '../../src/stores/s3/index.js';
import { countHandled, crashTest, expectBound, KILLS, MODELS, startJob, waitForKillMoment } from '../support/crash.js';
import { motoMissing, startMoto, type Moto } from '../support/moto.js';
import { rounds, THOROUGH } from '../support/thorough.js';

// Both stores in the slow checks; in `npm test` one each (the other store's own tests are in remote-stores.test.ts).
const CRASH_STORES = THOROUGH ? (['s3', 'dynamodb'] as const) : (['s3'] as const);
const SLICE_STORES = THOROUGH ? (['s3', 'dynamodb'] as const) : (['dynamodb'] as const);

const RACE = fileURLToPath(new URL('../support/race-job.mjs', import.meta.url));

if (motoMissing !== undefined) console.log(`Skipping the jobs on S3 and DynamoDB checkpoints: ${motoMissing}`);

let moto: Moto;
beforeAll(async () => {
	if (motoMissing === undefined) moto = await startMoto();
});
afterAll(() => moto?.stop());

/** A checkpoint spec for crash-job.mjs and a way to read what it counts. */
async function remote(kind: 's3' | 'dynamodb', key = 'jobs/audit.json') {
	if (kind === 's3') {
		const Bucket = await moto.bucket();
		const store = s3Checkpoint({ client: moto.s3(), Bucket, Key: key });
		return { spec: `s3://${Bucket}/${key}@${moto.endpoint}`, handled: async () => ((await store.load()) as { handled?: number } | undefined)?.handled ?? 0 };
	}
	const TableName = await moto.table();
	const store = dynamoCheckpoint({ client: moto.dynamodb(), TableName, key });
	return { spec: `dynamodb://${TableName}/${key}@${moto.endpoint}`, handled: async () => ((await store.load()) as { handled?: number } | undefined)?.handled ?? 0 };
}

/** A machine: a process that runs the job on each checkpoint it is told of (race-job.mjs). */
function machine(endpoint: string) {
	const child = spawn(process.execPath, [RACE, endpoint], { stdio: ['pipe', 'pipe', 'inherit'] });
	const waiting: ((result: { handled?: number; error?: string }) => void)[] = [];
	createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(JSON.parse(line) as { handled?: number; error?: string }));
	return {
		run(spec: string) {
			const result = new Promise<{ handled?: number; error?: string }>((resolve) => waiting.push(resolve));
			child.stdin.write(`${spec}\n`);
			return result;
		},
		stop: () => child.stdin.end(),
	};
}

const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((line) => line.startsWith('arn:')) : []);

describe.skipIf(motoMissing !== undefined)('remote checkpoints under SIGKILL', () => {
	it.each(CRASH_STORES)(`%s: ${KILLS} kills over ${MODELS.toLocaleString('en-US')} models with churn, nothing lost, the bound holds`, async (kind) => {
		expectBound(await crashTest({ concurrency: 1, change: true, maxDelay: 0, seed: kind === 's3' ? 51 : 53, store: await remote(kind) }), 1);
	}, 240_000);
});

describe.skipIf(motoMissing !== undefined)('two machines on one S3 checkpoint', () => {
	const ROUNDS = rounds(50);
	it(`started together ${ROUNDS} times: exactly one runs each time, the other fails at once naming its owner`, async () => {
		const local = await startLocalBedrock({ models: 10, seed: 61 });
		// Two long-lived processes, the machines, each told at the same moment to run the job on a new checkpoint.
		const machines = [0, 1].map(() => machine(local.endpoint));
		try {
			// A first job each, on checkpoints of their own: a cold process (modules, the S3 client, first connections)
			// could start so late that the other had already finished, and nothing would be tested.
			await Promise.all(machines.map(async (one, index) => one.run((await remote('s3', `jobs/warm-up-${index}.json`)).spec)));
			const outcomes: string[] = [];
			for (let round = 0; round < ROUNDS; round++) {
				const { spec } = await remote('s3', `jobs/round-${round}.json`);
				const results = await Promise.all(machines.map((one) => one.run(spec)));
				const ran = results.filter((result) => (result.handled ?? 0) > 0);
				const refused = results.filter((result) => /^CheckpointLockedError: The checkpoint s3:\/\/\S+ is held by another run/.test(result.error ?? ''));
				outcomes.push(ran.length === 1 && refused.length === 1 ? 'one ran' : JSON.stringify(results));
			}
			expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => 'one ran'));
		} finally {
			for (const one of machines) one.stop();
			await local.close();
		}
	}, 120_000);

	it('a run paused with SIGSTOP past its lease is fenced when it wakes: it handles nothing more, and the one that took over completes', async () => {
		const local = await startLocalBedrock({ models: 300, seed: 67 });
		const dir = mkdtempSync(join(tmpdir(), 'sigstop-'));
		const [outputA, outputB] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
		try {
			const { spec, handled: savedHandled } = await remote('s3');
			const env = { LEASE_MS: '1000' };
			const a = startJob(local.endpoint, spec, outputA, 2, -20, env);
			await waitForKillMoment(a, outputA, 20, 10_000);
			a.child.kill('SIGSTOP');
			await new Promise((resolve) => setTimeout(resolve, 100));
			const paused = lines(outputA).length;
			const unsavedAtPause = paused - (await savedHandled());
			await new Promise((resolve) => setTimeout(resolve, 1_500));
			const b = startJob(local.endpoint, spec, outputB, 2, -20, env);
			await waitForKillMoment(b, outputB, 10, 10_000);
			a.child.kill('SIGCONT');
			const [endA, endB] = await Promise.all([a.exited, b.exited]);
			expect(endA.code).toBe(1);
			expect(endA.stderr).toMatch(/^CheckpointLockedError: Another run owns the checkpoint s3:\/\//);
			// At most the two models whose handlers were running when it was paused.
			expect(lines(outputA).length - paused).toBeLessThanOrEqual(2);
			expect(JSON.parse(endB.stdout)).toMatchObject({ complete: true });
			const handled = [...lines(outputA), ...lines(outputB)];
			expect(new Set(handled)).toEqual(new Set(local.models().map((model) => model.modelArn)));
			// Repeated: what A had handled and not saved when it was paused, and the two it finished on waking.
			expect(handled.length - new Set(handled).size).toBeLessThanOrEqual(unsavedAtPause + 2);
		} finally {
			await local.close();
		}
	}, 60_000);
});

describe.skipIf(motoMissing !== undefined)('a Lambda-style job in slices', () => {
	it.each(SLICE_STORES)('%s: slices of 1.5 s, each a fresh process, until complete, every model once', async (kind) => {
		const local = await startLocalBedrock({ models: 400, seed: 71 });
		const dir = mkdtempSync(join(tmpdir(), 'slices-'));
		const output = join(dir, 'handled.txt');
		try {
			const { spec } = await remote(kind);
			const slices: { stoppedBy: string; handled: number }[] = [];
			for (let slice = 0; slice < 20 && slices.at(-1)?.stoppedBy !== 'complete'; slice++) {
				const started = performance.now();
				const run = await startJob(local.endpoint, spec, output, 4, -30, { MAX_DURATION: '1500' }).exited;
				expect(run.stderr).toBe('');
				slices.push(JSON.parse(run.stdout) as { stoppedBy: string; handled: number });
				expect(performance.now() - started).toBeLessThan(1_500 + 5_000 + 2_000);
			}
			expect(slices.length).toBeGreaterThan(2);
			expect(slices.slice(0, -1).every((slice) => slice.stoppedBy === 'maxDuration')).toBe(true);
			expect(slices.at(-1)?.stoppedBy).toBe('complete');
			expect(new Set(lines(output))).toEqual(new Set(local.models().map((model) => model.modelArn)));
			expect(countHandled(output) - local.models().length).toBeLessThanOrEqual(slices.length * 4);
		} finally {
			await local.close();
		}
	}, 120_000);
});
