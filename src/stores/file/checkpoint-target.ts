/**
 * Where a checkpoint path really leads. A checkpoint path may be a symbolic link (to a persistent volume, say),
 * even one whose target does not exist yet: the state is written where the link points, and the link stays a
 * link (renaming over the link itself would replace it with a regular file). The lock and the failures file
 * go beside the target too, so that two links to one checkpoint share one lock.
 */
import { lstat, readlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Links followed at most, as Linux's own limit (`MAXSYMLINKS`). */
const MAX_HOPS = 40;

/**
 * The file `path` designates once every link of the chain is followed (relative targets against their
 * link's directory): an existing file, or the name a file would be created under. Only the last component
 * is followed; links among the directories are left to the system. Throws an `ELOOP` error past 40 links.
 */
export async function resolveCheckpointTarget(path: string): Promise<string> {
	let current = resolve(path);
	for (let hops = 0; hops <= MAX_HOPS; hops++) {
		let isLink: boolean;
		try {
			isLink = (await lstat(current)).isSymbolicLink();
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
			throw error;
		}
		if (!isLink) return current;
		current = resolve(dirname(current), await readlink(current));
	}
	throw Object.assign(new Error(`ELOOP: too many symbolic links, lstat '${path}'`), { code: 'ELOOP', path: resolve(path), syscall: 'lstat' });
}
