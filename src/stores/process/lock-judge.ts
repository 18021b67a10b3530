/**
 * Whether another run's lock still stands. A lock names a process instance (pid, host, boot, pid namespace,
 * start time), not just a pid, so that PID 1 of a restarted container, or a pid reused after its owner
 * died, does not pass for the owner. The rules, first match wins:
 *
 * 1. Unreadable, another hostname, or the same hostname with another boot id (the host rebooted, or another
 *    machine has its name): only the heartbeat tells; stale after `staleMs` of silence.
 * 2. Same hostname and boot, another pid namespace: an earlier incarnation of this container (a restarted
 *    container gets a new pid namespace, keeps its hostname): dead, taken over at once.
 * 3. Same namespace (or not known on both sides), our pid: another run of this process if this process
 *    holds that lock now (see held-locks.ts); otherwise left by an earlier process with our pid: dead.
 * 4. Another pid: dead when no such process exists, or when the lock recorded a start time and the process
 *    with that pid started at another time (the pid was reused); else alive while its heartbeat is fresh.
 *
 * Assumption behind rule 2: processes that share one checkpoint volume from different pid namespaces have
 * different hostnames. Docker, Kubernetes and ECS give each container its own by default; a container run
 * with the host's hostname (`--network host`, `--uts host`, an explicit `--hostname`) or several sandboxes
 * (bubblewrap, `unshare --pid`) on one host must not share a checkpoint. Across machines, use a lease store.
 * A field unknown on either side (other systems, locks of older versions) is not compared.
 */
import { hostname } from 'node:os';
import { isHeldHere } from './held-locks.js';
import { currentIdentity, processStartOf, type ProcessIdentity } from './process-identity.js';

/** A lock or lease as judged: who took it (when it can be read), and when it was last renewed. */
export interface JudgedLock {
	readonly content: (ProcessIdentity & { readonly hostname: string; readonly nonce: string }) | undefined;
	readonly mtimeMs: number;
}

export interface Judgement {
	/** `true`: leave it alone; `false`: take it over. */
	readonly live: boolean;
	/** Why, in words for an error message. */
	readonly reason: string;
}

export function judgeLock(lock: JudgedLock, staleMs: number, now = Date.now()): Judgement {
	const owner = lock.content;
	const self = currentIdentity();
	const fresh = now - lock.mtimeMs <= staleMs;
	const byHeartbeat = (why: string): Judgement => ({ live: fresh, reason: `${why}, so only its heartbeat tells whether it lives` });
	if (owner === undefined) return byHeartbeat('Its lock file cannot be read as a lock');
	if (owner.hostname !== hostname()) return byHeartbeat('It runs on another host');
	if (differ(owner.bootId, self.bootId)) return byHeartbeat('It was taken under another boot of this host (or on another machine of the same name)');
	if (differ(owner.pidNamespace, self.pidNamespace)) return { live: false, reason: 'It was taken in another pid namespace on this host and boot: an earlier run of this container' };
	if (owner.pid === self.pid) {
		return isHeldHere(owner.nonce)
			? { live: true, reason: 'It is another run in this very process' }
			: { live: false, reason: 'It names this process, which does not hold it: an earlier process with the same pid left it' };
	}
	if (!isAlive(owner.pid)) return { live: false, reason: `Process ${owner.pid} is gone` };
	if (owner.processStart !== undefined) {
		const start = processStartOf(owner.pid);
		if (start === 'gone') return { live: false, reason: `Process ${owner.pid} is gone` };
		if (start !== undefined && start !== owner.processStart) return { live: false, reason: `Pid ${owner.pid} now belongs to another process` };
	}
	return { live: fresh, reason: fresh ? `Process ${owner.pid} is alive on this host` : `Process ${owner.pid} is alive but its heartbeat stopped` };
}

/** Two fields that are both known and not equal. */
function differ(a: string | undefined, b: string | undefined): boolean {
	return a !== undefined && b !== undefined && a !== b;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
