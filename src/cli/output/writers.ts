/**
 * The output formats. `json`, `text` and `table` are the AWS CLI's own, byte for byte: json and table hold the
 * whole result and apply --query to it at the end; text prints each page as it arrives, --query applied to each
 * page and to the NextToken line, as the AWS CLI does. `jsonl` (one item per line, streamed, --query applied to
 * each item) is this project's own.
 */
import type { OutputFormat } from '../command-flags.js';
import { awsJson, toWire, type StructureRef } from './plain.js';
import type { CompiledQuery } from './query.js';
import { formatTable } from './table.js';
import { formatText } from './text.js';

export interface OutputWriter {
	/**
	 * A page of items, as the listing hands it over, with the operation's non-aggregate members (`guardrailAction`)
	 * as boto3 records them; only the first page's are printed, as the AWS CLI prints them.
	 */
	page(items: readonly unknown[], nonAggregate?: Readonly<Record<string, unknown>>): void;
	/** Called once at the end with the token that resumes after everything printed. */
	end(nextToken: string | undefined): void;
	/** Items printed so far (for streaming formats; 0 for json and table, which print at the end). */
	readonly printed: number;
}

export type Write = (text: string) => void;

export interface WriterOptions {
	format: OutputFormat;
	/** The response member that holds the items (`modelSummaries`). */
	resultKey: string;
	query: CompiledQuery | undefined;
	write: Write;
	writeError: Write;
	/** The items' structure in the service model, for the AWS CLI's member order. */
	structure: StructureRef | undefined;
	/** The operation's name (`ListCustomModels`): the table's title. */
	operationName: string;
	/** Columns of the terminal stdout is, for the table (80 when it is not one, as in the AWS CLI). */
	terminalWidth: number;
}

export function createWriter({ format, resultKey, query, write, writeError, structure, operationName, terminalWidth }: WriterOptions): OutputWriter {
	const wire = (item: unknown) => toWire(item, structure);
	const search = query === undefined ? (value: unknown) => value : (value: unknown) => query.search(value);
	if (format === 'json' || format === 'table') return fullResultWriter(format, resultKey, search, write, wire, operationName, terminalWidth);
	if (format === 'text') return textWriter(resultKey, search, write, wire);
	if (query !== undefined) return queriedLinesWriter(query, resultKey, write, writeError, wire);
	return linesWriter(write, writeError, wire);
}

type Search = (value: unknown) => unknown;
type Wire = (item: unknown) => unknown;

/** json and table: the whole result at the end, as the AWS CLI prints it. */
function fullResultWriter(format: 'json' | 'table', resultKey: string, search: Search, write: Write, wire: Wire, operationName: string, terminalWidth: number): OutputWriter {
	const all: unknown[] = [];
	let whole: Readonly<Record<string, unknown>> | undefined;
	return {
		printed: 0,
		page: (items, nonAggregate) => {
			whole ??= nonAggregate;
			for (const item of items) all.push(wire(item));
		},
		end: (nextToken) => {
			// boto3's build_full_result(): the items, then the first page's non-aggregate members, then the token.
			const full: Record<string, unknown> = { [resultKey]: all, ...whole };
			if (nextToken !== undefined) full['NextToken'] = nextToken;
			const shown = search(full);
			if (format === 'table') write(formatTable(operationName, shown, terminalWidth));
			else if (!(typeof shown === 'object' && shown !== null && !Array.isArray(shown) && Object.keys(shown).length === 0)) write(awsJson(shown));
		},
	};
}

/** text: page by page, as the AWS CLI streams it. */
function textWriter(resultKey: string, search: Search, write: Write, wire: Wire): OutputWriter {
	let printed = 0;
	let first = true;
	return {
		get printed() {
			return printed;
		},
		page: (items, nonAggregate) => {
			// The first page is printed with the non-aggregate members beside its items, the later ones without.
			const shown = { ...(first ? nonAggregate : undefined), [resultKey]: items.map(wire) };
			first = false;
			let text = '';
			formatText(search(shown), (line) => (text += line));
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

/** jsonl without --query: one item a line. */
function linesWriter(write: Write, writeError: Write, wire: Wire): OutputWriter {
	let printed = 0;
	return {
		get printed() {
			return printed;
		},
		page: (items) => {
			if (items.length === 0) return;
			write(`${items.map((item) => JSON.stringify(wire(item))).join('\n')}\n`);
			printed += items.length;
		},
		// stdout stays pure JSON Lines; the token goes where a person (or 2>) sees it.
		end: (nextToken) => {
			if (nextToken !== undefined) writeError(`NextToken: ${nextToken}\n`);
		},
	};
}

/**
 * jsonl with --query: the query applies to each item. Items it gives null for are held back until one gives a
 * value (then each item still has its line); when none does, stdout stays empty and stderr says so once, as that
 * is almost always a query written for the whole response (`modelSummaries[].modelName`).
 */
function queriedLinesWriter(query: CompiledQuery, resultKey: string, write: Write, writeError: Write, wire: (item: unknown) => unknown): OutputWriter {
	let printed = 0;
	let heldNulls = 0;
	let anyValue = false;
	return {
		get printed() {
			return printed;
		},
		page: (items) => {
			const lines: string[] = [];
			for (const item of items) {
				const shown = query.search(wire(item));
				if (shown === null && !anyValue) {
					heldNulls += 1;
					continue;
				}
				if (!anyValue) {
					anyValue = true;
					lines.push(...Array<string>(heldNulls).fill('null'));
					heldNulls = 0;
				}
				lines.push(JSON.stringify(shown));
			}
			if (lines.length === 0) return;
			write(`${lines.join('\n')}\n`);
			printed += lines.length;
		},
		end: (nextToken) => {
			if (heldNulls > 0) {
				writeError(allNullNotice(heldNulls, resultKey, ''));
			}
			if (nextToken !== undefined) writeError(`NextToken: ${nextToken}\n`);
		},
	};
}

/** Said once when a jsonl --query gave null for every item: almost always a query written for the whole response. */
export function allNullNotice(items: number, resultKey: string, scope: string): string {
	return `--query gave null for all ${items} item${items === 1 ? '' : 's'}${scope}: with --output jsonl it applies to each item (write 'name', not '${resultKey}[].name').\n`;
}
