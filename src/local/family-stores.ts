/**
 * The items of the family operations: one sorted store per operation, filled from the `items` option or
 * generated from the operation's shape, each operation from its own seeded stream. An operation under path
 * parameters lists all its items under one scope: each parameter's value is the first item of the operation
 * that lists its parent (ListAgents' first agent for an agentId), or a fixed value of its pattern when no
 * operation lists the parent; any other value is a parent that does not exist.
 */
import { FAMILY_ITEMS } from './family-items.js';
import type { FamilyItemSpec, FamilyWireOperation } from './family-types.js';
import { formatTime, makeItem, makeValue } from './family-values.js';
import { FAMILY_WIRE } from './family-wire.js';
import { seededRandom, type Random } from './random.js';
import { SortedStore, type StoredItem } from './sorted-store.js';

export interface FamilyCollection {
	readonly key: string;
	readonly wire: FamilyWireOperation;
	readonly spec: FamilyItemSpec;
	readonly store: SortedStore;
	/** The path parameters the items are listed under. */
	readonly scope: Readonly<Record<string, string>>;
}

export interface FamilySources {
	readonly seed: number;
	readonly accountId: string;
	readonly region: string;
	readonly items: Readonly<Partial<Record<string, readonly Record<string, unknown>[] | number>>> | undefined;
}

const DEFAULT_COUNT = 20;
/** Generated items are dated within the year before this, as the control plane's are. */
const GENERATED_UNTIL = Date.parse('2026-01-01T00:00:00Z');
const YEAR_MS = 365 * 86_400_000;

export class FamilyCollections {
	private readonly byKey = new Map<string, FamilyCollection>();

	constructor(private readonly sources: FamilySources) {
		// Parents first, so a scope can name its parent's first item.
		const keys = Object.keys(FAMILY_WIRE).sort((a, b) => parentDepth(a) - parentDepth(b));
		for (const key of keys) this.byKey.set(key, this.build(key));
	}

	has(key: string): boolean {
		return this.byKey.has(key);
	}

	keys(): string[] {
		return [...this.byKey.keys()];
	}

	get(key: string): FamilyCollection {
		const collection = this.byKey.get(key);
		if (collection === undefined) throw new RangeError(`The local endpoint serves no operation ${JSON.stringify(key)}.`);
		return collection;
	}

	/** An item made for `key` at `time` (epoch ms), with `partial` over it, as `addItem` stores it. */
	make(key: string, partial: Record<string, unknown>, time: number): StoredItem {
		const collection = this.get(key);
		const random = seededRandom(time % 1_000_000);
		const made = generate(collection, random, collection.store.size, time, this.sources);
		return stored(collection.spec, { ...made, ...partial }, collection.store.size, collection.scope);
	}

	private build(key: string): FamilyCollection {
		const wire = FAMILY_WIRE[key] as FamilyWireOperation;
		const spec = FAMILY_ITEMS[key] as FamilyItemSpec;
		const random = seededRandom((Math.imul(this.sources.seed, 0x9e3779b1) ^ hash(key)) >>> 0);
		const scope = this.scopeOf(wire, spec, random);
		const partial = { key, wire, spec, scope };
		const given = this.sources.items?.[key] ?? DEFAULT_COUNT;
		const items =
			typeof given === 'object'
				? given.map((item, index) => stored(spec, item, index, scope))
				: Array.from({ length: given }, (_, index) => {
						const time = GENERATED_UNTIL - Math.floor(random() * YEAR_MS);
						return stored(spec, generate(partial, random, index, time, this.sources), index, scope);
					});
		return { ...partial, store: new SortedStore(items) };
	}

	private scopeOf(wire: FamilyWireOperation, spec: FamilyItemSpec, random: Random): Record<string, string> {
		const scope: Record<string, string> = {};
		for (const [name, param] of Object.entries(wire.params)) {
			if (param.in !== 'path') continue;
			const parent = spec.parents?.[name];
			const first = parent === undefined ? undefined : this.byKey.get(parent.operation)?.store.at(0)?.item[parent.field];
			const context = { ...this.sources, arnService: wire.signingName, time: GENERATED_UNTIL, index: 0, fixed: {} };
			scope[name] = typeof first === 'string' ? first : String(makeValue({ t: 'string', ...param }, name, random, context));
		}
		return scope;
	}
}

/** How many path-parameter hops an operation is from an unscoped one (0: none), for the build order. */
function parentDepth(key: string): number {
	const parents = Object.values(FAMILY_ITEMS[key]?.parents ?? {});
	return parents.length === 0 ? 0 : 1 + Math.max(...parents.map((parent) => (parent.operation === key ? 0 : parentDepth(parent.operation))));
}

function generate(collection: Pick<FamilyCollection, 'wire' | 'spec' | 'scope'>, random: Random, index: number, time: number, sources: FamilySources): Record<string, unknown> {
	const { spec, wire, scope } = collection;
	const fixed: Record<string, unknown> = {};
	// An item that names its parent names the one it is listed under.
	for (const [name, value] of Object.entries(scope)) {
		fixed[name] = value;
		fixed[name.replace(/Identifier$/, 'Id')] = value;
	}
	const timeNode = spec.time === undefined ? undefined : spec.shape.m?.[spec.time];
	if (spec.time !== undefined) fixed[spec.time] = formatTime(time, timeNode?.f);
	return makeItem(spec.shape, random, { accountId: sources.accountId, region: sources.region, arnService: wire.signingName, time, index, fixed });
}

/** An item as stored: keyed by its id field, or by its position when it has none; sorted by its time field. */
function stored(spec: FamilyItemSpec, item: Record<string, unknown>, index: number, scope: Readonly<Record<string, string>>): StoredItem {
	const idValue = spec.id === undefined ? undefined : item[spec.id];
	const id = typeof idValue === 'string' ? idValue : `#${String(index).padStart(8, '0')}`;
	const timeValue = spec.time === undefined ? undefined : item[spec.time];
	const time = typeof timeValue === 'number' ? timeValue * 1000 : typeof timeValue === 'string' ? Date.parse(timeValue) : timeValue instanceof Date ? timeValue.getTime() : 0;
	return { id, time: Number.isFinite(time) ? time : 0, item, hidden: scope };
}

function hash(text: string): number {
	let value = 2166136261;
	for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
	return value >>> 0;
}
