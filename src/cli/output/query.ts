/**
 * `--query`, checked once before any request. The grammar check follows the JMESPath parser the AWS CLI runs
 * (Python's jmespath 1.x: its tokens, the binding power of each, and where it gives up), so a bad expression
 * fails with the AWS CLI's own words, column and caret:
 *
 *     Bad value for --query a.[: Invalid jmespath expression: Incomplete expression:
 *     "a.["
 *         ^
 *
 * The parser builds the tree Python's does, and `evaluate` runs it by Python's rules. Unknown functions, wrong
 * argument counts and types are, as in the AWS CLI, found only when the expression runs.
 */
import type { QueryNode } from './ast.js';
import { CliFailure } from '../exit.js';
import { evaluate, holdsExpressionReference, QueryRuntimeError } from './evaluate.js';
import { tokenize } from './query-lexer.js';
import { Parser } from './query-parser.js';
import { GrammarError, IncompleteError, LexError } from './query-tokens.js';

export interface CompiledQuery {
	readonly expression: string;
	search(value: unknown): unknown;
}

/** Checks `expression` as the AWS CLI does; throws a CliFailure (exit 255) with the AWS CLI's message. */
export function compileQuery(expression: string): CompiledQuery {
	const parsed = parseQuery(expression);
	if ('problem' in parsed) throw new CliFailure(`\nBad value for --query ${expression}: ${parsed.problem}\n`);
	const { tree } = parsed;
	return {
		expression,
		search: (value) => {
			try {
				const result = evaluate(tree, value);
				// Python's JSON encoder cannot print `&expression` itself.
				if (holdsExpressionReference(result)) throw new QueryRuntimeError('Encountered unrecognized type in JSON encoder.');
				return result;
			} catch (error) {
				if (error instanceof QueryRuntimeError) throw new CliFailure(`\n${error.message}\n`);
				throw error;
			}
		},
	};
}

/** What the AWS CLI's parser says is wrong with `expression`, or undefined when it parses. */
export function syntaxProblem(expression: string): string | undefined {
	const parsed = parseQuery(expression);
	return 'problem' in parsed ? parsed.problem : undefined;
}

/** The tree of `expression`, or what the AWS CLI's parser says is wrong with it. */
export function parseQuery(expression: string): { tree: QueryNode } | { problem: string } {
	if (expression === '') return { problem: 'Invalid JMESPath expression: cannot be empty.' };
	const chars = Array.from(expression);
	try {
		return { tree: new Parser(tokenize(chars)).parse() };
	} catch (error) {
		if (error instanceof LexError) return { problem: `Bad jmespath expression: ${error.message}:\n${expression}\n${' '.repeat(error.position)}^` };
		if (error instanceof IncompleteError) return { problem: `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(chars.length + 1)}^` };
		if (error instanceof GrammarError) {
			const { token } = error;
			return { problem: `${error.message}: Parse error at column ${error.position}, token "${token.text}" (${token.type.toUpperCase()}), for expression:\n"${expression}"\n${' '.repeat(error.position + 1)}^` };
		}
		throw error;
	}
}
