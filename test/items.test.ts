/** The item iterator over pages: items in order, a resume token after each, and the generator protocol. */
import { describe, expect, it } from 'vitest';
import { iterateItems, iterateListCustomModels, type CustomModelsPage } from '../src/index.js';
import { catalogue, collect, names, replayService, scriptedService, tokenJson } from './support/scripted-service.js';
import type { CustomModelSummary } from '@aws-sdk/client-bedrock';

describe('iterateListCustomModels: items and tokens', () => {
	it('yields every item once, in order, across pages, with one request per service page', async () => {
		const service = scriptedService(catalogue(8));
		expect(names(await collect(iterateListCustomModels(service)))).toEqual(names(catalogue(8)));
		expect(service.requests.map((request) => request.nextToken)).toEqual([undefined, 'tok-3', 'tok-6']);
	});

	it('has NextToken right after the last item yielded: the starting token first, none once nothing follows', async () => {
		const service = scriptedService(catalogue(5));
		const items = iterateListCustomModels(service, {}, { StartingToken: 'tok-3' }, { readAhead: 0 });
		expect(items.NextToken).toBe('tok-3');
		const tokens: (string | undefined)[] = [];
		for await (const _model of items) tokens.push(tokenJson(items.NextToken));
		expect(tokens).toEqual(['{"nextToken": "tok-3", "boto_truncate_amount": 1}', undefined]);
		expect(items.NextToken).toBeUndefined();
	});

	it('resumes from the token after any item with nothing lost or repeated', async () => {
		const service = scriptedService(catalogue(7));
		const items = iterateListCustomModels(service, {}, { PageSize: 3 });
		const seen: string[] = [];
		for await (const model of items) {
			seen.push(model.modelName ?? '');
			if (seen.length === 5) break;
		}
		const rest = await collect(iterateListCustomModels(service, {}, { PageSize: 3, StartingToken: items.NextToken }));
		expect([...seen, ...names(rest)]).toEqual(names(catalogue(7)));
	});

	it('passes over empty pages, and its token moves past them', async () => {
		const service = replayService([{ modelSummaries: [], nextToken: 'A' }, { modelSummaries: [], nextToken: 'B' }, { modelSummaries: catalogue(1) }]);
		const items = iterateListCustomModels(service);
		const first = await items.next();
		expect(first.done === false && first.value.modelName).toBe('m1');
		expect(items.NextToken).toBeUndefined();
		expect(service.requests).toHaveLength(3);
	});

	it('stops at MaxItems inside a page, with the token after the last item', async () => {
		const items = iterateListCustomModels(scriptedService(catalogue(9)), {}, { MaxItems: 4 });
		expect(names(await collect(items))).toEqual(['m1', 'm2', 'm3', 'm4']);
		expect(tokenJson(items.NextToken)).toBe('{"nextToken": "tok-3", "boto_truncate_amount": 1}');
	});

	it('rejects with a page failure once the items before it are out, and is done after it', async () => {
		const denied = Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
		const items = iterateListCustomModels(scriptedService(catalogue(9), 3, new Map([[2, denied]])));
		const seen: string[] = [];
		const error = await (async () => {
			for await (const model of items) seen.push(model.modelName ?? '');
		})().catch((e: unknown) => e);
		expect(error).toBe(denied);
		expect(seen).toEqual(['m1', 'm2', 'm3']);
		expect(tokenJson(items.NextToken)).toBe('{"nextToken": "tok-3"}');
		expect(await items.next()).toEqual({ done: true, value: undefined });
	});
});

describe('iterateItems: the protocol', () => {
	/** Pages handed out by hand, counting how often each is asked for and whether return() was called. */
	function handPages(lists: string[][]) {
		const log: string[] = [];
		let index = 0;
		const pages: AsyncGenerator<CustomModelsPage, void, undefined> = {
			async next() {
				log.push('next');
				const list = lists[index++];
				if (list === undefined) return { done: true, value: undefined };
				const page = { modelSummaries: list.map((modelName) => ({ modelName }) as CustomModelSummary), NextToken: `after-${index}` };
				Object.defineProperty(page, 'tokenAfter', { value: (i: number) => (i === list.length - 1 ? page.NextToken : `${index}:${i}`) });
				return { done: false, value: page as CustomModelsPage };
			},
			async return() {
				log.push('return');
				return { done: true, value: undefined };
			},
			async throw(error: unknown) {
				throw error;
			},
			[Symbol.asyncIterator]() {
				return this;
			},
		};
		return { pages, log };
	}

	it('asks for a page only when the items of the one before are out', async () => {
		const { pages, log } = handPages([['a', 'b'], ['c']]);
		const items = iterateItems(pages, 'modelSummaries', undefined);
		await items.next();
		await items.next();
		expect(log).toEqual(['next']);
		expect(items.NextToken).toBe('after-1');
		await items.next();
		expect(log).toEqual(['next', 'next']);
		expect(items.NextToken).toBe('after-2');
	});

	it('serves next() calls made together in order', async () => {
		const { pages } = handPages([['a'], ['b', 'c']]);
		const items = iterateItems(pages, 'modelSummaries', undefined);
		const results = await Promise.all([items.next(), items.next(), items.next(), items.next()]);
		expect(results.map((result) => (result.done === true ? 'done' : result.value.modelName))).toEqual(['a', 'b', 'c', 'done']);
	});

	it('return() ends the pages too, and is done after', async () => {
		const { pages, log } = handPages([['a', 'b'], ['c']]);
		const items = iterateItems(pages, 'modelSummaries', 'start');
		await items.next();
		expect(items.NextToken).toBe('1:0');
		expect(await items.return()).toEqual({ done: true, value: undefined });
		expect(log).toEqual(['next', 'return']);
		expect(await items.next()).toEqual({ done: true, value: undefined });
	});

	it('throw() ends the pages and rejects with the error given', async () => {
		const { pages, log } = handPages([['a']]);
		const items = iterateItems(pages, 'modelSummaries', undefined);
		await expect(items.throw(new Error('stop'))).rejects.toThrow('stop');
		expect(log).toEqual(['return']);
	});
});
