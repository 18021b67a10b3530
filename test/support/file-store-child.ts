// One call of the file checkpoint store in a process of its own (run as another user by the disk tests),
// printing what it resolved to or the error it rejected with, as JSON.
// Usage: node --import tsx file-store-child.ts <load|save|lock|append> <checkpoint>
import { CheckpointError } from '../../src/errors/checkpoint-errors.js';
import type { CheckpointState } from '../../src/jobs/checkpoint-state.js';
import { fileCheckpoint } from '../../src/stores/file/file-checkpoint.js';

const [action, path = ''] = process.argv.slice(2);
const store = fileCheckpoint(path);
try {
	if (action === 'load') await store.load();
	else if (action === 'save') await store.save({ format: 'child' } as unknown as CheckpointState);
	else if (action === 'lock') await (await store.lock(() => {})).release();
	else if (action === 'append') await store.failureLog.append(0, []);
	else throw new Error(`Unknown action ${String(action)}.`);
	process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
	const { name, message, code, path: refused, location } = error as CheckpointError & { code?: string; path?: string };
	process.stdout.write(JSON.stringify({ name, message, code, path: refused, location, typed: error instanceof CheckpointError }));
}
