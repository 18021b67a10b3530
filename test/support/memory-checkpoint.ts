/** An in-memory checkpoint store for unit tests: records every state saved, round-tripped through JSON as a real store would. */
import type { CheckpointState, CheckpointStore } from '../../src/index.js';

export interface MemoryCheckpoint extends CheckpointStore {
	readonly saves: CheckpointState[];
	readonly current: CheckpointState | undefined;
	/** Replaces what load() returns, as if another program had written it. */
	set(raw: unknown): void;
}

export function memoryCheckpoint(): MemoryCheckpoint {
	let stored: string | undefined;
	const saves: CheckpointState[] = [];
	return {
		location: 'memory',
		saves,
		get current() {
			return stored === undefined ? undefined : (JSON.parse(stored) as CheckpointState);
		},
		set(raw) {
			stored = JSON.stringify(raw);
		},
		async load() {
			return stored === undefined ? undefined : JSON.parse(stored);
		},
		async save(state) {
			stored = JSON.stringify(state);
			saves.push(JSON.parse(stored) as CheckpointState);
		},
	};
}
