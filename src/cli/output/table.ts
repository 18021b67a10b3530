/**
 * The AWS CLI's `--output table`: the whole (queried) result as boxed sections, the first titled with the
 * operation's name. A dictionary's scalar keys, sorted, become a header row over one row of values (a single
 * scalar key becomes a `key | value` row); a list of dictionaries becomes one header row over a row per
 * element; nested values become sections of their own, one level further in. When the table is wider than
 * the terminal (80 columns when stdout is not one), sections of a single row are turned into key/value rows.
 * Columns are measured as the AWS CLI measures them: East Asian wide, full-width and ambiguous characters
 * count two.
 */
import { Section, TableShapeError } from './table-section.js';
import { renderTable } from './table-render.js';

export { TableShapeError } from './table-section.js';
export { textWidth } from './text-width.js';

/** The width the AWS CLI falls back to when stdout is not a terminal. */
export const DEFAULT_TERMINAL_WIDTH = 80;

/** The table of `value` under `title`, or '' when the value is empty (the AWS CLI then prints nothing). */
export function formatTable(title: string, value: unknown, terminalWidth: number = DEFAULT_TERMINAL_WIDTH): string {
	const builder = new TableBuilder();
	if (!builder.build(title, value, 0)) return '';
	return renderTable(builder.sections, terminalWidth);
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
