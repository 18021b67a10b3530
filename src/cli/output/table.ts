/**
 * The AWS CLI's `--output table`: the whole (queried) result as boxed sections, the first titled with the
 * operation's name. A dictionary's scalar keys, sorted, become a header row over one row of values (a single
 * scalar key becomes a `key | value` row); a list of dictionaries becomes one header row over a row per
 * element; nested values become sections of their own, one level further in. When the table is wider than
 * the terminal (80 columns when stdout is not one), sections of a single row are turned into key/value rows.
 * Columns are measured as the AWS CLI measures them: East Asian wide, full-width and ambiguous characters
 * count two.
 */
import { WIDE_RANGES } from './east-asian-width.js';
import { pythonStr } from './plain.js';

/** The width the AWS CLI falls back to when stdout is not a terminal. */
export const DEFAULT_TERMINAL_WIDTH = 80;

/** A value whose shape the AWS CLI's table cannot draw (it fails with this message, as Python words it). */
export class TableShapeError extends Error {
	override name = 'TableShapeError';
}

/** The table of `value` under `title`, or '' when the value is empty (the AWS CLI then prints nothing). */
export function formatTable(title: string, value: unknown, terminalWidth: number = DEFAULT_TERMINAL_WIDTH): string {
	const builder = new TableBuilder();
	if (!builder.build(title, value, 0)) return '';
	return render(builder.sections, terminalWidth);
}

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => typeof value !== 'object' || value === null;
/** Python's truthiness of a JSON value: null, false, 0, '', [] and {} are false. */
const isEmpty = (value: unknown) =>
	value === null || value === undefined || value === false || value === 0 || value === '' || (Array.isArray(value) ? value.length === 0 : isDict(value) && Object.keys(value).length === 0);
/** Python sorts strings by code point; JavaScript's default sort compares UTF-16 units. */
const byCodePoint = (a: string, b: string) => {
	const left = Array.from(a, (c) => c.codePointAt(0) ?? 0);
	const right = Array.from(b, (c) => c.codePointAt(0) ?? 0);
	for (let i = 0; i < Math.min(left.length, right.length); i++) if (left[i] !== right[i]) return (left[i] ?? 0) - (right[i] ?? 0);
	return left.length - right.length;
};

class Section {
	headers: string[] = [];
	rows: string[][] = [];
	maxWidths: number[] = [];
	private columns: number | undefined;

	/** A title of `null` is never drawn, yet counts as Python's 'None' (4 columns) when widths are compared. */
	constructor(
		readonly title: string | null,
		readonly indent: number,
	) {}

	addHeader(headers: string[]): void {
		this.updateWidths(headers);
		this.columns ??= headers.length;
		this.headers = headers;
	}

	addRow(row: unknown[]): void {
		this.columns ??= row.length;
		if (row.length !== this.columns) throw new TableShapeError(`Row should have ${this.columns} elements, instead it has ${row.length}`);
		const cells = row.map(pythonStr);
		this.rows.push(cells);
		this.updateWidths(cells);
	}

	/** The widest cell of each column, headers included. */
	private updateWidths(cells: string[]): void {
		if (this.maxWidths.length === 0) {
			this.maxWidths = cells.map(textWidth);
			return;
		}
		cells.forEach((cell, i) => {
			const width = this.maxWidths[i];
			if (width === undefined) throw new TableShapeError('list index out of range');
			this.maxWidths[i] = Math.max(textWidth(cell), width);
		});
	}

	/** Its width with 4 columns of padding per cell, the borders and its indentation on both sides. */
	totalWidth(): number {
		const cells = this.maxWidths.reduce((sum, width) => sum + width + 4, 0) + 2 + 2 * this.indent;
		return Math.max(textWidth(this.title ?? 'None') + 2 + 2 * this.indent, cells);
	}

	/** Column widths (4 columns of padding each) scaled to fill `width` exactly, as the AWS CLI rounds them. */
	columnWidths(width: number): number[] {
		const unscaled = this.maxWidths.map((w) => w + 4);
		if (unscaled.length === 0) return [];
		const factor = width / unscaled.reduce((sum, w) => sum + w, 0);
		const scaled = unscaled.map((w) => roundHalfEven(factor * w));
		let off = scaled.reduce((sum, w) => sum + w, 0) - width;
		while (off !== 0) {
			// Too wide: take a column from each from the left; too narrow: give one to each from the right.
			const order = off > 0 ? scaled.map((_, i) => i) : scaled.map((_, i) => scaled.length - 1 - i);
			for (const i of order) {
				scaled[i] = (scaled[i] ?? 0) + (off > 0 ? -1 : 1);
				off += off > 0 ? -1 : 1;
				if (off === 0) break;
			}
		}
		return scaled;
	}
}

/** Walks a value the way the AWS CLI's table formatter does, collecting its sections. */
class TableBuilder {
	readonly sections: Section[] = [];
	private current: Section | undefined;

	build(title: string | null, value: unknown, indent: number): boolean {
		if (isEmpty(value)) return false;
		if (title !== null) this.newSection(title, indent);
		if (Array.isArray(value)) {
			if (isDict(value[0])) this.fromList(value, indent, title);
			else {
				for (const element of value) {
					if (isScalar(element)) this.section().addRow([element]);
					// A dictionary here gives its keys as the row: the AWS CLI iterates it as Python does.
					else if (isDict(element)) this.section().addRow(Object.keys(element));
					else if ((element as unknown[]).every(isScalar)) this.section().addRow(element as unknown[]);
					else this.build(null, element, 0);
				}
			}
		}
		if (isDict(value)) this.fromDict(value, indent);
		return true;
	}

	private fromDict(dict: Dict, indent: number): void {
		const { scalars, nested } = groupKeys([dict]);
		const [only] = scalars;
		if (scalars.length === 1 && only !== undefined) this.section().addRow([only, dict[only]]);
		else if (scalars.length > 0) {
			this.section().addHeader(scalars);
			this.section().addRow(scalars.map((key) => dict[key]));
		}
		for (const key of nested) this.build(key, dict[key], indent + 1);
	}

	private fromList(list: unknown[], indent: number, title: string | null): void {
		const { scalars, nested } = groupKeys(list);
		this.section().addHeader(scalars);
		list.forEach((element, index) => {
			if (!isDict(element)) throw new TableShapeError(notAnObject(element));
			// Elements with nested values each get their own section, so what nests under them follows them.
			if (index > 0 && nested.length > 0) {
				this.newSection(title, indent);
				this.section().addHeader(scalars);
			}
			this.section().addRow(scalars.map((key) => (key in element ? element[key] : '')));
			for (const key of nested) if (key in element) this.build(key, element[key], indent + 1);
		});
	}

	private newSection(title: string | null, indent: number): void {
		this.current = new Section(title, indent);
		this.sections.push(this.current);
	}

	private section(): Section {
		if (this.current === undefined) throw new TableShapeError('no section to add a row to');
		return this.current;
	}
}

/** Every element's scalar keys and the others, each sorted (a key can be in both, as elements differ). */
function groupKeys(list: unknown[]): { scalars: string[]; nested: string[] } {
	const scalars = new Set<string>();
	const nested = new Set<string>();
	for (const element of list) {
		if (!isDict(element)) {
			const problem = notIterableAsObject(element);
			if (problem !== undefined) throw new TableShapeError(problem);
			continue;
		}
		for (const [key, member] of Object.entries(element)) (isScalar(member) ? scalars : nested).add(key);
	}
	return { scalars: [...scalars].sort(byCodePoint), nested: [...nested].sort(byCodePoint) };
}

/**
 * Python's complaint when the AWS CLI reads the members of something else in a list that starts with an object:
 * it iterates the element (a string's characters, a list's elements) and indexes the element with each.
 * Undefined when that pass goes through (an empty string or list); reading a member then fails.
 */
function notIterableAsObject(element: unknown): string | undefined {
	if (typeof element === 'string') return element === '' ? undefined : "string indices must be integers, not 'str'";
	if (!Array.isArray(element)) return `'${pythonType(element)}' object is not iterable`;
	for (const index of element) {
		const integer = typeof index === 'boolean' ? Number(index) : index;
		if (typeof integer !== 'number' || !Number.isInteger(integer)) return `list indices must be integers or slices, not ${pythonType(index)}`;
		if (integer >= element.length || integer < -element.length) return 'list index out of range';
	}
	return undefined;
}

/** The second pass over such an element: it has no `get`. */
const notAnObject = (element: unknown) => `'${pythonType(element)}' object has no attribute 'get'`;

function pythonType(value: unknown): string {
	if (value === null || value === undefined) return 'NoneType';
	if (typeof value === 'boolean') return 'bool';
	if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
	if (typeof value === 'string') return 'str';
	return Array.isArray(value) ? 'list' : 'dict';
}

function render(sections: Section[], terminalWidth: number): string {
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

/** Columns the text takes, as the AWS CLI counts them. */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
	return width;
}

function isWide(codePoint: number): boolean {
	// Binary search over the start of each range.
	let low = 0;
	let high = WIDE_RANGES.length / 2 - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const start = WIDE_RANGES[2 * middle] ?? 0;
		const end = WIDE_RANGES[2 * middle + 1] ?? 0;
		if (codePoint < start) high = middle - 1;
		else if (codePoint > end) low = middle + 1;
		else return true;
	}
	return false;
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(value: number): number {
	const floor = Math.floor(value);
	const fraction = value - floor;
	if (fraction > 0.5) return floor + 1;
	if (fraction < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}
