/** One boxed section of an `--output table`: its title, header, rows, and the widths of its columns. */
import { pythonStr } from './plain.js';
import { textWidth } from './text-width.js';

/** A value whose shape the AWS CLI's table cannot draw (it fails with this message, as Python words it). */
export class TableShapeError extends Error {
	override name = 'TableShapeError';
}

/** A section's cells as they are added, with the widest cell of each column. */
export class Section {
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

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(value: number): number {
	const floor = Math.floor(value);
	const fraction = value - floor;
	if (fraction > 0.5) return floor + 1;
	if (fraction < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}
