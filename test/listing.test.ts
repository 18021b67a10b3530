/** The page iterator as callers drive it: the async generator protocol, read-ahead, and what an abort leaves. */
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { encodeToken, isAbortError, iterateListCustomModels, paginateListCustomModels, type CustomModelsPage, type PaginateOptions } from '../src/index.js';
import { catalogue, collect, names, scriptedService, tokenJson, type ScriptedService } from './support/scripted-service.js';

const pageNames = (pages: CustomModelsPage[]) => pages.map((page) => names(page.modelSummaries));

/** A scripted service that also counts the responses it has handed back. */
function countingService(size: number, servicePageSize = 3): ScriptedService & { readonly answered: number } {
	const service = scriptedService(catalogue(size), servicePageSize);
	let answered = 0;
	return {
		requests: service.requests,
		signals: service.signals,
		get answered() {
			return answered;
		},
		async send(command, options) {
			const output = await service.send(command, options);
			answered++;
			return output;
		},
	};
}

/** Lets every response already handed back reach the listing (macrotasks run after all pending microtasks). */
async function untilAnswered(service: { readonly answered: number }, count: number): Promise<void> {
	for (let turn = 0; service.answered < count && turn < 100; turn++) await nextMacrotask();
	await nextMacrotask();
	expect(service.answered).toBe(count);
}

const pageOptions = (signal: AbortSignal, more: PaginateOptions = {}): PaginateOptions => ({ signal, retry: false, pacing: false, telemetry: false, ...more });

describe('the page iterator as an async generator', () => {
	it('is its own async iterator', () => {
		const pages = paginateListCustomModels(scriptedService(catalogue(3)));
		expect(pages[Symbol.asyncIterator]()).toBe(pages);
	});

	it('serves next() calls made together in order, one request each, with each token of the page before', async () => {
		const service = scriptedService(catalogue(7));
		const pages = paginateListCustomModels(service, {}, {}, { readAhead: 0 });
		const results = await Promise.all([pages.next(), pages.next(), pages.next(), pages.next()]);
		expect(results.map((result) => (result.done === true ? 'done' : names(result.value.modelSummaries).join(',')))).toEqual(['m1,m2,m3', 'm4,m5,m6', 'm7', 'done']);
		expect(service.requests).toEqual([{}, { nextToken: 'tok-3' }, { nextToken: 'tok-6' }]);
	});

	it('return() before the first next() sends nothing, and the listing stays done', async () => {
		const service = scriptedService(catalogue(3));
		const pages = paginateListCustomModels(service);
		expect(await pages.return()).toEqual({ done: true, value: undefined });
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests).toHaveLength(0);
	});

	it('return() after a page aborts the page read ahead and sends nothing more', async () => {
		const service = scriptedService(catalogue(30));
		const pages = paginateListCustomModels(service, {}, {}, { readAhead: 3 });
		await pages.next();
		expect(await pages.return()).toEqual({ done: true, value: undefined });
		const sent = service.requests.length;
		expect(sent).toBeLessThanOrEqual(4);
		expect(service.signals.every((signal) => signal?.aborted === true)).toBe(true);
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests).toHaveLength(sent);
	});

	it('return() during a pending next() lets that page through, then ends', async () => {
		const service = scriptedService(catalogue(9));
		const pages = paginateListCustomModels(service, {}, {}, { readAhead: 0 });
		const [first, ended] = await Promise.all([pages.next(), pages.return()]);
		expect(first.done === false && names(first.value.modelSummaries)).toEqual(['m1', 'm2', 'm3']);
		expect(ended).toEqual({ done: true, value: undefined });
		expect(service.requests).toHaveLength(1);
	});

	it('throw() rejects with the error given, ends the listing and aborts what was read ahead', async () => {
		const service = scriptedService(catalogue(9));
		const pages = paginateListCustomModels(service);
		await pages.next();
		const reason = new Error('caller gave up');
		await expect(pages.throw(reason)).rejects.toBe(reason);
		expect(service.signals.every((signal) => signal?.aborted === true)).toBe(true);
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests.length).toBeLessThanOrEqual(2);
	});

	it('throw() before the first next() rejects and sends nothing', async () => {
		const service = scriptedService(catalogue(3));
		const pages = paginateListCustomModels(service);
		await expect(pages.throw(new Error('no'))).rejects.toThrow('no');
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests).toHaveLength(0);
	});

	it('after a failed page, next() is done and sends nothing more', async () => {
		const denied = Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
		const service = scriptedService(catalogue(9), 3, new Map([[2, denied]]));
		const pages = paginateListCustomModels(service, {}, {}, { readAhead: 2 });
		await pages.next();
		await expect(pages.next()).rejects.toMatchObject({ name: 'AccessDeniedException', NextToken: encodeToken({ serviceToken: 'tok-3', skip: 0 }) });
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests.length).toBeLessThanOrEqual(3);
	});

	it('keeps readAhead pages requested beyond the one handed out, and never one past MaxItems', async () => {
		const service = countingService(30);
		const pages = paginateListCustomModels(service, {}, { MaxItems: 12 }, { readAhead: 2 });
		await pages.next();
		await untilAnswered(service, 3);
		expect(service.requests.map((request) => request.nextToken)).toEqual([undefined, 'tok-3', 'tok-6']);
		expect(pageNames(await collect(pages))).toEqual([['m4', 'm5', 'm6'], ['m7', 'm8', 'm9'], ['m10', 'm11', 'm12']]);
		expect(service.requests).toHaveLength(4);
	});

	it('ends the listing with the error onPage rejects with, and hands out no page', async () => {
		const service = scriptedService(catalogue(6));
		const pages = paginateListCustomModels(service, {}, {}, { onPage: async () => Promise.reject(new Error('disk full')) });
		await expect(pages.next()).rejects.toThrow('disk full');
		expect(await pages.next()).toEqual({ done: true, value: undefined });
	});
});

describe('after an abort, no page is handed out', () => {
	it('drops a page already read ahead: next() rejects with an AbortError resuming right after the last page handed out', async () => {
		const controller = new AbortController();
		const service = countingService(10);
		const pages = paginateListCustomModels(service, {}, {}, pageOptions(controller.signal));
		const first = await pages.next();
		await untilAnswered(service, 2); // the second page is held, read ahead
		controller.abort(new Error('deploy'));
		const error = await pages.next().catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect((error as Error).cause).toEqual(new Error('deploy'));
		const token = (error as { NextToken?: string }).NextToken;
		expect(token).toBe(first.done === false ? first.value.NextToken : 'no first page');
		expect(tokenJson(token)).toBe('{"nextToken": "tok-3"}');
		expect(await pages.next()).toEqual({ done: true, value: undefined });
		expect(service.requests).toHaveLength(2);
		const rest = await collect(paginateListCustomModels(scriptedService(catalogue(10)), {}, { StartingToken: token }));
		expect([...names(first.done === false ? first.value.modelSummaries : []), ...pageNames(rest).flat()]).toEqual(names(catalogue(10)));
	});

	it('drops every page of a deeper read-ahead and sends nothing after the abort', async () => {
		const controller = new AbortController();
		const service = countingService(30);
		const pages = paginateListCustomModels(service, {}, {}, pageOptions(controller.signal, { readAhead: 3 }));
		await pages.next();
		await pages.next();
		await untilAnswered(service, 5);
		controller.abort();
		const error = await pages.next().catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect(tokenJson((error as { NextToken?: string }).NextToken)).toBe('{"nextToken": "tok-6"}');
		expect(service.requests).toHaveLength(5);
	});

	it('drops a page that MaxItems cuts mid-page, and the token resumes exactly after the last page handed out', async () => {
		const controller = new AbortController();
		const service = countingService(10);
		const pages = paginateListCustomModels(service, {}, { MaxItems: 5 }, pageOptions(controller.signal));
		const first = await pages.next();
		await untilAnswered(service, 2); // holds m4, m5: the page MaxItems cuts
		controller.abort();
		const token = await pages.next().then(
			() => 'a page after the abort',
			(error: unknown) => (error as { NextToken?: string }).NextToken,
		);
		expect(tokenJson(token)).toBe('{"nextToken": "tok-3"}');
		const rest = await collect(paginateListCustomModels(scriptedService(catalogue(10)), {}, { MaxItems: 2, StartingToken: token }));
		expect([...names(first.done === false ? first.value.modelSummaries : []), ...pageNames(rest).flat()]).toEqual(names(catalogue(5)));
	});

	it('resumed from a token inside a page, drops the page read ahead and resumes after the cut page handed out', async () => {
		const service = scriptedService(catalogue(12));
		const before = await collect(paginateListCustomModels(service, {}, { MaxItems: 4 }));
		const cut = before.at(-1);
		expect(tokenJson(cut?.NextToken)).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 1}');
		const controller = new AbortController();
		const resumedService = countingService(12);
		const pages = paginateListCustomModels(resumedService, {}, { StartingToken: cut?.NextToken }, pageOptions(controller.signal));
		const second = await pages.next();
		expect(second.done === false && names(second.value.modelSummaries)).toEqual(['m5', 'm6']);
		await untilAnswered(resumedService, 2);
		controller.abort();
		const token = await pages.next().then(
			() => 'a page after the abort',
			(error: unknown) => (error as { NextToken?: string }).NextToken,
		);
		expect(tokenJson(token)).toBe('{"nextToken": "tok-6"}');
		const rest = await collect(paginateListCustomModels(scriptedService(catalogue(12)), {}, { StartingToken: token }));
		const seen = [...pageNames(before).flat(), ...names(second.done === false ? second.value.modelSummaries : []), ...pageNames(rest).flat()];
		expect(seen).toEqual(names(catalogue(12)));
	});

	it('before any page is handed out, the token is the starting token', async () => {
		const start = encodeToken({ serviceToken: 'tok-3', skip: 1 });
		const pages = paginateListCustomModels(scriptedService(catalogue(9)), {}, { StartingToken: start }, pageOptions(AbortSignal.abort()));
		await expect(pages.next()).rejects.toMatchObject({ name: 'AbortError', NextToken: start });
	});

	it('drops the page whose onPage was running when the signal aborted', async () => {
		const controller = new AbortController();
		const service = scriptedService(catalogue(9));
		const contexts: (string | undefined)[] = [];
		const onPage = async ({ pageIndex, NextToken }: { pageIndex: number; NextToken: string | undefined }) => {
			contexts.push(tokenJson(NextToken));
			if (pageIndex === 1) controller.abort();
		};
		const pages = paginateListCustomModels(service, {}, {}, pageOptions(controller.signal, { onPage, readAhead: 0 }));
		await pages.next();
		const error = await pages.next().catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect(tokenJson((error as { NextToken?: string }).NextToken)).toBe('{"nextToken": "tok-3"}');
		expect(contexts).toEqual(['{"nextToken": "tok-3"}', '{"nextToken": "tok-6"}']);
	});

	it('after the last page has been handed out, an abort leaves the listing to end normally', async () => {
		const controller = new AbortController();
		const pages = paginateListCustomModels(scriptedService(catalogue(3)), {}, {}, pageOptions(controller.signal));
		await pages.next();
		controller.abort();
		expect(await pages.next()).toEqual({ done: true, value: undefined });
	});

	it('an item iterator resumes from the AbortError with nothing lost or repeated', async () => {
		const controller = new AbortController();
		const service = countingService(10);
		const items = iterateListCustomModels(service, {}, {}, pageOptions(controller.signal));
		const seen: string[] = [];
		for (let index = 0; index < 4; index++) {
			const result = await items.next();
			if (result.done !== true) seen.push(result.value.modelName ?? '');
		}
		await untilAnswered(service, 3); // m4-m6 handed out to the item iterator, m7-m9 read ahead
		controller.abort();
		for (;;) {
			const result = await items.next().catch((e: unknown) => e);
			if (isAbortError(result)) {
				const rest = await collect(iterateListCustomModels(scriptedService(catalogue(10)), {}, { StartingToken: result.NextToken }));
				expect([...seen, ...names(rest)]).toEqual(names(catalogue(10)));
				return;
			}
			const next = result as IteratorResult<{ modelName?: string }>;
			expect(next.done).toBe(false);
			if (next.done !== true) seen.push(next.value.modelName ?? '');
		}
	});
});
