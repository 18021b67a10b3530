/**
 * The output formats. `json` and `text` are the AWS CLI's own, byte for byte: json holds the whole result and
 * applies --query to it at the end; text prints each page as it arrives, --query applied to each page and to
 * the NextToken line, as the AWS CLI does. `jsonl` (one item per line, streamed) and `table` (for people) are
 * this project's own.
 */
import jmespath from 'jmespath';
import type { OutputFormat } from '../arguments.js';
import { awsJson, pythonStr, toWire } from './plain.js';
import { formatText } from './text.js';

export interface OutputWriter {
	/** A page of items, as the listing hands it over. */
	page(items: readonly unknown[]): void;
	/** Called once at the end with the token that resumes after everything printed. */
	end(nextToken: string | undefined): void;
	/** Items printed so far (for streaming formats; 0 for json, which prints at the end). */
	readonly printed: number;
}

export type Write = (text: string) => void;

export function createWriter(format: OutputFormat, resultKey: string, query: string | undefined, write: Write, writeError: Write, structure?: string): OutputWriter {
	const wire = (item: unknown) => toWire(item, structure);
	const search = query === undefined ? (value: unknown) => value : (value: unknown) => jmespath.search(value as never, query);
	if (format === 'json') {
		const all: unknown[] = [];
		return {
			printed: 0,
			page: (items) => {
				for (const item of items) all.push(wire(item));
			},
			end: (nextToken) => {
				const full: Record<string, unknown> = { [resultKey]: all };
				if (nextToken !== undefined) full['NextToken'] = nextToken;
				const shown = search(full);
				if (!(typeof shown === 'object' && shown !== null && !Array.isArray(shown) && Object.keys(shown).length === 0)) write(awsJson(shown));
			},
		};
	}
	if (format === 'text') {
		let printed = 0;
		return {
			get printed() {
				return printed;
			},
			page: (items) => {
				let text = '';
				formatText(search({ [resultKey]: items.map(wire) }), (line) => (text += line));
				write(text);
				printed += items.length;
			},
			end: (nextToken) => {
				if (nextToken === undefined) return;
				let text = '';
				formatText(search({ NextToken: { NextToken: nextToken } }), (line) => (text += line));
				write(text);
			},
		};
	}
	if (format === 'jsonl') {
		let printed = 0;
		return {
			get printed() {
				return printed;
			},
			page: (items) => {
				if (items.length === 0) return;
				write(`${items.map((item) => JSON.stringify(search(wire(item)))).join('\n')}\n`);
				printed += items.length;
			},
			// stdout stays pure JSON Lines; the token goes where a person (or 2>) sees it.
			end: (nextToken) => {
				if (nextToken !== undefined) writeError(`NextToken: ${nextToken}\n`);
			},
		};
	}
	return tableWriter(write, search, wire);
}

const PREFERRED = [/name$/i, /^status$|status$/i, /^(creationTime|createdAt|submitTime|updatedAt)$/, /^type$|Type$/, /Arn$|^id$|Id$/];
const WIDTH = 40;

/** A table for people: up to five columns chosen from the first page (names, status, time, type, id). */
function tableWriter(write: Write, search: (value: unknown) => unknown, wire: (item: unknown) => unknown): OutputWriter {
	let columns: string[] | undefined;
	let printed = 0;
	const fit = (text: string) => (text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text.padEnd(WIDTH));
	return {
		get printed() {
			return printed;
		},
		page: (items) => {
			const rows = items.map((item) => search(wire(item)) as Record<string, unknown>);
			if (columns === undefined && rows.length > 0) {
				const first = rows[0] ?? {};
				const scalar = Object.keys(first).filter((key) => typeof first[key] !== 'object' || first[key] === null);
				columns = [];
				for (const pattern of PREFERRED) {
					const key = scalar.find((candidate) => pattern.test(candidate) && !columns?.includes(candidate));
					if (key !== undefined) columns.push(key);
				}
				write(`${columns.map((column) => fit(column.toUpperCase())).join('  ').trimEnd()}\n`);
			}
			for (const row of rows) write(`${(columns ?? []).map((column) => fit(pythonStr(row?.[column] ?? ''))).join('  ').trimEnd()}\n`);
			printed += rows.length;
		},
		end: (nextToken) => {
			write(`\n${printed} item${printed === 1 ? '' : 's'}\n`);
			if (nextToken !== undefined) write(`NextToken: ${nextToken}\n`);
		},
	};
}
