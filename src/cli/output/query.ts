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
import type { Comparison, QueryNode } from './ast.js';
import { CliFailure } from '../exit.js';
import { evaluate, holdsExpressionReference, QueryRuntimeError } from './evaluate.js';
import { pythonStr } from './plain.js';

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

interface Token {
	type: string;
	/** The token's value as Python's `%s` shows it. */
	text: string;
	start: number;
	/** A literal's value. */
	value?: unknown;
}

class LexError extends Error {
	constructor(
		readonly position: number,
		message: string,
	) {
		super(message);
	}
}
class GrammarError extends Error {
	constructor(
		readonly position: number,
		readonly token: Token,
		message: string,
	) {
		super(message);
	}
}
class IncompleteError extends Error {}

const SIMPLE: Readonly<Record<string, string>> = { '.': 'dot', '*': 'star', ']': 'rbracket', ',': 'comma', ':': 'colon', '@': 'current', '(': 'lparen', ')': 'rparen', '{': 'lbrace', '}': 'rbrace' };
const START_IDENTIFIER = /^[A-Za-z_]$/;
const IDENTIFIER = /^[A-Za-z0-9_]$/;
const DIGIT = /^[0-9]$/;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** The whole token list first, as the AWS CLI's parser makes it: a bad token anywhere is reported before any grammar. */
function tokenize(chars: string[]): Token[] {
	const tokens: Token[] = [];
	let position = 0;
	const current = () => chars[position];
	// Past the last character there is no current one; errors name where a token started, never this position.
	const next = () => {
		if (position < chars.length - 1) position += 1;
		else position = chars.length;
		return current();
	};
	const until = (delimiter: string) => {
		const start = position;
		let text = '';
		next();
		while (current() !== delimiter) {
			if (current() === '\\') {
				text += '\\';
				next();
			}
			const char = current();
			if (char === undefined) throw new LexError(start, `Unclosed ${delimiter} delimiter`);
			text += char;
			next();
		}
		next();
		return text;
	};
	const number = () => {
		let text = current() ?? '';
		while (DIGIT.test(next() ?? '')) text += current();
		return text;
	};
	const pair = (expected: string, matched: string, otherwise: string) => {
		const start = position;
		const first = current() ?? '';
		if (next() === expected) {
			next();
			return { type: matched, text: first + expected, start };
		}
		return { type: otherwise, text: first, start };
	};

	while (current() !== undefined) {
		const char = current() ?? '';
		const start = position;
		const simple = SIMPLE[char];
		if (simple !== undefined) {
			tokens.push({ type: simple, text: char, start });
			next();
		} else if (START_IDENTIFIER.test(char)) {
			let text = char;
			while (IDENTIFIER.test(next() ?? '')) text += current();
			tokens.push({ type: 'unquoted_identifier', text, start });
		} else if (WHITESPACE.has(char)) next();
		else if (char === '[') {
			const after = next();
			if (after === ']' || after === '?') {
				next();
				tokens.push({ type: after === ']' ? 'flatten' : 'filter', text: `[${after}`, start });
			} else tokens.push({ type: 'lbracket', text: '[', start });
		} else if (char === "'") {
			const text = until("'").replace(/\\'/g, "'");
			tokens.push({ type: 'literal', text, start, value: text });
		}
		else if (char === '|') tokens.push(pair('|', 'or', 'pipe'));
		else if (char === '&') tokens.push(pair('&', 'and', 'expref'));
		else if (char === '`') {
			const value = jsonLiteral(until('`').replace(/\\`/g, '`'), start);
			tokens.push({ type: 'literal', text: pythonStr(value), start, value });
		}
		else if (DIGIT.test(char) || char === '-') {
			const text = number();
			if (text === '-') throw new LexError(start, "Unknown token '-'");
			tokens.push({ type: 'number', text: BigInt(text).toString(), start });
		} else if (char === '"') {
			const text = until('"');
			const problem = jsonStringProblem(text);
			if (problem !== undefined) throw new LexError(start, problem);
			tokens.push({ type: 'quoted_identifier', text: JSON.parse(`"${text}"`) as string, start });
		} else if (char === '<') tokens.push(pair('=', 'lte', 'lt'));
		else if (char === '>') tokens.push(pair('=', 'gte', 'gt'));
		else if (char === '!') tokens.push(pair('=', 'ne', 'not'));
		else if (char === '=') {
			if (next() !== '=') throw new LexError(start, "Unknown token '='");
			tokens.push({ type: 'eq', text: '==', start });
			next();
		} else throw new LexError(start, `Unknown token ${char}`);
	}
	tokens.push({ type: 'eof', text: '', start: chars.length });
	return tokens;
}

/** A backquoted literal is JSON, or else (a deprecated form) the text of a JSON string. */
function jsonLiteral(text: string, start: number): unknown {
	for (const candidate of [text, `"${text.trimStart()}"`]) {
		const parsed = parsePythonJson(candidate);
		if (parsed.ok) return parsed.value;
	}
	throw new LexError(start, `Bad token ${text}`);
}

/** JSON as Python reads it: also NaN and (-)Infinity. */
function parsePythonJson(text: string): { ok: true; value: unknown } | { ok: false } {
	const bare = text.trim();
	if (bare === 'NaN') return { ok: true, value: Number.NaN };
	if (bare === 'Infinity' || bare === '-Infinity') return { ok: true, value: bare === 'Infinity' ? Infinity : -Infinity };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

/** The first thing Python's JSON decoder refuses in the inside of a quoted string, in its words. */
function jsonStringProblem(text: string): string | undefined {
	for (let i = 0; i < text.length; i++) {
		const char = text[i] ?? '';
		if (char < ' ') return 'Invalid control character at';
		if (char !== '\\') continue;
		const escape = text[i + 1] ?? '';
		if (escape === 'u') {
			if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return 'Invalid \\uXXXX escape';
			i += 5;
		} else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 1;
		else return 'Invalid \\escape';
	}
	return undefined;
}

const BINDING_POWER: Readonly<Record<string, number>> = {
	eof: 0, unquoted_identifier: 0, quoted_identifier: 0, literal: 0, rbracket: 0, rparen: 0, comma: 0, rbrace: 0, number: 0, current: 0, expref: 0, colon: 0,
	pipe: 1, or: 2, and: 3, eq: 5, gt: 5, lt: 5, gte: 5, lte: 5, ne: 5, flatten: 9,
	star: 20, filter: 21, dot: 40, not: 45, lbrace: 50, lbracket: 55, lparen: 60,
};
/** Tokens binding less than this end a projection. */
const PROJECTION_STOP = 10;
const COMPARATORS = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']);

const IDENTITY: QueryNode = { type: 'identity' };

/** A top-down operator precedence parser with the reference parser's decisions and tree. */
class Parser {
	private index = 0;
	constructor(private readonly tokens: Token[]) {}

	parse(): QueryNode {
		const tree = this.expression(0);
		if (this.type() !== 'eof') {
			const token = this.token();
			throw new GrammarError(token.start, token, `Unexpected token: ${token.text}`);
		}
		return tree;
	}

	private token(offset = 0): Token {
		return this.tokens[this.index + offset] ?? (this.tokens.at(-1) as Token);
	}
	private type(offset = 0): string {
		return this.token(offset).type;
	}
	private advance(): void {
		this.index += 1;
	}
	private power(): number {
		return BINDING_POWER[this.type()] ?? 0;
	}

	private expression(bindingPower: number): QueryNode {
		const token = this.token();
		this.advance();
		let left = this.nud(token);
		while (bindingPower < this.power()) {
			const type = this.type();
			if (!this.hasLed(type)) throw this.invalid(this.token(), 'invalid token');
			this.advance();
			left = this.led(type, left);
		}
		return left;
	}

	private nud(token: Token): QueryNode {
		switch (token.type) {
			case 'literal':
				return { type: 'literal', value: token.value };
			case 'current':
				return { type: 'current' };
			case 'unquoted_identifier':
				return { type: 'field', name: token.text };
			case 'quoted_identifier':
				if (this.type() === 'lparen') throw new GrammarError(0, this.token(), 'Quoted identifier not allowed for function names.');
				return { type: 'field', name: token.text };
			case 'star':
				return { type: 'value_projection', left: IDENTITY, right: this.type() === 'rbracket' ? IDENTITY : this.projectionRight(BINDING_POWER['star'] ?? 0) };
			case 'filter':
				return this.filter(IDENTITY);
			case 'lbrace':
				return this.multiSelectHash();
			case 'lparen': {
				const inner = this.expression(0);
				this.match('rparen');
				return inner;
			}
			case 'flatten':
				return { type: 'projection', left: { type: 'flatten', child: IDENTITY }, right: this.projectionRight(BINDING_POWER['flatten'] ?? 0) };
			case 'not':
				return { type: 'not', child: this.expression(BINDING_POWER['not'] ?? 0) };
			case 'lbracket':
				if (this.type() === 'number' || this.type() === 'colon') return this.projectIfSlice(IDENTITY, this.indexExpression());
				if (this.type() === 'star' && this.type(1) === 'rbracket') {
					this.advance();
					this.advance();
					return { type: 'projection', left: IDENTITY, right: this.projectionRight(BINDING_POWER['star'] ?? 0) };
				}
				return this.multiSelectList();
			case 'expref':
				return { type: 'expref', child: this.expression(BINDING_POWER['expref'] ?? 0) };
			case 'eof':
				throw new IncompleteError();
			default:
				throw this.invalid(token, 'invalid token');
		}
	}

	private hasLed(type: string): boolean {
		return ['dot', 'pipe', 'or', 'and', 'lparen', 'filter', 'flatten', 'lbracket'].includes(type) || COMPARATORS.has(type);
	}

	private led(type: string, left: QueryNode): QueryNode {
		if (COMPARATORS.has(type)) return { type: 'comparator', operator: type as Comparison, left, right: this.expression(BINDING_POWER[type] ?? 0) };
		switch (type) {
			case 'dot': {
				if (this.type() === 'star') {
					this.advance();
					return { type: 'value_projection', left, right: this.projectionRight(BINDING_POWER['dot'] ?? 0) };
				}
				const right = this.dotRight(BINDING_POWER['dot'] ?? 0);
				return left.type === 'subexpression' ? { type: 'subexpression', children: [...left.children, right] } : { type: 'subexpression', children: [left, right] };
			}
			case 'pipe':
			case 'or':
			case 'and':
				return { type, left, right: this.expression(BINDING_POWER[type] ?? 0) };
			case 'lparen':
				return this.functionCall(left);
			case 'filter':
				return this.filter(left);
			case 'flatten':
				return { type: 'projection', left: { type: 'flatten', child: left }, right: this.projectionRight(BINDING_POWER['flatten'] ?? 0) };
			default: {
				// lbracket: an index or slice, or a `[*]` projection.
				if (this.type() === 'number' || this.type() === 'colon') {
					const right = this.indexExpression();
					// Indexes after an index join it, even a slice (which then projects nothing).
					if (left.type === 'index_expression') return { type: 'index_expression', children: [...left.children, right] };
					return this.projectIfSlice(left, right);
				}
				this.match('star');
				this.match('rbracket');
				return { type: 'projection', left, right: this.projectionRight(BINDING_POWER['star'] ?? 0) };
			}
		}
	}

	private functionCall(left: QueryNode): QueryNode {
		if (left.type !== 'field') {
			// The token before the parenthesis is what was taken for a function name.
			const name = this.token(-2);
			throw new GrammarError(name.start, name, `Invalid function name '${name.text}'`);
		}
		const args: QueryNode[] = [];
		while (this.type() !== 'rparen') {
			args.push(this.expression(0));
			if (this.type() === 'comma') this.match('comma');
		}
		this.match('rparen');
		return { type: 'function', name: left.name, args };
	}

	private filter(left: QueryNode): QueryNode {
		const condition = this.expression(0);
		this.match('rbracket');
		const right = this.type() === 'flatten' ? IDENTITY : this.projectionRight(BINDING_POWER['filter'] ?? 0);
		return { type: 'filter_projection', left, right, condition };
	}

	private indexExpression(): QueryNode {
		if (this.type() === 'colon' || this.type(1) === 'colon') return this.slice();
		const index = Number(this.token().text);
		this.advance();
		this.match('rbracket');
		return { type: 'index', index };
	}

	private slice(): QueryNode {
		const parts: (number | null)[] = [null, null, null];
		let part = 0;
		while (this.type() !== 'rbracket' && part < 3) {
			if (this.type() === 'colon') {
				part += 1;
				if (part === 3) throw this.invalid(this.token(), 'syntax error');
				this.advance();
			} else if (this.type() === 'number') {
				parts[part] = Number(this.token().text);
				this.advance();
			} else throw this.invalid(this.token(), 'syntax error');
		}
		this.match('rbracket');
		const [start = null, stop = null, step = null] = parts;
		return { type: 'slice', start, stop, step };
	}

	private projectIfSlice(left: QueryNode, right: QueryNode): QueryNode {
		const indexed: QueryNode = { type: 'index_expression', children: [left, right] };
		if (right.type !== 'slice') return indexed;
		return { type: 'projection', left: indexed, right: this.projectionRight(BINDING_POWER['star'] ?? 0) };
	}

	private multiSelectList(): QueryNode {
		const children: QueryNode[] = [];
		for (;;) {
			children.push(this.expression(0));
			if (this.type() === 'rbracket') break;
			this.match('comma');
		}
		this.match('rbracket');
		return { type: 'multi_select_list', children };
	}

	private multiSelectHash(): QueryNode {
		const pairs: { key: string; value: QueryNode }[] = [];
		for (;;) {
			if (this.type() !== 'quoted_identifier' && this.type() !== 'unquoted_identifier') this.expected("['quoted_identifier', 'unquoted_identifier']");
			const key = this.token().text;
			this.advance();
			this.match('colon');
			pairs.push({ key, value: this.expression(0) });
			if (this.type() === 'comma') this.match('comma');
			else if (this.type() === 'rbrace') {
				this.match('rbrace');
				break;
			}
		}
		return { type: 'multi_select_dict', pairs };
	}

	private projectionRight(bindingPower: number): QueryNode {
		if (this.power() < PROJECTION_STOP) return IDENTITY;
		if (this.type() === 'lbracket' || this.type() === 'filter') return this.expression(bindingPower);
		if (this.type() === 'dot') {
			this.match('dot');
			return this.dotRight(bindingPower);
		}
		throw this.invalid(this.token(), 'syntax error');
	}

	private dotRight(bindingPower: number): QueryNode {
		const type = this.type();
		if (type === 'quoted_identifier' || type === 'unquoted_identifier' || type === 'star') return this.expression(bindingPower);
		if (type === 'lbracket') {
			this.match('lbracket');
			return this.multiSelectList();
		}
		if (type === 'lbrace') {
			this.match('lbrace');
			return this.multiSelectHash();
		}
		throw this.invalid(this.token(), `Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: ${type}`);
	}

	private match(type: string): void {
		if (this.type() === type) this.advance();
		else this.expected(type);
	}

	/** At the end of the expression it is incomplete; elsewhere the token is not the one expected. */
	private expected(what: string): never {
		const token = this.token();
		if (token.type === 'eof') throw new IncompleteError();
		throw new GrammarError(token.start, token, `Expecting: ${what}, got: ${token.type}`);
	}

	private invalid(token: Token, reason: string): GrammarError {
		return new GrammarError(token.start, token, reason);
	}
}
