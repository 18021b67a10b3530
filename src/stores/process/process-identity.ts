/**
 * What tells one process instance from another on Linux, where a pid alone does not: PID 1 of a restarted
 * container, a pid reused after its owner died or after a reboot. Read from /proc once per process; each
 * field is absent where it cannot be read (other systems, a /proc hidden by a sandbox).
 *
 * - `bootId`: changes at every boot of the kernel (`/proc/sys/kernel/random/boot_id`).
 * - `pidNamespace`: the pid namespace (`readlink /proc/self/ns/pid`); a restarted container gets a new one.
 * - `processStart`: the start time in clock ticks since boot (field 22 of `/proc/self/stat`), only when that
 *   file's pid is ours, that is when /proc shows our own pid namespace (in a namespace made without a /proc
 *   of its own, /proc/self is our pid in the parent namespace, and /proc/<pid> would be someone else).
 */
import { readFileSync, readlinkSync } from 'node:fs';

export interface ProcessIdentity {
	readonly pid: number;
	readonly bootId?: string | undefined;
	readonly pidNamespace?: string | undefined;
	readonly processStart?: string | undefined;
}

let current: ProcessIdentity | undefined;

/** This process's identity (cached: none of it changes while the process lives). */
export function currentIdentity(): ProcessIdentity {
	current ??= {
		pid: process.pid,
		bootId: attempt(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined),
		pidNamespace: attempt(() => readlinkSync('/proc/self/ns/pid')),
		processStart: attempt(() => {
			const stat = parseStat(readFileSync('/proc/self/stat', 'utf8'));
			return stat?.pid === process.pid ? stat.start : undefined;
		}),
	};
	return current;
}

/**
 * The start time of process `pid` as /proc shows it: `undefined` when it cannot be known (no /proc, or /proc
 * not of our pid namespace), `'gone'` when no such process exists.
 */
export function processStartOf(pid: number): string | 'gone' | undefined {
	if (currentIdentity().processStart === undefined) return undefined;
	try {
		const stat = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
		return stat?.pid === pid ? stat.start : undefined;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : undefined;
	}
}

/** An opaque string naming a process instance: equal for one process, different for another with its pid. */
export function instanceName(identity: ProcessIdentity): string {
	return [identity.bootId ?? '-', identity.pidNamespace ?? '-', identity.pid, identity.processStart ?? '-'].join('/');
}

/** Fields 1 and 22 of a /proc/<pid>/stat line. The command (field 2) may hold spaces and parentheses. */
function parseStat(text: string): { pid: number; start: string } | undefined {
	const close = text.lastIndexOf(')');
	const start = text.slice(close + 2).split(' ')[19];
	const pid = Number.parseInt(text, 10);
	return close < 0 || start === undefined || !/^\d+$/.test(start) ? undefined : { pid, start };
}

function attempt(read: () => string | undefined): string | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}
