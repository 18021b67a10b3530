/**
 * Makes a string that a service model's regular expression accepts, for generated items whose fields are
 * constrained by a pattern no plain value fits (`arn:aws(-[^:]+)?:bedrock-agentcore:...:runtime/[a-zA-Z]...`).
 * It reads the subset of syntax AWS's patterns use (groups, alternation, classes, escapes, quantifiers), and
 * prefers letters and digits, so the values read like identifiers.
 */
import type { Random } from './random.js';

type Node =
	| { readonly kind: 'chars'; readonly chars: string }
	| { readonly kind: 'alt'; readonly options: readonly Node[][] }
	| { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number };

const PRINTABLE = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ESCAPES: Readonly<Record<string, string>> = {
	d: '0123456789',
	D: 'abcdefghij',
	w: `${ALNUM}_`,
	W: '-.',
	s: ' ',
	S: ALNUM,
	n: '\n',
	t: '\t',
};
/** Repetitions past a quantifier's minimum, at most (unbounded `*` and `+` stay short). */
const EXTRA_REPEATS = 6;

/** A string the pattern matches, or `undefined` if the pattern uses syntax this reader does not know. */
export function samplePattern(pattern: string, random: Random): string | undefined {
	try {
		const parser = new PatternParser(pattern.replace(/^\^/, '').replace(/\$$/, ''));
		const sequence = parser.sequence();
		return emit(sequence, random);
	} catch {
		return undefined;
	}
}

function emit(sequence: readonly Node[], random: Random): string {
	let out = '';
	for (const node of sequence) out += emitNode(node, random);
	return out;
}

function emitNode(node: Node, random: Random): string {
	switch (node.kind) {
		case 'chars': {
			const letters = [...node.chars].filter((char) => ALNUM.includes(char));
			const pool = letters.length > 0 && random() < 0.9 ? letters : [...node.chars];
			return pool[Math.floor(random() * pool.length)] ?? '';
		}
		case 'alt':
			return emit(node.options[Math.floor(random() * node.options.length)] ?? [], random);
		case 'repeat': {
			// Optional parts are usually left out (the `(-[^:]+)?` of a partition), so the value stays plain.
			const optional = node.min === 0 && node.max === 1;
			const count = optional ? (random() < 0.2 ? 1 : 0) : node.min + Math.floor(random() * (Math.min(node.max, node.min + EXTRA_REPEATS) - node.min + 1));
			let out = '';
			for (let index = 0; index < count; index++) out += emitNode(node.node, random);
			return out;
		}
	}
}

class PatternParser {
	private at = 0;
	constructor(private readonly source: string) {}

	/** Alternatives up to the end or a closing parenthesis. */
	sequence(): Node[] {
		const options: Node[][] = [[]];
		while (this.at < this.source.length && this.peek() !== ')') {
			if (this.peek() === '|') {
				this.at++;
				options.push([]);
				continue;
			}
			const atom = this.atom();
			(options.at(-1) as Node[]).push(this.quantified(atom));
		}
		return options.length === 1 ? (options[0] as Node[]) : [{ kind: 'alt', options }];
	}

	private atom(): Node {
		const char = this.next();
		if (char === '(') {
			if (this.source.startsWith('?:', this.at)) this.at += 2;
			const inner = this.sequence();
			if (this.next() !== ')') throw new SyntaxError('unclosed group');
			return { kind: 'alt', options: [inner] };
		}
		if (char === '[') return { kind: 'chars', chars: this.charClass() };
		if (char === '\\') return { kind: 'chars', chars: this.escape() };
		if (char === '.') return { kind: 'chars', chars: ALNUM };
		if (char === '^' || char === '$') return { kind: 'chars', chars: '' };
		return { kind: 'chars', chars: char };
	}

	private quantified(node: Node): Node {
		const char = this.peek();
		let bounds: [number, number] | undefined;
		if (char === '?') bounds = [0, 1];
		else if (char === '*') bounds = [0, Number.POSITIVE_INFINITY];
		else if (char === '+') bounds = [1, Number.POSITIVE_INFINITY];
		else if (char === '{' && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.at))) {
			const [, low, comma, high] = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at)) as RegExpExecArray;
			this.at += (/^\{\d+(,\d*)?\}/.exec(this.source.slice(this.at)) as RegExpExecArray)[0].length - 1;
			const min = Number(low);
			bounds = [min, comma === undefined ? min : high === '' || high === undefined ? Number.POSITIVE_INFINITY : Number(high)];
		}
		if (bounds === undefined) return node;
		this.at++;
		if (this.peek() === '?' || this.peek() === '+') this.at++; // lazy or possessive: the same strings
		return { kind: 'repeat', node, min: bounds[0], max: bounds[1] };
	}

	private charClass(): string {
		const negated = this.peek() === '^';
		if (negated) this.at++;
		let chars = '';
		let first = true;
		while (this.peek() !== ']' || first) {
			first = false;
			const char = this.next();
			const start = char === '\\' ? this.escape() : char;
			if (this.peek() === '-' && this.source[this.at + 1] !== ']' && start.length === 1) {
				this.at++;
				const endChar = this.next();
				const end = endChar === '\\' ? this.escape() : endChar;
				for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
			} else chars += start;
		}
		this.at++;
		return negated ? [...PRINTABLE].filter((char) => !chars.includes(char)).join('') : chars;
	}

	private escape(): string {
		const char = this.next();
		if (char === 'p' || char === 'P') {
			// A Unicode property (`\p{L}`): letters stand in for it.
			if (this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1;
			return ALNUM;
		}
		return ESCAPES[char] ?? char;
	}

	private peek(): string {
		return this.source[this.at] ?? '';
	}

	private next(): string {
		if (this.at >= this.source.length) throw new SyntaxError('unexpected end');
		return this.source[this.at++] as string;
	}
}
