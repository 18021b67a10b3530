import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildListCustomModelsResult, iterateListCustomModels, paginateListCustomModels, resumeTokenOf } from '../src/index.js';
import { catalogue, collect, names, scriptedService } from './support/scripted-service.js';

const RUNS = 250;

/** A catalogue size, the service's own page size, and a MaxItems that keeps the chain of runs short. */
const listing = fc
	.record({
		size: fc.integer({ min: 0, max: 2000 }),
		servicePage: fc.integer({ min: 1, max: 60 }),
		pageSize: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
		resumePageSize: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
		maxItemsFraction: fc.double({ min: 0, max: 1.2, noNaN: true }),
	})
	.map((c) => ({ ...c, maxItems: Math.max(1, Math.ceil(c.size / 60), Math.round(c.size * c.maxItemsFraction)) }));

describe('chaining runs through NextToken (property)', () => {
	it('yields every item exactly once, in order, for random catalogues, page sizes and MaxItems', async () => {
		await fc.assert(
			fc.asyncProperty(listing, async ({ size, servicePage, pageSize, resumePageSize, maxItems }) => {
				const items = catalogue(size);
				const service = scriptedService(items, servicePage);
				const seen: string[] = [];
				let token: string | undefined;
				let runs = 0;
				do {
					// Later runs may use another PageSize: a resume must not depend on the one that cut the page.
					const PageSize = runs === 0 ? pageSize : resumePageSize;
					const result = await buildListCustomModelsResult(service, {}, { MaxItems: maxItems, PageSize, StartingToken: token });
					expect(result.modelSummaries.length).toBeLessThanOrEqual(maxItems);
					seen.push(...names(result.modelSummaries));
					token = result.NextToken;
					runs++;
				} while (token !== undefined && runs <= size + 1);
				expect(seen).toEqual(names(items));
			}),
			{ numRuns: RUNS },
		);
	});

	it('resumes exactly after any page and after any item of it', async () => {
		await fc.assert(
			fc.asyncProperty(listing, fc.nat(), fc.nat(), async ({ size, servicePage, pageSize, maxItems }, pagePick, itemPick) => {
				const items = catalogue(size);
				const service = scriptedService(items, servicePage);
				const pages = await collect(paginateListCustomModels(service, {}, { MaxItems: maxItems, PageSize: pageSize }));
				const before: string[] = [];
				for (const page of pages) before.push(...names(page.modelSummaries));
				expect(before).toEqual(names(items).slice(0, Math.min(size, maxItems)));
				if (pages.length === 0) return;

				const pageIndex = pagePick % pages.length;
				const page = pages[pageIndex] as (typeof pages)[number];
				const upTo = pages.slice(0, pageIndex + 1).reduce((n, p) => n + p.modelSummaries.length, 0);
				const afterPage = await buildListCustomModelsResult(service, {}, { StartingToken: page.NextToken });
				expect(page.NextToken === undefined).toBe(upTo === size);
				if (page.NextToken !== undefined) expect(names(afterPage.modelSummaries)).toEqual(names(items).slice(upTo));

				if (page.modelSummaries.length === 0) return;
				const itemIndex = itemPick % page.modelSummaries.length;
				const position = upTo - page.modelSummaries.length + itemIndex + 1;
				const token = page.tokenAfter(itemIndex);
				expect(token === undefined).toBe(position === size);
				if (token !== undefined) {
					const rest = iterateListCustomModels(service, {}, { StartingToken: token });
					expect(names(await collect(rest))).toEqual(names(items).slice(position));
					expect(rest.NextToken).toBeUndefined();
				}
			}),
			{ numRuns: RUNS },
		);
	});
});

describe('item iteration (property)', () => {
	it('checkpoints after every item: stopping anywhere and resuming from NextToken loses and repeats nothing', async () => {
		await fc.assert(
			fc.asyncProperty(listing, fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }), async ({ size, servicePage, pageSize }, stops) => {
				const items = catalogue(size);
				const service = scriptedService(items, servicePage);
				const seen: string[] = [];
				let token: string | undefined;
				for (const stopAfter of [...stops, Number.POSITIVE_INFINITY]) {
					const iterator = iterateListCustomModels(service, {}, { PageSize: pageSize, StartingToken: token });
					let taken = 0;
					for await (const model of iterator) {
						seen.push(model.modelName ?? '');
						if (++taken > stopAfter) break;
					}
					token = iterator.NextToken;
					if (token === undefined) break;
				}
				expect(seen).toEqual(names(items));
			}),
			{ numRuns: RUNS },
		);
	});
});

type Fault = 'none' | 'throttle' | 'server' | 'reset' | 'garbled' | 'abort';
const faultOf = (kind: Fault): unknown => {
	switch (kind) {
		case 'throttle':
			return { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } };
		case 'server':
			return Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } });
		case 'reset':
			return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		case 'garbled':
			return Object.assign(new SyntaxError('Unexpected token < in JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response'), { $metadata: { httpStatusCode: 200 } });
		default:
			return undefined;
	}
};

describe('faults in any order (property)', () => {
	it('loses and repeats nothing: the items yielded plus a resume from the last NextToken seen give the catalogue once, in order', async () => {
		const fault = fc.constantFrom<Fault>('none', 'none', 'none', 'throttle', 'server', 'reset', 'garbled', 'abort');
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					size: fc.integer({ min: 0, max: 300 }),
					servicePage: fc.integer({ min: 1, max: 40 }),
					pageSize: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
					maxItems: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
					retries: fc.integer({ min: 0, max: 3 }),
					readAhead: fc.integer({ min: 0, max: 3 }),
					byPage: fc.boolean(),
					schedule: fc.array(fault, { minLength: 0, maxLength: 80 }),
				}),
				async ({ size, servicePage, pageSize, maxItems, retries, readAhead, byPage, schedule }) => {
					const items = catalogue(size);
					const inner = scriptedService(items, servicePage);
					let request = 0;
					let controller = new AbortController();
					const service = {
						async send(command: { input: never }, options?: { abortSignal?: AbortSignal }) {
							const kind = schedule[request++] ?? 'none';
							if (kind === 'abort') controller.abort(new Error('stop'));
							const failure = faultOf(kind);
							if (failure !== undefined) throw failure;
							return inner.send(command, options);
						},
					};
					const seen: string[] = [];
					let token: string | undefined;
					for (let run = 0; run < 2_000; run++) {
						controller = new AbortController();
						const options = { signal: controller.signal, retry: { retries, minTimeout: 0, maxTimeout: 0 }, pacing: false, readAhead };
						const pagination = { PageSize: pageSize, MaxItems: maxItems, StartingToken: token };
						try {
							if (byPage) {
								token = undefined;
								for await (const page of paginateListCustomModels(service, {}, pagination, options)) {
									seen.push(...names(page.modelSummaries));
									token = page.NextToken;
								}
								if (token === undefined) break;
							} else {
								const iterator = iterateListCustomModels(service, {}, pagination, options);
								for await (const model of iterator) seen.push(model.modelName ?? '');
								token = iterator.NextToken;
								if (token === undefined) break;
							}
						} catch (error) {
							const resume = resumeTokenOf(error);
							expect(resume).toEqual(expect.any(String));
							token = resume;
						}
					}
					expect(seen).toEqual(names(items));
				},
			),
			{ numRuns: 200 },
		);
	});
});
