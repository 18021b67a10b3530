/**
 * What a listing keeps alive: a page the caller has let go of belongs to the collector, also while the next
 * page is on its way (a page kept that long survives the collections made while the next one is read, and
 * costs each of them a copy of it).
 */
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paginateListCustomModels, type CustomModelsPage } from '../src/index.js';
import { catalogue, scriptedService, type ScriptedService } from './support/scripted-service.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A scripted service whose answers after the first wait until `answer()` is called. */
function heldService(): ScriptedService & { answer(): void } {
	const service = scriptedService(catalogue(12), 3);
	let answer = () => {};
	const answered = new Promise<void>((resolve) => (answer = resolve));
	return {
		...service,
		answer,
		async send(command, options) {
			if (service.requests.length > 0) await answered;
			return service.send(command, options);
		},
	};
}

/** The next page, held only weakly, so that nothing here keeps it alive. */
async function nextPageWeakly(pages: AsyncGenerator<CustomModelsPage, void>): Promise<WeakRef<CustomModelsPage>> {
	const result = await pages.next();
	if (result.done === true) throw new Error('expected a page');
	return new WeakRef(result.value);
}

/** Which of `targets` a full collection leaves (a WeakRef holds its target until the current job ends). */
async function survivors(targets: Record<string, WeakRef<object>>): Promise<string[]> {
	await nextMacrotask();
	collectGarbage();
	return Object.keys(targets).filter((name) => targets[name]?.deref() !== undefined);
}

describe('a page the caller has let go of', () => {
	for (const readAhead of [0, 1]) {
		it(`is not kept while the next page is on its way (readAhead ${readAhead})`, async () => {
			const service = heldService();
			const pages = paginateListCustomModels(service, {}, {}, { retry: false, pacing: false, telemetry: false, readAhead });
			const first = await nextPageWeakly(pages);
			const second = pages.next(); // waits for the service
			const control = new WeakRef({ dropped: true });
			expect(await survivors({ first, control })).toEqual([]);
			service.answer();
			expect((await second).done).toBe(false);
			await pages.return();
		});
	}
});
