/** The parser's view of the tokens: where it is, what binds how tightly, and the errors of an unexpected token. */
import { GrammarError, IncompleteError, type Token } from './query-tokens.js';

/** The reference parser's binding powers, by token type. */
export const BINDING_POWER: Readonly<Record<string, number>> = {
	eof: 0, unquoted_identifier: 0, quoted_identifier: 0, literal: 0, rbracket: 0, rparen: 0, comma: 0, rbrace: 0, number: 0, current: 0, expref: 0, colon: 0,
	pipe: 1, or: 2, and: 3, eq: 5, gt: 5, lt: 5, gte: 5, lte: 5, ne: 5, flatten: 9,
	star: 20, filter: 21, dot: 40, not: 45, lbrace: 50, lbracket: 55, lparen: 60,
};

/** A position in the token list, with the checks every grammar rule makes of the token there. */
export class TokenCursor {
	private index = 0;
	constructor(private readonly tokens: Token[]) {}

	protected token(offset = 0): Token {
		return this.tokens[this.index + offset] ?? (this.tokens.at(-1) as Token);
	}
	protected type(offset = 0): string {
		return this.token(offset).type;
	}
	protected advance(): void {
		this.index += 1;
	}
	protected power(): number {
		return BINDING_POWER[this.type()] ?? 0;
	}

	protected match(type: string): void {
		if (this.type() === type) this.advance();
		else this.expected(type);
	}

	/** At the end of the expression it is incomplete; elsewhere the token is not the one expected. */
	protected expected(what: string): never {
		const token = this.token();
		if (token.type === 'eof') throw new IncompleteError();
		throw new GrammarError(token.start, token, `Expecting: ${what}, got: ${token.type}`);
	}

	protected invalid(token: Token, reason: string): GrammarError {
		return new GrammarError(token.start, token, reason);
	}
}
