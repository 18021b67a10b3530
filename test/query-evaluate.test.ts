/**
 * `--query` results and runtime errors match the AWS CLI's JMESPath (Python's jmespath 1.x): every node type and
 * function, by hand and generated, over list-custom-models output and odd values, compared result for result and
 * message for message.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../src/cli/output/query.js';
import { botoMissing } from './support/python.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);

type Outcome = { result: unknown } | { error: string };

/** Python's jmespath on each (expression, document): the result, or the message the AWS CLI prints. */
function pythonOutcomes(cases: [string, number][]): Outcome[] {
	const script = [
		'import json, sys, jmespath',
		'cases, documents = json.load(sys.stdin)',
		'out = []',
		'for e, d in cases:',
		'    try:',
		'        r = jmespath.search(e, documents[d])',
		'        try:',
		'            out.append({"result": json.loads(json.dumps(r))})',
		'        except TypeError:',
		'            out.append({"error": "Encountered unrecognized type in JSON encoder."})',
		'    except Exception as x:',
		'        out.append({"error": str(x)})',
		'print(json.dumps(out))',
	].join('\n');
	const input = JSON.stringify([cases, DOCUMENTS]);
	return JSON.parse(execFileSync('python3', ['-W', 'ignore', '-c', script], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Outcome[];
}

function ourOutcome(expression: string, document: unknown): Outcome {
	try {
		// Through JSON, as the CLI prints it and as Python's side arrives.
		return { result: JSON.parse(JSON.stringify(compileQuery(expression).search(document)) ?? 'null') as unknown };
	} catch (error) {
		return { error: (error as Error).message.trim() };
	}
}

const model = (i: number, status: string, type: string, name: string) => ({
	modelArn: `arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/m${i}`,
	modelName: name,
	creationTime: `2025-12-${String(10 + i).padStart(2, '0')}T12:05:52.728Z`,
	baseModelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k',
	baseModelName: i % 2 === 0 ? 'Titan Text G1 - Express' : 'Llama 3 8B Instruct',
	customizationType: type,
	ownerAccountId: '123456789012',
	modelStatus: status,
});

const DOCUMENTS: unknown[] = [
	{
		modelSummaries: [
			model(1, 'Active', 'FINE_TUNING', 'zeta-tuned'),
			model(2, 'Creating', 'CONTINUED_PRE_TRAINING', 'Alpha'),
			model(3, 'Failed', 'DISTILLATION', 'émile'),
			model(4, 'Active', 'IMPORTED', 'alpha'),
			model(5, 'Active', 'FINE_TUNING', 'Alpha'),
		],
		NextToken: 'eyJvZmZzZXQiOjV9',
	},
	{
		numbers: [3, 1.5, -2, 0, 10, 3],
		floats: [0.1, 0.2, 2.5e-5],
		strings: ['b', 'a', 'B', 'é', '😀', 'Ａ', 'ab', ''],
		mixed: [1, 'a', null, true, false, [], {}, [1, 2], { a: 1 }, 0, ''],
		nested: [[1, [2, 3]], [4], 5, [[6]], null],
		people: [
			{ name: 'b', age: 30, tags: ['x'] },
			{ name: 'a', age: 30, tags: [] },
			{ name: 'c', age: 25 },
			{ name: 'd', age: null, tags: ['y', 'z'] },
		],
		text: 'héllo 😀 wörld',
		empty: { list: [], object: {}, string: '' },
		flags: { yes: true, no: false, none: null, zero: 0, one: 1 },
		objects: { x: { v: 1 }, y: { v: 2 }, z: { w: 3 } },
		'with space': 'quoted',
		__proto__: 'own member',
	},
	[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
	'a string',
	null,
	42,
];

const HAND_PICKED: [string, number][] = [
	// Fields, subexpressions, indexes, slices.
	['modelSummaries[0].modelName', 0], ['modelSummaries[-1].modelArn', 0], ['modelSummaries[9]', 0], ['NextToken', 0], ['nope.deeper', 0],
	['modelSummaries[0].modelName.length', 0], ['"with space"', 1], ['"__proto__"', 1], ['@', 4], ['@', 3], ['text[0]', 1], ['[0]', 3],
	['[2:5]', 2], ['[::-1]', 2], ['[::2]', 2], ['[-3:]', 2], ['[5:1:-2]', 2], ['[:-7:-1]', 2], ['[100:]', 2], ['[-100:2]', 2], ['[::0]', 2],
	['[::0]', 3], ['[1:3][0]', 2], ['[0][1:2]', 1], ['nested[0][1][0]', 1], ['nested[1:3][0]', 1], ['numbers[1:3].foo', 1], ['[3:1]', 2],
	// Projections.
	['modelSummaries[*].modelName', 0], ['modelSummaries[].customizationType', 0], ['nested[]', 1], ['nested[][]', 1], ['nested[*][0]', 1],
	['objects.*.v', 1], ['objects.*', 1], ['*', 2], ['people[*].tags[]', 1], ['people[].tags[0]', 1], ['numbers[*]', 1], ['text[*]', 1],
	['modelSummaries[*].[modelName, modelStatus]', 0], ['modelSummaries[*].{n: modelName, "s t": modelStatus}', 0], ['people[*].name | [0]', 1],
	['people[*].name[0]', 1], ['people[].age', 1], ['mixed[*]', 1], ['[*][*]', 2], ['flags.*', 1],
	// Filters and comparisons.
	["modelSummaries[?modelStatus == 'Active'].modelName", 0], ["modelSummaries[?modelStatus != 'Active'] | length(@)", 0],
	['people[?age > `26`].name', 1], ['people[?age >= `30`]', 1], ['people[?age < `30`].name', 1], ['people[?age <= `25`].name', 1],
	['people[?name > `"b"`].name', 1], ['people[?name < age]', 1], ['people[?tags].name', 1], ['people[?!tags].name', 1], ['mixed[?@]', 1],
	['mixed[?!@]', 1], ['numbers[?@ > `2`]', 1], ['numbers[?@ == `3.0`]', 1], ['flags.yes == `1`', 1], ['flags.one == `true`', 1],
	['flags.zero == `false`', 1], ['`[true]` == `[1]`', 4], ['`{"a": 1}` == `{"a": 1.0}`', 4], ['`[1, 2]` == `[2, 1]`', 4], ['`null` == nope', 1],
	['`"a"` < `1`', 4], ['`1` > `"a"`', 4], ['`null` < `1`', 4], ['`true` < `false`', 4], ['`[1]` < `[2]`', 4], ["'😀' > 'é'", 4], ["'a' <= 'a'", 4],
	['people[?age == `30`] | [?name == `"a"`]', 1], ['modelSummaries[?contains(modelName, `"lpha"`)].modelName', 0], ['people[?age > `20`][]', 1],
	// Logic.
	['flags.no || flags.yes', 1], ['flags.none || `"fallback"`', 1], ['empty.list || empty.object || empty.string', 1], ['flags.zero || `"x"`', 1],
	['flags.yes && flags.zero', 1], ['empty.list && flags.yes', 1], ['!flags.zero', 1], ['!empty.object', 1], ['!`0.0`', 4], ['!nope', 1],
	['!&a', 4], ['!`"x"`', 4], ['a || b && c', 4], ['(flags.yes || flags.no) && `"both"`', 1],
	// Multi-selects and literals.
	['[NextToken, nope]', 0], ['{a: NextToken, b: nope}', 0], ['[a]', 4], ['{a: a}', 4], ['[@]', 3], ['`{bad json`', 4], ['`  foo bar`', 4],
	["'raw \\' string'", 4], ['`[1, {"a": null}]`', 4], ['`"\\u00e9"`', 4], ['`1e2`', 4], ['`-0`', 4], ['&modelName', 0], ['[&a]', 4], ['{"x": &a}', 4],
	// Functions.
	['abs(`-3`)', 4], ['abs(`-2.5`)', 4], ['abs(`true`)', 4], ['abs(`"1"`)', 4], ['avg(numbers)', 1], ['avg(`[]`)', 4], ['avg(mixed)', 1], ['avg(strings)', 1],
	['ceil(`1.2`)', 4], ['floor(`-1.2`)', 4], ['ceil(`"1"`)', 4], ['floor(`null`)', 4], ["contains('abc', 'b')", 4], ["contains('abc', `1`)", 4],
	["contains('abc', `null`)", 4], ['contains(`[1, 2]`, `2.0`)', 4], ['contains(`[true]`, `1`)', 4], ['contains(`[{"a": [1]}]`, `{"a": [1]}`)', 4],
	['contains(`{"a": 1}`, `"a"`)', 4], ['contains(mixed, `[1, 2]`)', 1], ["ends_with(text, 'wörld')", 1], ["starts_with(text, 'hé')", 1],
	['starts_with(text, `1`)', 1], ['ends_with(`1`, text)', 1], ["join(', ', strings)", 1], ["join(', ', numbers)", 1], ["join(`1`, strings)", 1],
	["join('-', `[]`)", 4], ['keys(objects)', 1], ['values(objects)', 1], ['keys(strings)', 1], ['values(`"x"`)', 4], ['length(text)', 1],
	['length(strings)', 1], ['length(objects)', 1], ['length(`1`)', 4], ['length(`null`)', 4], ['length(`true`)', 4], ['length(`[1, {"a": 2}]`)', 4],
	['map(&name, people)', 1], ['map(&age, people)', 1], ['map(&[name, age], people)', 1], ['map(&a, `"x"`)', 4], ['map(`1`, people)', 1],
	['max(numbers)', 1], ['min(numbers)', 1], ['max(strings)', 1], ['min(strings)', 1], ['max(`[]`)', 4], ['max(mixed)', 1], ['max(`[1, "a"]`)', 4],
	['max(`["a", 1]`)', 4], ['min(`[true]`)', 4], ['max(people)', 1], ['max_by(people, &age)', 1], ['min_by(people, &age)', 1], ['max_by(people, &name)', 1],
	['min_by(people, &name)', 1], ['max_by(modelSummaries, &modelName).modelName', 0], ['min_by(modelSummaries, &creationTime).modelArn', 0],
	['max_by(`[]`, &a)', 4], ['max_by(people, &tags)', 1], ['min_by(`[{"a": 1}, {"a": "x"}]`, &a)', 4], ['max_by(`[{"a": "x"}, {"a": 1}]`, &a)', 4],
	['max_by(people, name)', 1], ['merge(objects.x, objects.z)', 1], ['merge(`{"a": 1, "b": 2}`, `{"a": 3}`)', 4], ['merge()', 4], ['merge(`1`)', 4],
	['merge(`{}`, `[]`)', 4], ['not_null(nope, flags.none, `0`, `1`)', 1], ['not_null(nope)', 1], ['not_null()', 4], ['reverse(text)', 1],
	['reverse(numbers)', 1], ['reverse(`1`)', 4], ['sort(strings)', 1], ['sort(numbers)', 1], ['sort(`[]`)', 4], ['sort(mixed)', 1], ['sort(`[1, "a"]`)', 4],
	['sort_by(people, &age)[*].name', 1], ['sort_by(people, &name)[*].name', 1], ['sort_by(modelSummaries, &modelName)[*].modelName', 0],
	['sort_by(`[]`, &a)', 4], ['sort_by(people, &tags)', 1], ['sort_by(`[{"a": 1}, {"a": "x"}]`, &a)', 4], ['sort_by(`[{"a": "x"}, {"b": 1}]`, &a)', 4],
	['sum(numbers)', 1], ['sum(`[]`)', 4], ['sum(floats)', 1], ['sum(strings)', 1], ['to_array(`1`)', 4], ['to_array(numbers)', 1], ['to_array(`null`)', 4],
	["to_number('12')", 4], ["to_number(' -12 ')", 4], ["to_number('1.5')", 4], ["to_number('1e3')", 4], ["to_number('1_000')", 4], ["to_number('abc')", 4],
	["to_number('')", 4], ['to_number(`true`)', 4], ['to_number(`[1]`)', 4], ['to_number(`null`)', 4], ['to_number(`2.5`)', 4], ["to_number('.5')", 4],
	["to_number('5.')", 4], ["to_number('0x10')", 4], ["to_number('+7')", 4], ['to_string(`1`)', 4], ['to_string(text)', 1], ['to_string(people[0])', 1],
	['to_string(`[1, 2.5, null, true, "é😀\\n"]`)', 4], ['to_string(floats)', 1], ['to_string(`{"a": {"b": []}}`)', 4], ['type(`1`)', 4], ['type(`1.5`)', 4],
	['type(text)', 1], ['type(`true`)', 4], ['type(`[]`)', 4], ['type(`{}`)', 4], ['type(`null`)', 4], ['type(&a)', 4], ['unknown_function(`1`)', 4],
	['length()', 4], ['length(`1`, `2`)', 4], ['sort_by(people)', 1], ['keys(`1`, `2`)', 4], ['contains(`1`)', 4], ['map(&a)', 4],
	['length(modelSummaries[?modelStatus == `"Active"`])', 0], ['join(`", "`, sort(modelSummaries[*].modelStatus))', 0],
	['modelSummaries[?starts_with(modelName, `"a"`)] | sort_by(@, &creationTime) | [0].modelName', 0], ['max(modelSummaries[*].creationTime)', 0],
	['to_string(length(@))', 3], ['length(@)', 3], ['reverse(@)', 3], ['sum(@)', 2], ['avg(@)', 2], ['max(@)', 5], ['@ > `41`', 5], ['[@, @]', 5],
];

describe.skipIf(botoMissing !== undefined)('--query evaluated as the AWS CLI evaluates it', () => {
	it(title('gives the same result or the same error message as Python\'s jmespath on hand-picked expressions'), () => {
		const python = pythonOutcomes(HAND_PICKED);
		const ours = HAND_PICKED.map(([expression, document]) => ourOutcome(expression, DOCUMENTS[document]));
		expect(ours.map((outcome, i) => [HAND_PICKED[i]?.[0], outcome])).toEqual(python.map((outcome, i) => [HAND_PICKED[i]?.[0], outcome]));
		// Both sides must be reached, or the comparison proves little.
		expect(python.filter((outcome) => 'error' in outcome).length).toBeGreaterThan(50);
	});

	it(title('agrees with Python\'s jmespath on 4,000 generated expressions over every document'), () => {
		const cases = generated(4000);
		const python = pythonOutcomes(cases);
		const disagreements = cases.flatMap(([expression, document], i) => {
			const ours = ourOutcome(expression, DOCUMENTS[document]);
			return JSON.stringify(ours) === JSON.stringify(python[i]) ? [] : [{ expression, document, ours, python: python[i] }];
		});
		expect(disagreements).toEqual([]);
		expect(python.filter((outcome) => 'error' in outcome).length).toBeGreaterThan(200);
		expect(python.filter((outcome) => 'result' in outcome && outcome.result !== null).length).toBeGreaterThan(800);
	});
});

/** Random well-formed expressions built from every node type and function, each paired with a document. */
function generated(count: number): [string, number][] {
	let seed = 7;
	const random = (n: number) => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return Math.floor(seed / 65536) % n;
	};
	const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;
	const FIELDS = ['modelSummaries', 'modelName', 'modelStatus', 'creationTime', 'NextToken', 'numbers', 'strings', 'mixed', 'nested', 'people', 'name', 'age', 'tags', 'text', 'empty', 'flags', 'objects', 'list', 'v', 'a'];
	const LITERALS = ['`1`', '`0`', '`-2.5`', '`"a"`', "'Active'", '`null`', '`true`', '`false`', '`[]`', '`{}`', '`[1, "a"]`', '`{"a": 1}`', '`"é"`'];
	const FUNCTIONS = ['abs', 'avg', 'ceil', 'contains', 'ends_with', 'floor', 'join', 'keys', 'length', 'map', 'max', 'max_by', 'merge', 'min', 'min_by', 'not_null', 'reverse', 'sort', 'sort_by', 'starts_with', 'sum', 'to_array', 'to_number', 'to_string', 'type', 'values'];
	const TAKES_EXPREF: Readonly<Record<string, number>> = { map: 0, max_by: 1, min_by: 1, sort_by: 1 };
	const expression = (depth: number): string => {
		if (depth <= 0) return pick([...FIELDS, ...FIELDS, ...LITERALS, '@']);
		const sub = () => expression(depth - 1);
		switch (random(16)) {
			case 0: return `${sub()}.${pick(FIELDS)}`;
			case 1: return `${sub()}[${pick(['0', '-1', '1', '5'])}]`;
			case 2: return `${sub()}[${pick(['1:', ':2', '::-1', '-2:', '1:4:2', '::0', ''])}]`.replace('[]', '[]');
			case 3: return `${sub()}[*].${pick(FIELDS)}`;
			case 4: return `${sub()}.*`;
			case 5: return `${sub()}[?${sub()} ${pick(['==', '!=', '<', '<=', '>', '>='])} ${sub()}]`;
			case 6: return `${sub()}[]`;
			case 7: return `[${sub()}, ${sub()}]`;
			case 8: return `{k: ${sub()}, "l m": ${sub()}}`;
			case 9: return `${sub()} ${pick(['||', '&&'])} ${sub()}`;
			case 10: return `!${sub()}`;
			case 11: return `${sub()} | ${sub()}`;
			case 12: return `(${sub()}) ${pick(['==', '!=', '<', '>='])} ${sub()}`;
			default: {
				const name = pick(FUNCTIONS);
				const arity = random(5) === 0 ? random(3) : name === 'contains' || name === 'join' || name.endsWith('_with') || name in TAKES_EXPREF || name === 'merge' ? 2 : 1;
				const args = Array.from({ length: arity }, (_, i) => (TAKES_EXPREF[name] === i ? `&${sub()}` : sub()));
				return `${name}(${args.join(', ')})`;
			}
		}
	};
	return Array.from({ length: count }, () => [expression(1 + random(3)), random(DOCUMENTS.length)]);
}
