/** The tokens of a `--query` and the three ways Python's jmespath refuses one, each reported in its own words. */
export interface Token {
	type: string;
	/** The token's value as Python's `%s` shows it. */
	text: string;
	start: number;
	/** A literal's value. */
	value?: unknown;
}

/** A character sequence that is no token: reported with the column where its token started. */
export class LexError extends Error {
	constructor(
		readonly position: number,
		message: string,
	) {
		super(message);
	}
}

/** Tokens in an order the grammar does not allow. */
export class GrammarError extends Error {
	constructor(
		readonly position: number,
		readonly token: Token,
		message: string,
	) {
		super(message);
	}
}

/** The expression ended where the grammar needed more. */
export class IncompleteError extends Error {}
