/**
 * A one-line progress report on stderr, redrawn in place, only when stderr is a terminal. It is cleared before
 * anything is written to stdout and drawn again after, so it never mixes into output on the same terminal.
 */
export interface Progress {
	page(pages: number, items: number): void;
	retry(): void;
	/** Wipes the line (before a write to stdout). */
	clear(): void;
	/** Draws it again (after a write to stdout). */
	redraw(): void;
	done(): void;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
	if (stream.isTTY !== true) return { page() {}, retry() {}, clear() {}, redraw() {}, done() {} };
	const started = performance.now();
	let pages = 0;
	let items = 0;
	let retries = 0;
	let shown = false;
	const draw = () => {
		const seconds = (performance.now() - started) / 1000;
		const rate = seconds > 0 ? Math.round(items / seconds) : 0;
		stream.write(`\r\x1b[2Kpages ${pages} · items ${items} · retries ${retries} · ${rate} items/s`);
		shown = true;
	};
	const clear = () => {
		if (!shown) return;
		stream.write('\r\x1b[2K');
		shown = false;
	};
	return {
		page(pageCount, itemCount) {
			pages = pageCount;
			items = itemCount;
			draw();
		},
		retry() {
			retries++;
			draw();
		},
		clear,
		redraw: () => {
			if (pages > 0 || retries > 0) draw();
		},
		done: clear,
	};
}
