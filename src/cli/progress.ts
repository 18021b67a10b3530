/** A one-line progress report on stderr, redrawn in place; only for a terminal. */
export interface Progress {
	page(pages: number, items: number): void;
	retry(): void;
	done(): void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
	if (!stream.isTTY) return { page() {}, retry() {}, done() {} };
	const started = performance.now();
	let pages = 0;
	let items = 0;
	let retries = 0;
	const draw = () => {
		const seconds = (performance.now() - started) / 1000;
		const rate = seconds > 0 ? Math.round(items / seconds) : 0;
		stream.write(`\r\x1b[2Kpages ${pages} · items ${items} · retries ${retries} · ${rate} items/s`);
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
		done() {
			stream.write('\r\x1b[2K');
		},
	};
}
