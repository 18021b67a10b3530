/**
 * `path.resolve(path)` for POSIX paths, in plain code: `fileCheckpoint()` is in the root entry and returns its
 * store at once, with `store.path`, so it cannot wait for `node:path`, and the root entry imports no Node
 * built-in. The current directory is read only for a relative path.
 */
export function absolutePath(path: string, currentDirectory: () => string = () => process.cwd()): string {
	const parts: string[] = [];
	for (const part of (path.startsWith('/') ? path : `${currentDirectory()}/${path}`).split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '' && part !== '.') parts.push(part);
	}
	return `/${parts.join('/')}`;
}
