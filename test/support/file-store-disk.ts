/** Real disks for the file store's tests: a small tmpfs to fill or make read-only, and a process without root. */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './built.js';

const CHILD = fileURLToPath(new URL('./file-store-child.ts', import.meta.url));
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

const succeeds = (command: string, args: readonly string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Why a tmpfs cannot be mounted here, or `undefined` when it can. */
export function tmpfsUnavailable(): string | undefined {
	if (process.getuid?.() !== 0) return 'not root: mounting a tmpfs needs root';
	const probe = mkdtempSync(join(tmpdir(), 'bedrock-paginators-probe-'));
	try {
		if (!succeeds('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe])) return '`mount -t tmpfs` failed (no CAP_SYS_ADMIN?)';
		succeeds('umount', [probe]);
		return undefined;
	} finally {
		rmdirSync(probe);
	}
}

/** Why a process cannot be run as user 65534 here, or `undefined` when it can. */
export function nobodyUnavailable(): string | undefined {
	if (process.getuid?.() !== 0) return 'not root: dropping to another user needs root';
	return succeeds('setpriv', [...NOBODY, 'true']) ? undefined : '`setpriv --reuid=65534` failed';
}

/** Whether `chattr +i` works on files under `dir`. */
export function chattrWorks(dir: string): boolean {
	const probe = join(dir, '.chattr-probe');
	closeSync(openSync(probe, 'w'));
	const works = succeeds('chattr', ['+i', probe]);
	succeeds('chattr', ['-i', probe]);
	execFileSync('rm', ['-f', probe]);
	return works;
}

/** A fresh directory with a tmpfs of `size` mounted on it. */
export function mountTmpfs(size: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'bedrock-paginators-tmpfs-'));
	execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
	return dir;
}

export function unmount(dir: string): void {
	if (!succeeds('umount', [dir])) succeeds('umount', ['-l', dir]);
	rmdirSync(dir);
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
	execFileSync('mount', ['-o', `remount,${mode}`, dir]);
}

/** Fills the file system of `dir` with a file named `filler`, to the last byte it takes. */
export function fill(dir: string): void {
	const fd = openSync(join(dir, 'filler'), 'w');
	try {
		for (const size of [65_536, 4_096, 1]) {
			const chunk = Buffer.alloc(size, 0x2e);
			try {
				for (;;) writeSync(fd, chunk);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
			}
		}
	} finally {
		closeSync(fd);
	}
}

/** What `action` on the checkpoint at `path` gives in a process running as user 65534 (nobody). */
export function asNobody(action: 'load' | 'save' | 'lock' | 'append', path: string): Record<string, unknown> {
	const run = spawnSync('setpriv', [...NOBODY, process.execPath, '--import', 'tsx', CHILD, action, path], { cwd: ROOT, encoding: 'utf8' });
	if (run.status !== 0 || run.stdout === '') throw new Error(`The child as user 65534 failed (${String(run.status)}): ${run.stderr}`);
	return JSON.parse(run.stdout) as Record<string, unknown>;
}
