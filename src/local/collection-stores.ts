/**
 * The endpoint's items: one sorted store per operation of the collections table, filled from the options.
 * A list is stored as given; a count is generated from the seed, each operation from its own seeded stream
 * (in the table's order, so the same options give the same items), the custom models lazily.
 */
import { lazyCatalogue } from './catalogue.js';
import { COLLECTIONS, type CollectionSpec } from './collections.js';
import { GENERATORS, type GenerateContext } from './generators.js';
import { valueAt } from './item-path.js';
import type { LocalModel } from './model.js';
import { seededRandom, type Random } from './random.js';
import { SortedStore, type StoredItem } from './sorted-store.js';
import { WIRE_OPERATIONS, type WireOperation } from './wire-spec.js';

/** One operation served: what it lists, how its requests read on the wire, and its items. */
export interface Collection {
	readonly operation: string;
	readonly spec: CollectionSpec;
	readonly wire: WireOperation;
	readonly store: SortedStore;
}

export type GivenItems = readonly Record<string, unknown>[] | number;

/** What the stores are filled from: the endpoint's options, resolved. */
export interface CollectionSources extends Omit<GenerateContext, 'time'> {
	readonly seed: number;
	/** The `models` option, for the custom models. */
	readonly models: readonly LocalModel[] | number | undefined;
	/** The `items` option, for every other operation. */
	readonly items: Readonly<Partial<Record<string, GivenItems>>> | undefined;
}

const DEFAULT_COUNT = 20;
/** Generated items are dated within the year before this. */
const GENERATED_UNTIL = Date.parse('2026-01-01T00:00:00Z');
const NOTHING_HIDDEN: Readonly<Record<string, string>> = Object.freeze({});

export class Collections {
	private readonly byOperation = new Map<string, Collection>();

	constructor(sources: CollectionSources) {
		let operationSeed = sources.seed;
		for (const [operation, spec] of Object.entries(COLLECTIONS)) {
			const wire = WIRE_OPERATIONS[operation];
			if (wire === undefined) throw new Error(`The wire table has no entry for ${operation}.`);
			const store = spec.models === true ? modelStore(spec, sources) : itemStore(operation, spec, sources, seededRandom(++operationSeed * 7919));
			this.byOperation.set(operation, { operation, spec, wire, store });
		}
	}

	/** The collection of an operation; for a name the endpoint does not serve, a RangeError that lists those it does. */
	get(operation: string): Collection {
		const collection = this.byOperation.get(operation);
		if (collection === undefined) {
			throw new RangeError(`The local endpoint serves no operation ${JSON.stringify(operation)}; it serves ${[...this.byOperation.keys()].join(', ')}.`);
		}
		return collection;
	}

	/** The custom models' collection, which the `models()`, `addModel()` and `deleteModel()` methods work on. */
	models(): Collection {
		const found = [...this.byOperation.values()].find((collection) => collection.spec.models === true);
		if (found === undefined) throw new Error('The collections table marks no collection as the custom models.');
		return found;
	}
}

/** An item as stored: its id and sort time read from the fields the table names. */
export function storedItem(spec: CollectionSpec, item: Record<string, unknown>, hidden: Readonly<Record<string, string>> = NOTHING_HIDDEN): StoredItem {
	const timeValue = spec.time === undefined ? undefined : valueAt(item, spec.time);
	const time = timeValue instanceof Date ? timeValue.getTime() : typeof timeValue === 'string' ? Date.parse(timeValue) : 0;
	const id = valueAt(item, spec.id);
	if (typeof id !== 'string') throw new TypeError(`An item needs its \`${spec.id}\` (a string) to be listed.`);
	return { id, time: Number.isFinite(time) ? time : 0, item, hidden };
}

/** Stored whole (the wire view drops what the API does not show); generated ones are made as first listed. */
function modelStore(spec: CollectionSpec, sources: CollectionSources): SortedStore {
	const { models = spec.defaultCount, seed, accountId, region } = sources;
	if (typeof models === 'object') return new SortedStore(models.map((model) => storedItem(spec, asItem(model))));
	// A million generated models start in well under a second: only their times are made up front.
	const catalogue = lazyCatalogue({ count: models ?? DEFAULT_COUNT, seed, accountId, region });
	return new SortedStore({ size: catalogue.size, times: catalogue.times, make: (index) => storedItem(spec, asItem(catalogue.model(index))) });
}

function itemStore(operation: string, spec: CollectionSpec, sources: CollectionSources, random: Random): SortedStore {
	const given = sources.items?.[operation] ?? spec.defaultCount ?? DEFAULT_COUNT;
	if (typeof given === 'object') return new SortedStore(given.map((item) => storedItem(spec, item)));
	const generate = GENERATORS[operation];
	const { accountId, region, policyArn, buildWorkflowId } = sources;
	return new SortedStore(
		Array.from({ length: given }, (_, index) => {
			const time = GENERATED_UNTIL - Math.floor(random() * 365 * 86_400_000);
			const made = generate?.(random, index, { accountId, region, policyArn, buildWorkflowId, time }) ?? { item: {} };
			return storedItem(spec, made.item, made.hidden);
		}),
	);
}

/** A model is stored as the object given, so `models()` hands back the caller's own objects. */
function asItem(model: LocalModel): Record<string, unknown> {
	return model as unknown as Record<string, unknown>;
}
