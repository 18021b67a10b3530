/** The two ways a lease refuses a run: another run holds it, or this run's lease was taken over (fenced). */
import { CheckpointLockedError } from '../../errors/checkpoint-errors.js';
import type { Lease } from './lease-document.js';

/** Another run's live lease, named with its owner and expiry. */
export function lockedError(location: string, lease: Lease): CheckpointLockedError {
	return new CheckpointLockedError(
		location,
		`The checkpoint ${location} is held by another run (${lease.owner}, process ${lease.pid} on ${lease.hostname}, since ${lease.takenAt}); its lease expires at ${lease.expiresAt}. ` +
			'Two runs on one checkpoint would interleave it: wait for that run to end, or for its lease to expire if it was killed.',
		{ pid: lease.pid, hostname: lease.hostname, startedAt: lease.takenAt, heartbeatAt: lease.renewedAt, instance: lease.owner, expiresAt: lease.expiresAt },
	);
}

/** A write refused because the document is no longer the version this run wrote. */
export function fencedError(location: string, cause?: unknown): CheckpointLockedError {
	const error = new CheckpointLockedError(
		location,
		`Another run owns the checkpoint ${location} now (this run's lease was taken over or ran out), so this run stopped without writing it again; the other run carries on from there.`,
		undefined,
	);
	if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
	return error;
}
