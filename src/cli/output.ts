/** The three output formats: the AWS CLI's JSON, JSON Lines streamed page by page, and a table for people. */
import type { CustomModelSummary } from '@aws-sdk/client-bedrock';

export type OutputFormat = 'json' | 'jsonl' | 'table';

export interface Output {
	page(models: readonly CustomModelSummary[]): void;
	/** Called once at the end with the token that resumes after everything printed. */
	end(nextToken: string | undefined): void;
}

type Write = (text: string) => void;

export function createOutput(format: OutputFormat, write: Write, writeError: Write): Output {
	if (format === 'jsonl') {
		return {
			page: (models) => {
				if (models.length > 0) write(`${models.map((model) => JSON.stringify(model)).join('\n')}\n`);
			},
			// Keeps stdout pure JSON Lines; the token goes where a person or `2>` sees it.
			end: (nextToken) => {
				if (nextToken !== undefined) writeError(`NextToken: ${nextToken}\n`);
			},
		};
	}
	if (format === 'table') return tableOutput(write);
	// The AWS CLI's `build_full_result()` shape with 4-space indents; it has to hold every item until the end.
	const all: CustomModelSummary[] = [];
	return {
		page: (models) => {
			for (const model of models) all.push(model);
		},
		end: (nextToken) => {
			const result = nextToken === undefined ? { modelSummaries: all } : { modelSummaries: all, NextToken: nextToken };
			write(`${JSON.stringify(result, null, 4)}\n`);
		},
	};
}

const COLUMNS: readonly [title: string, width: number, cell: (model: CustomModelSummary) => string][] = [
	['NAME', 48, (m) => m.modelName ?? ''],
	['TYPE', 26, (m) => m.customizationType ?? ''],
	['STATUS', 9, (m) => m.modelStatus ?? ''],
	['CREATED', 24, (m) => (m.creationTime instanceof Date ? m.creationTime.toISOString() : String(m.creationTime ?? ''))],
	['BASE MODEL', 30, (m) => m.baseModelName ?? ''],
];

function tableOutput(write: Write): Output {
	const row = (cells: string[]) =>
		`${cells.map((cell, i) => fit(cell, COLUMNS[i]?.[1] ?? 20)).join('  ').trimEnd()}\n`;
	let count = 0;
	write(row(COLUMNS.map(([title]) => title)));
	return {
		page: (models) => {
			for (const model of models) write(row(COLUMNS.map(([, , cell]) => cell(model))));
			count += models.length;
		},
		end: (nextToken) => {
			write(`\n${count} model${count === 1 ? '' : 's'}\n`);
			if (nextToken !== undefined) write(`NextToken: ${nextToken}\n`);
		},
	};
}

function fit(text: string, width: number): string {
	return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}
