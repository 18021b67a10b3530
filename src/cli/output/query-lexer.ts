/** The token list of a `--query`, made whole first as the AWS CLI's parser does: a bad token anywhere is reported before any grammar. */
import { LexError, type Token } from './query-tokens.js';
import { jsonLiteral, jsonStringProblem } from './query-json.js';
import { pythonStr } from './plain.js';

const SIMPLE: Readonly<Record<string, string>> = { '.': 'dot', '*': 'star', ']': 'rbracket', ',': 'comma', ':': 'colon', '@': 'current', '(': 'lparen', ')': 'rparen', '{': 'lbrace', '}': 'rbrace' };
/** Characters that make one token alone, or two with the expected second character: [second, paired type, single type]. */
const PAIRED: Readonly<Record<string, readonly [string, string, string]>> = {
	'|': ['|', 'or', 'pipe'],
	'&': ['&', 'and', 'expref'],
	'<': ['=', 'lte', 'lt'],
	'>': ['=', 'gte', 'gt'],
	'!': ['=', 'ne', 'not'],
};
const START_IDENTIFIER = /^[A-Za-z_]$/;
const IDENTIFIER = /^[A-Za-z0-9_]$/;
const DIGIT = /^[0-9]$/;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function tokenize(chars: string[]): Token[] {
	return new Lexer(chars).tokens();
}

class Lexer {
	private position = 0;
	constructor(private readonly chars: string[]) {}

	tokens(): Token[] {
		const tokens: Token[] = [];
		while (this.current() !== undefined) {
			const token = this.token(this.current() ?? '');
			if (token !== undefined) tokens.push(token);
		}
		tokens.push({ type: 'eof', text: '', start: this.chars.length });
		return tokens;
	}

	/** The token starting at the current character; undefined for whitespace. */
	private token(char: string): Token | undefined {
		const start = this.position;
		const simple = SIMPLE[char];
		if (simple !== undefined) {
			this.next();
			return { type: simple, text: char, start };
		}
		const paired = PAIRED[char];
		if (paired !== undefined) return this.pair(...paired);
		if (START_IDENTIFIER.test(char)) return { type: 'unquoted_identifier', text: this.run(IDENTIFIER), start };
		if (WHITESPACE.has(char)) {
			this.next();
			return undefined;
		}
		if (DIGIT.test(char) || char === '-') return this.number();
		return this.delimited(char);
	}

	/** Tokens opened by a bracket, a quote, a backquote or `=`. */
	private delimited(char: string): Token {
		const start = this.position;
		switch (char) {
			case '[':
				return this.bracket();
			case "'": {
				const text = this.until("'").replace(/\\'/g, "'");
				return { type: 'literal', text, start, value: text };
			}
			case '`': {
				const value = jsonLiteral(this.until('`').replace(/\\`/g, '`'), start);
				return { type: 'literal', text: pythonStr(value), start, value };
			}
			case '"':
				return this.quotedIdentifier();
			case '=':
				if (this.next() !== '=') throw new LexError(start, "Unknown token '='");
				this.next();
				return { type: 'eq', text: '==', start };
			default:
				throw new LexError(start, `Unknown token ${char}`);
		}
	}

	private current(): string | undefined {
		return this.chars[this.position];
	}

	// Past the last character there is no current one; errors name where a token started, never this position.
	private next(): string | undefined {
		if (this.position < this.chars.length - 1) this.position += 1;
		else this.position = this.chars.length;
		return this.current();
	}

	/** The current character and those after it that match `pattern`. */
	private run(pattern: RegExp): string {
		let text = this.current() ?? '';
		while (pattern.test(this.next() ?? '')) text += this.current();
		return text;
	}

	/** The text between the current delimiter and the next unescaped one; backslashes are kept. */
	private until(delimiter: string): string {
		const start = this.position;
		let text = '';
		this.next();
		while (this.current() !== delimiter) {
			if (this.current() === '\\') {
				text += '\\';
				this.next();
			}
			const char = this.current();
			if (char === undefined) throw new LexError(start, `Unclosed ${delimiter} delimiter`);
			text += char;
			this.next();
		}
		this.next();
		return text;
	}

	private pair(expected: string, matched: string, otherwise: string): Token {
		const start = this.position;
		const first = this.current() ?? '';
		if (this.next() === expected) {
			this.next();
			return { type: matched, text: first + expected, start };
		}
		return { type: otherwise, text: first, start };
	}

	private bracket(): Token {
		const start = this.position;
		const after = this.next();
		if (after !== ']' && after !== '?') return { type: 'lbracket', text: '[', start };
		this.next();
		return { type: after === ']' ? 'flatten' : 'filter', text: `[${after}`, start };
	}

	private number(): Token {
		const start = this.position;
		const text = this.run(DIGIT);
		if (text === '-') throw new LexError(start, "Unknown token '-'");
		return { type: 'number', text: BigInt(text).toString(), start };
	}

	private quotedIdentifier(): Token {
		const start = this.position;
		const text = this.until('"');
		const problem = jsonStringProblem(text);
		if (problem !== undefined) throw new LexError(start, problem);
		return { type: 'quoted_identifier', text: JSON.parse(`"${text}"`) as string, start };
	}
}
