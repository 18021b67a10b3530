/**
 * Listers in processes of their own (lister-child.ts), started together: the shared-limit benchmark and test
 * run several "processes of ours", and an unpaced competitor, against one endpoint's rate limit.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./lister-child.ts', import.meta.url));

export type ListerMode = 'ours' | 'unpaced';

export interface ListerOutcome {
	mode: ListerMode;
	/** Pages received. */
	pages: number;
	/** From `go` to the end of the listing (or its failure). */
	seconds: number;
	/** Epoch milliseconds at `go`, comparable across the processes of one machine. */
	startedAt: number;
	/** Threw before listing everything; `error` says with what. */
	failed: boolean;
	error?: string;
	/** Stopped by its time limit. */
	capped: boolean;
	/** Requests sent, retries included (ours: as of its last page). */
	requests: number;
	/** The unpaced loop's ThrottlingExceptions that outlasted the SDK's retries (it asked again each time). */
	throttledAfterRetries: number;
	/** Milliseconds from `go` at which each page arrived. */
	pageTimes: number[];
	/** Every ARN listed, in order, when asked for. */
	arns?: string[];
}

export interface Lister {
	mode: ListerMode;
	/** Stops the listing after this many seconds. @default no limit */
	seconds?: number;
	/** Report every ARN listed. @default false */
	arns?: boolean;
}

/**
 * Starts the listers, waits until every one has loaded, starts them at once (calling `started` then) and
 * resolves with their outcomes, in order.
 */
export async function runListers(endpoint: string, listers: readonly Lister[], started?: () => void): Promise<ListerOutcome[]> {
	const children = listers.map(({ mode, seconds = 0, arns = false }) => {
		const child = spawn(process.execPath, ['--import', 'tsx', CHILD, endpoint, mode, String(seconds), ...(arns ? ['arns'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const ready = new Promise<void>((resolve, reject) => {
			child.stdout.on('data', () => output.startsWith('ready\n') && resolve());
			child.once('exit', (code) => reject(new Error(`A ${mode} lister exited with ${String(code)} before it was ready.`)));
		});
		const outcome = once(child, 'exit').then(([code]) => {
			const line = output.split('\n').find((text) => text.startsWith('{'));
			if (line === undefined) throw new Error(`A ${mode} lister exited with ${String(code)} and no outcome.`);
			return JSON.parse(line) as ListerOutcome;
		});
		return { child, ready, outcome };
	});
	try {
		await Promise.all(children.map(({ ready }) => ready));
	} catch (error) {
		for (const { child, outcome } of children) {
			child.kill();
			outcome.catch(() => {});
		}
		throw error;
	}
	for (const { child } of children) child.stdin.end('go\n');
	started?.();
	return Promise.all(children.map(({ outcome }) => outcome));
}

/** Jain's fairness index: 1 when every value is equal, 1/n when one value takes all. */
export const jain = (values: readonly number[]): number =>
	values.reduce((a, b) => a + b, 0) ** 2 / (values.length * values.reduce((a, b) => a + b * b, 0));
