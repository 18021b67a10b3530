/**
 * Processes sharing one rate limit: jobs or machines listing under one account's limit know nothing of each
 * other, so each paces from its own throttles alone. Each process is a child of its own listing all custom
 * models of the endpoint (itself a process of its own) in pages of 20, ours with default options:
 *
 * (a) three of ours at once, under a token bucket of 20 requests/s (burst 20) with 20% of requests also
 *     throttled at random, 2,500 models (125 pages each);
 * (b) the same beside one unpaced competitor: a send() loop with the SDK's standard retries that asks again at
 *     once after each ThrottlingException; then, in rounds of their own, the AWS CLI (once, with its own
 *     retries) when python3 has it;
 * (c) one of ours, 5 requests/s (burst 5) and no random throttling, the limit raised to 50/s (burst 50, the
 *     bucket full again) 6 s in: how soon the pace follows.
 *
 * Ours are timed from the first start to the end of the last of ours, against the limit's time for every page
 * served meanwhile (competitors' included, as the endpoint counts them): the ratio compares whatever the page
 * count, and a competitor's own slow tail after ours ended is not ours (the initial burst can put it under 1).
 * Targets (issue "throttling shared with other processes"): (a) 0 failed, ratio <= 1.15, Jain >= 0.9 over the
 * three completion times; (b) ours 0 failed, ratio <= 1.25; (c) 1 s of successes >= 0.8 x 50 within 3 s.
 * About 100 s a round with today's pacing (the listings last as long as it makes them); for tighter figures:
 * npm run bench -- --only shared-limit --rounds 20
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { startEndpointProcess } from '../support/endpoint-process.js';
import { jain, runListers, type Lister, type ListerOutcome } from '../support/listers.js';
import { median, table } from '../support/stats.js';

const RATE = 20;
const MODELS = 2_500;
const SHARED = (seed: number) => ({ rateLimit: { requestsPerSecond: RATE, burst: RATE }, throttleProbability: 0.2, seed });
const OURS: Lister = { mode: 'ours' };
/** A competitor that never finishes must not hold up the benchmark. */
const COMPETITOR: Lister = { mode: 'unpaced', seconds: 120 };
const RAISE = { from: 5, to: 50, afterSeconds: 6, models: 15_000, capSeconds: 22 };

const epoch = () => performance.timeOrigin + performance.now();
const end = (outcome: ListerOutcome) => outcome.startedAt + outcome.seconds * 1000;
const awsCliMissing = spawnSync('python3', ['-m', 'awscli', '--version'], { encoding: 'utf8' }).status !== 0;

interface SharedRound {
	failed: number;
	errors: string[];
	seconds: number;
	idealSeconds: number;
	ratio: number;
	jain: number;
	requestsPerPage: number;
	competitor?: { finished: boolean; seconds: number; throttledAfterRetries: number };
	awsCli?: { finished: boolean; seconds: number; error?: string };
}

interface RaiseRound {
	/** Seconds after the change until 1 s of successes first reached 0.8 of the new limit; undefined: never. */
	toEightyPercent: number | undefined;
	/** Pages per second in seconds 3-6 after the change. */
	after3to6: number;
	/** Pages per second in seconds 1-6 of the listing, before the change. */
	before: number;
	failed: boolean;
}

/** The AWS CLI listing every model once, timed from its start (Python's start-up included). */
async function awsCli(endpoint: string) {
	const startedAt = epoch();
	const child = spawn('python3', ['-m', 'awscli', 'bedrock', 'list-custom-models', '--endpoint-url', endpoint, '--region', 'us-east-1', '--page-size', '20', '--query', 'length(modelSummaries)'], {
		env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret', AWS_EC2_METADATA_DISABLED: 'true' },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const [code] = await once(child, 'exit');
	const finished = code === 0;
	return { startedAt, endedAt: epoch(), finished, ...(finished ? {} : { error: stderr.trim().split('\n').at(-1) ?? `exit ${String(code)}` }) };
}

type Competitor = 'none' | 'send loop' | 'AWS CLI';

async function sharedRound(seed: number, competitor: Competitor): Promise<SharedRound> {
	const endpoint = await startEndpointProcess({ models: MODELS, seed, faults: SHARED(seed) });
	let cli: ReturnType<typeof awsCli> | undefined;
	// Pages served over time, to know how many were served by the moment the last of ours ended.
	const served: [at: number, pages: number][] = [];
	let polling = true;
	const poll = (async () => {
		while (polling) {
			const stats = await endpoint.stats();
			served.push([epoch(), stats.byStatus['200'] ?? 0]);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	})();
	const listers = competitor === 'send loop' ? [OURS, OURS, OURS, COMPETITOR] : [OURS, OURS, OURS];
	const outcomes = await runListers(endpoint.endpoint, listers, () => {
		if (competitor === 'AWS CLI') cli = awsCli(endpoint.endpoint);
	});
	const cliRun = await cli;
	polling = false;
	await poll;
	const stats = await endpoint.stats();
	await endpoint.stop();
	const ours = outcomes.filter((outcome) => outcome.mode === 'ours');
	const loop = outcomes.find((outcome) => outcome.mode === 'unpaced');
	const firstStart = Math.min(...outcomes.map((outcome) => outcome.startedAt), ...(cliRun ? [cliRun.startedAt] : []));
	const oursEnd = Math.max(...ours.map(end));
	const seconds = (oursEnd - firstStart) / 1000;
	// Ours are judged against the limit's time for every page served while they ran, the competitor's included.
	const pages = served.find(([at]) => at >= oursEnd)?.[1] ?? stats.byStatus['200'] ?? 0;
	const idealSeconds = pages / RATE;
	return {
		failed: ours.filter((outcome) => outcome.failed).length,
		errors: ours.flatMap((outcome) => (outcome.error === undefined ? [] : [outcome.error])),
		seconds,
		idealSeconds,
		ratio: seconds / idealSeconds,
		jain: jain(ours.map((outcome) => outcome.seconds)),
		requestsPerPage: stats.total / (stats.byStatus['200'] ?? 1),
		...(loop && { competitor: { finished: !loop.failed && !loop.capped, seconds: loop.seconds, throttledAfterRetries: loop.throttledAfterRetries } }),
		...(cliRun && { awsCli: { finished: cliRun.finished, seconds: (cliRun.endedAt - cliRun.startedAt) / 1000, ...(cliRun.error === undefined ? {} : { error: cliRun.error }) } }),
	};
}

async function raiseRound(seed: number): Promise<RaiseRound> {
	const endpoint = await startEndpointProcess({ models: RAISE.models, seed, faults: { rateLimit: { requestsPerSecond: RAISE.from, burst: RAISE.from } } });
	let changedAt = Number.POSITIVE_INFINITY;
	let timer: NodeJS.Timeout | undefined;
	const [outcome] = (await runListers(endpoint.endpoint, [{ mode: 'ours', seconds: RAISE.capSeconds }], () => {
		timer = setTimeout(() => {
			// From the moment the change is sent: the time to follow it includes the endpoint applying it.
			changedAt = epoch();
			void endpoint.setFaults({ rateLimit: { requestsPerSecond: RAISE.to, burst: RAISE.to } });
		}, RAISE.afterSeconds * 1000);
	})) as [ListerOutcome];
	clearTimeout(timer);
	await endpoint.stop();
	// Milliseconds of each page after the change (negative before it).
	const after = outcome.pageTimes.map((at) => outcome.startedAt + at - changedAt);
	const since = after.filter((at) => at >= 0);
	const reached = since.find((at) => since.filter((other) => other > at - 1000 && other <= at).length >= 0.8 * RAISE.to);
	return {
		toEightyPercent: reached === undefined ? undefined : reached / 1000,
		after3to6: since.filter((at) => at >= 3000 && at < 6000).length / 3,
		before: outcome.pageTimes.filter((at) => at >= 1000 && at < RAISE.afterSeconds * 1000).length / (RAISE.afterSeconds - 1),
		failed: outcome.failed,
	};
}

export async function sharedLimit(rounds: number) {
	const alone: SharedRound[] = [];
	const beside: SharedRound[] = [];
	const besideCli: SharedRound[] = [];
	const raised: RaiseRound[] = [];
	// SHARED_LIMIT_CASES=alone,loop,cli,raise runs only those cases (all by default).
	const cases = process.env.SHARED_LIMIT_CASES?.split(',') ?? ['alone', 'loop', 'cli', 'raise'];
	for (let round = 0; round < rounds; round++) {
		if (cases.includes('alone')) alone.push(await sharedRound(round + 1, 'none'));
		if (cases.includes('loop')) beside.push(await sharedRound(round + 1, 'send loop'));
		if (cases.includes('cli') && !awsCliMissing) besideCli.push(await sharedRound(round + 1, 'AWS CLI'));
		if (cases.includes('raise')) raised.push(await raiseRound(round + 1));
	}
	const summary = (name: string, list: SharedRound[], target: string) => [
		name,
		String(list.reduce((sum, r) => sum + r.failed, 0)),
		median(list.map((r) => r.seconds)).toFixed(1),
		median(list.map((r) => r.idealSeconds)).toFixed(1),
		median(list.map((r) => r.ratio)).toFixed(2),
		Math.max(...list.map((r) => r.ratio)).toFixed(2),
		Math.min(...list.map((r) => r.jain)).toFixed(3),
		median(list.map((r) => r.requestsPerPage)).toFixed(2),
		target,
	];
	const competitorRow = (name: string, runs: { finished: boolean; seconds: number; throttledAfterRetries?: number }[]) => [
		name,
		`${runs.filter((r) => r.finished).length} of ${runs.length}`,
		runs.length === 0 ? '' : median(runs.map((r) => r.seconds)).toFixed(1),
		runs.some((r) => r.throttledAfterRetries !== undefined) ? median(runs.map((r) => r.throttledAfterRetries ?? 0)).toFixed(0) : '',
	];
	const cliRuns = besideCli.flatMap((r) => (r.awsCli ? [r.awsCli] : []));
	const toEighty = raised.map((r) => r.toEightyPercent ?? Number.POSITIVE_INFINITY);
	const seconds = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : `not within ${RAISE.capSeconds - RAISE.afterSeconds}`);
	const errors = [...alone, ...beside, ...besideCli].flatMap((r) => r.errors);
	const markdown =
		table(
			['case (3 processes of ours, 20 req/s + 20% random 429s)', 'ours failed (all rounds)', 'seconds until ours all ended (median)', 'ideal = pages served by then / 20 (median)', 'ratio (median)', 'ratio (worst)', 'Jain of ours (min)', 'requests/page', 'target'],
			[
				...(alone.length > 0 ? [summary('(a) alone', alone, '0 failed, ratio <= 1.15, Jain >= 0.9')] : []),
				...(beside.length > 0 ? [summary('(b) beside a send() loop with the SDK\'s retries', beside, '0 failed, ratio <= 1.25')] : []),
				...(besideCli.length > 0 ? [summary('(b) beside the AWS CLI', besideCli, '0 failed, ratio <= 1.25')] : []),
			],
		) +
		`\n\nCompetitors in (b):\n\n${table(
			['competitor', 'finished', 'seconds (median)', 'ThrottlingExceptions past the SDK retries (median)'],
			[competitorRow('send() loop, SDK standard retries, asks again', beside.flatMap((r) => (r.competitor ? [r.competitor] : []))), ...(awsCliMissing ? [] : [competitorRow('AWS CLI (python3 -m awscli), once', cliRuns)])],
		)}` +
		(awsCliMissing ? '\n\n(AWS CLI not run: `python3 -m awscli --version` failed.)' : '') +
		(errors.length > 0 ? `\n\nOurs failed with: ${[...new Set(errors)].join('; ')}` : '') +
		(raised.length === 0 ? '' : `\n\n(c) One process, limit raised from ${RAISE.from}/s to ${RAISE.to}/s ${RAISE.afterSeconds} s in:\n\n${table(
			['seconds until 1 s of successes >= 0.8 x 50 (median)', 'worst', 'pages/s in seconds 3-6 after (median)', 'pages/s before (median)', 'failed', 'target'],
			[[seconds(median(toEighty)), seconds(Math.max(...toEighty)), median(raised.map((r) => r.after3to6)).toFixed(1), median(raised.map((r) => r.before)).toFixed(1), String(raised.filter((r) => r.failed).length), '<= 3 s']],
		)}`);
	return { title: `Processes sharing one rate limit (${rounds} rounds; a fresh endpoint process per round)`, markdown, data: { alone, beside, besideCli, raised } };
}
