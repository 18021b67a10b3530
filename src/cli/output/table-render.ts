/**
 * Sections drawn as the AWS CLI draws them: one width for all, borders, centred titles and headers, left-aligned
 * cells; sections of a single row become key/value rows when the table is wider than the terminal.
 */
import { Section } from './table-section.js';
import { textWidth } from './text-width.js';

export function renderTable(sections: Section[], terminalWidth: number): string {
	let width = Math.max(...sections.map((section) => section.totalWidth()));
	if (width > terminalWidth) {
		sections.forEach((section, i) => (sections[i] = asKeyValueRows(section)));
		width = Math.max(...sections.map((section) => section.totalWidth()));
	}
	const lines = ['-'.repeat(width)];
	for (const section of sections) {
		const bars = '|'.repeat(section.indent);
		for (const line of renderSection(section, width - 2 * section.indent)) lines.push(`${bars}${line}${bars}`);
	}
	return `${lines.join('\n')}\n`;
}

/** A section of one row under headers becomes one `header | value` row per column, to fit a narrow terminal. */
function asKeyValueRows(section: Section): Section {
	const [row] = section.rows;
	if (section.rows.length !== 1 || row === undefined || section.headers.length === 0) return section;
	const turned = new Section(section.title, section.indent);
	section.headers.slice(0, row.length).forEach((header, i) => turned.addRow([header, row[i]]));
	return turned;
}

function renderSection(section: Section, width: number): string[] {
	const lines: string[] = [];
	if (section.title) {
		lines.push(centered(section.title, width, '|', '|'));
		if (section.headers.length === 0 && section.rows.length === 0) lines.push(`+${'-'.repeat(width - 2)}+`);
	}
	if (section.headers.length > 0) {
		const widths = section.columnWidths(width);
		lines.push(border(widths));
		lines.push(zip(widths, section.headers).map(([w, header], i) => centered(header, w, i === 0 ? '|' : '', '|')).join(''));
	}
	if (section.rows.length > 0) {
		const widths = section.columnWidths(width);
		if (widths.length === 0) return lines;
		lines.push(border(widths));
		for (const row of section.rows) lines.push(zip(widths, row).map(([w, cell], i) => leftAligned(cell, w, i === 0 ? '|' : '')).join(''));
		lines.push(border(widths));
	}
	return lines;
}

/** Pairs up to the shorter of the two, as Python's zip does. */
function zip<T>(widths: number[], cells: T[]): [number, T][] {
	return cells.slice(0, widths.length).map((cell, i) => [widths[i] ?? 0, cell]);
}

/** `+-----+---+`: the first cell carries both edges, the others their right one. */
function border(widths: number[]): string {
	return widths.map((w, i) => (i === 0 ? `+${'-'.repeat(Math.max(0, w - 2))}+` : `${'-'.repeat(Math.max(0, w - 1))}+`)).join('');
}

function centered(text: string, width: number, left: string, right: string): string {
	const length = textWidth(text);
	const before = Math.floor(width / 2) - Math.floor(length / 2) - 1;
	const after = width - right.length - (left.length + before + length);
	return `${left}${' '.repeat(Math.max(0, before))}${text}${' '.repeat(Math.max(0, after))}${right}`;
}

/** Two spaces before the text when it fits, none when it does not; the column then overflows. */
function leftAligned(text: string, width: number, left: string): string {
	const length = textWidth(text);
	const padding = width - (length + 2 + left.length + 1) >= 0 ? 2 : 0;
	return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, width - (left.length + padding + length) - 1))}|`;
}
