/** The grammar of a `--query`: the reference parser's decisions and tree, over the binding powers of query-cursor.ts. */
import type { Comparison, QueryNode } from './ast.js';
import { BINDING_POWER, TokenCursor } from './query-cursor.js';
import { GrammarError, IncompleteError, type Token } from './query-tokens.js';

/** Tokens binding less than this end a projection. */
const PROJECTION_STOP = 10;
const COMPARATORS = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']);

const IDENTITY: QueryNode = { type: 'identity' };

/** A top-down operator precedence parser with the reference parser's decisions and tree. */
export class Parser extends TokenCursor {
	parse(): QueryNode {
		const tree = this.expression(0);
		if (this.type() !== 'eof') {
			const token = this.token();
			throw new GrammarError(token.start, token, `Unexpected token: ${token.text}`);
		}
		return tree;
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
}
