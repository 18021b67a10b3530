/**
 * `--output table` draws what the AWS CLI draws: our formatter against the AWS CLI's own (its TableFormatter,
 * colour off, in the machine's Python) on shapes the CLI meets and on generated ones, at 80 columns and wider.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatTable, TableShapeError, textWidth } from '../src/cli/output/table.js';
import { botoMissing } from './support/python.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);

/** The AWS CLI's table of each value at the given width, or its error message. */
type Drawn = { out: string } | { error: string };

function awsTables(cases: { value: unknown; width: number }[]): Drawn[] {
	const script = [
		'import io, json, sys, types',
		'import awscli.table',
		'from awscli.formatter import TableFormatter',
		'out = []',
		'for case in json.load(sys.stdin):',
		'    awscli.table.determine_terminal_width = lambda default_width=80, w=case["width"]: w',
		'    stream = io.StringIO()',
		'    try:',
		// The value arrives as the result of a --query, as a queried response reaches the formatter.
		'        query = types.SimpleNamespace(search=lambda response, value=case["value"]: value)',
		'        TableFormatter(types.SimpleNamespace(color="off", query=query))("ListThings", {}, stream)',
		'        out.append({"out": stream.getvalue()})',
		'    except Exception as e:',
		'        out.append({"error": str(e)})',
		'print(json.dumps(out))',
	].join('\n');
	return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as never;
}

function ours(value: unknown, width: number): Drawn {
	try {
		return { out: formatTable('ListThings', value, width) };
	} catch (error) {
		if (error instanceof TableShapeError) return { error: error.message };
		throw error;
	}
}

const SHAPES: unknown[] = [
	{ modelSummaries: [] },
	{ modelSummaries: [{ modelName: 'a', modelArn: 'arn:1', creationTime: '2024-01-01T00:00:00.000Z' }], NextToken: 'abc' },
	{ guardrails: [{ id: 'g', crossRegionDetails: { guardrailProfileId: 'p', guardrailProfileArn: 'arn:p' } }, { id: 'h' }] },
	{ jobs: [{ name: 'j', statusDetails: { validationDetails: { status: 'Completed' }, trainingDetails: { status: 'InProgress', creationTime: 't' } } }] },
	{ names: ['a', 'b', 'c'] },
	[['a', 'b'], ['c', 'd']],
	[1, [2, [3]]],
	'just a string',
	0,
	null,
	{ '日本語': 'ｈéllo', wide: '表'.repeat(30), b: [{ x: 1 }, { y: true, z: [null, 1.5] }] },
	{ long: 'x'.repeat(200), other: 'y', list: [{ a: 'z'.repeat(90), b: 'q' }] },
	{ only: { one: 'key' } },
	[{ a: 1 }, 'x'],
	[['a'], ['a', 'b']],
	[{ a: 1 }, { a: { nested: 1 } }],
	{ '': { '': 1 } },
	[{}, {}],
];

/** A small random JSON value, deterministic for a seed. */
function generate(seed: number): unknown[] {
	let state = seed;
	const random = (n: number) => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return Math.floor(state / 65536) % n;
	};
	const words = ['id', 'name', 'status', 'arn', 'Ünï', '名前', 'x'.repeat(30), 'createdAt', ''];
	const scalar = (): unknown => [() => words[random(words.length)], () => random(1000), () => random(2) === 0, () => null, () => 'v'.repeat(random(60))][random(5)]?.();
	const value = (depth: number): unknown => {
		const kind = depth > 2 ? 0 : random(4);
		if (kind === 0) return scalar();
		if (kind === 1) return Array.from({ length: random(4) }, () => value(depth + 1));
		if (kind === 2) return Array.from({ length: 1 + random(3) }, () => Object.fromEntries(Array.from({ length: random(4) }, () => [words[random(words.length)], value(depth + 1)])));
		return Object.fromEntries(Array.from({ length: random(5) }, () => [words[random(words.length)], value(depth + 1)]));
	};
	return Array.from({ length: 600 }, () => value(0));
}

describe('table formatting', () => {
	it('counts East Asian wide, full-width and ambiguous characters as two columns', () => {
		expect([textWidth('abc'), textWidth('日本'), textWidth('ｈ'), textWidth('ñ'), textWidth('é'), textWidth('°'), textWidth('😀')]).toEqual([3, 4, 2, 1, 2, 2, 2]);
	});

	it('prints nothing for an empty result, as the AWS CLI does', () => {
		expect([formatTable('T', null), formatTable('T', []), formatTable('T', {}), formatTable('T', 0), formatTable('T', '')]).toEqual(['', '', '', '', '']);
	});
});

describe.skipIf(botoMissing !== undefined)('side by side with the AWS CLI\'s table formatter', () => {
	it(title('draws the same bytes for the shapes the CLI meets, at 80 and 250 columns'), () => {
		const cases = SHAPES.flatMap((value) => [80, 250].map((width) => ({ value, width })));
		const expected = awsTables(cases);
		expect(cases.map(({ value, width }) => ours(value, width))).toEqual(expected);
	});

	it(title('draws the same bytes for 600 generated values at 40, 80 and 300 columns'), () => {
		const cases = generate(7).flatMap((value) => [40, 80, 300].map((width) => ({ value, width })));
		const expected = awsTables(cases);
		const differing = cases.map((testCase, i) => ({ ...testCase, ours: ours(testCase.value, testCase.width), theirs: expected[i] })).filter((c) => JSON.stringify(c.ours) !== JSON.stringify(c.theirs));
		expect(differing.slice(0, 3)).toEqual([]);
		// The generator must produce tables and the AWS CLI's refusals alike.
		expect(expected.filter((result) => 'out' in result && result.out !== '').length).toBeGreaterThan(600);
		expect(expected.filter((result) => 'error' in result).length).toBeGreaterThan(10);
	});
});
