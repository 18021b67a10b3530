/**
 * A redrive (`redrive: true`): handles again exactly the items whose failures the checkpoint holds, as they
 * were listed, without listing. Those that succeed are resolved (they leave the failures); those that fail
 * again are recorded with one more attempt. The listing's own progress is left as it is.
 */
import type { CheckpointState } from './checkpoint-state.js';
import { reviveItem } from './failures.js';
import { JobRun } from './job-run.js';
import type { RunSetup } from './run-setup.js';

export class RedriveRun extends JobRun {
	#total = 0;
	#tried = 0;

	constructor(readonly redrive: RunSetup & { readonly previous: CheckpointState }) {
		super(redrive);
	}

	protected get mode() {
		return 'redrive' as const;
	}

	/** Handles each open failure once, in the order they first failed. */
	async redriveAll(): Promise<void> {
		const open = this.failures.open();
		this.#total = open.length;
		for (const record of open) {
			const started = await this.start({
				id: record.id.startsWith('#') ? undefined : record.id,
				failureId: record.id,
				item: reviveItem(record),
				attempt: record.attempts + 1,
				onDone: (outcome) => {
					if (outcome === 'handled') this.failures.resolved(record.id, record.attempts + 1);
				},
			});
			if (!started) return;
			this.#tried++;
		}
	}

	protected override expectedItems(): number | undefined {
		const { maxItems } = this.setup.job;
		const total = this.#total > 0 ? this.#total : this.failures.openCount;
		return maxItems === undefined ? total : Math.min(maxItems, total);
	}

	protected isComplete(): boolean {
		return this.redrive.previous.complete;
	}

	protected finishedWork(): boolean {
		return this.#tried === this.#total && this.pool.inFlight === 0 && this.stop.current === undefined;
	}

	protected resumeToken(): string | undefined {
		return this.redrive.previous.NextToken ?? undefined;
	}

	protected state(failures: CheckpointState['failures']): CheckpointState {
		const { previous, jobId } = this.redrive;
		return {
			...previous,
			service: this.serviceIdentity(undefined),
			jobId,
			handled: previous.handled,
			failures,
			runs: previous.runs + 1,
			updatedAt: new Date().toISOString(),
		};
	}
}
