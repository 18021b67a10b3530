/** Lock files written by hand, as other processes (or earlier incarnations of this one) would leave them. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Whether /proc tells boot id, pid namespace and start times here (Linux, /proc of our own namespace). */
export const procReadable = existsSync('/proc/self/ns/pid') && existsSync('/proc/sys/kernel/random/boot_id');

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
export function startTimeOf(pid: number | 'self'): string {
	const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return text.slice(text.lastIndexOf(')') + 2).split(' ')[19] as string;
}

/** This process as /proc describes it, read independently of the store's own code. */
export function ownIdentity() {
	return {
		pid: process.pid,
		hostname: hostname(),
		bootId: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
		pidNamespace: readlinkSync('/proc/self/ns/pid'),
		processStart: startTimeOf('self'),
	};
}

export interface LockFields {
	pid: number;
	hostname: string;
	nonce?: string;
	bootId?: string;
	pidNamespace?: string;
	processStart?: string;
}

/** Writes a lock file whose heartbeat (mtime) is `ageMs` old. */
export function writeLock(lockPath: string, fields: LockFields, ageMs = 0): void {
	const startedAt = new Date(Date.now() - ageMs - 1_000).toISOString();
	writeFileSync(lockPath, `${JSON.stringify({ startedAt, heartbeatAt: startedAt, nonce: 'left-by-hand', ...fields })}\n`);
	const at = new Date(Date.now() - ageMs);
	utimesSync(lockPath, at, at);
}

/** The lock file's content. */
export function readLockFile(lockPath: string): Record<string, unknown> {
	return JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, unknown>;
}

/** A pid that no process has: one that just exited. */
export const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

/** A process that lives until killed. */
export function livingProcess(): ChildProcess & { pid: number } {
	const child = spawn('sleep', ['300'], { stdio: 'ignore' });
	if (child.pid === undefined) throw new Error('Could not start `sleep`.');
	return child as ChildProcess & { pid: number };
}
