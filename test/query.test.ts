/**
 * `--query` is refused with the AWS CLI's words, column and caret: our grammar check against the JMESPath parser
 * the AWS CLI runs (Python's jmespath), over hand-picked mistakes and a few thousand generated expressions.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { syntaxProblem } from '../src/cli/output/query.js';
import { botoMissing } from './support/python.js';

const title = (text: string) => (botoMissing ? `${text} (skipped: ${botoMissing})` : text);

/** What Python's jmespath says of each expression: its message, or null when it parses. */
function pythonProblems(expressions: string[]): (string | null)[] {
	const script = [
		'import json, sys, jmespath',
		'out = []',
		'for e in json.load(sys.stdin):',
		'    try:',
		'        jmespath.compile(e); out.append(None)',
		'    except Exception as x:',
		'        out.append(str(x))',
		'print(json.dumps(out))',
	].join('\n');
	return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(expressions), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as (string | null)[];
}

const MISTAKES = [
	'a.[', 'a.*.[', 'a ~ b', 'foo[?a==', 'a.', 'a ]', '[1:2:3:4]', 'a[1:', 'a[?b]]', '"a"(b)', 'a[0](b)', '`{bad`', "'open", '"open',
	'"a\\qb"', '"\\u12"', 'a = b', 'a =', '-', 'a || ', '{a b}', '{1: a}', 'foo.bar.', 'a[*', 'a[*]]', '!', '&', '@.', 'f(a,', 'a | | b',
	'modelSummaries[].modelName', 'length(@)', 'a[-1]', 'a[::-1]', '`true`', '`foo`', "'x'", '"日本"', 'a.日本', 'a[?b == `1`] | [0]',
	'', ' ', 'a.b.c.d[0][1][2:3]', 'a[?b].c[*].d', '{"q": a, b: `[1]`}', 'not_a_function(a)', 'a && b || !c',
];

describe.skipIf(botoMissing !== undefined)('a --query the AWS CLI refuses', () => {
	it(title('gets the same message as from the AWS CLI\'s parser, or none when it parses'), () => {
		const python = pythonProblems(MISTAKES);
		const ours = MISTAKES.map((expression) => syntaxProblem(expression) ?? null);
		expect(ours.map((problem, i) => [MISTAKES[i], problem])).toEqual(python.map((problem, i) => [MISTAKES[i], problem]));
		expect(python.filter((problem) => problem !== null).length).toBeGreaterThan(30);
	});

	it(title('agrees with the AWS CLI\'s parser on 3,000 generated expressions'), () => {
		const pieces = ['a', 'b', '.', '*', '[', ']', '[]', '[?', '?', '|', '||', '&&', '&', '(', ')', '{', '}', ':', ',', '@', '!', '==', '!=', '<', '>=', '1', '-1', '`1`', "'s'", '"q"', ' ', 'f(', 'length('];
		let seed = 19;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return Math.floor(seed / 65536) % n;
		};
		const expressions = Array.from({ length: 3000 }, () => Array.from({ length: 1 + random(7) }, () => pieces[random(pieces.length)]).join(''));
		const python = pythonProblems(expressions);
		const disagreements = expressions.filter((expression, i) => (syntaxProblem(expression) ?? null) !== python[i]);
		expect(disagreements).toEqual([]);
		// The generator must reach both sides, or the comparison proves little.
		expect(python.filter((problem) => problem === null).length).toBeGreaterThan(100);
		expect(python.filter((problem) => problem !== null).length).toBeGreaterThan(1000);
	});
});
