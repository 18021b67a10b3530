/**
 * A one-line progress report on stderr, redrawn in place, only when stderr is a terminal. It is cleared before
 * anything is written to stdout and drawn again after, so it never mixes into output on the same terminal.
 *
 *     pages 12 · items 12,000 · 4,210 items/s · retries 3 · throttled 1.4 s · about 0:42 left
 *
 * The rate is over about the last ten seconds (the listing's own); time throttled and time left show once known.
 */

/** What a page tells the line beyond its counts (a listing's `PageContext` has these). */
export interface PageProgress {
	readonly itemsPerSecond?: number | undefined;
	readonly throttleWaitMs?: number | undefined;
	readonly etaMs?: number | undefined;
}

export interface Progress {
	page(pages: number, items: number, progress?: PageProgress): void;
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
	let latest: PageProgress = {};
	let shown = false;
	const draw = () => {
		stream.write(`\r\x1b[2K${progressLine({ pages, items, retries, elapsedMs: performance.now() - started, ...latest })}`);
		shown = true;
	};
	const clear = () => {
		if (!shown) return;
		stream.write('\r\x1b[2K');
		shown = false;
	};
	return {
		page(pageCount, itemCount, progress) {
			pages = pageCount;
			items = itemCount;
			latest = progress ?? {};
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

/** The line's text. Without a rate from the listing, the rate since the start. */
export function progressLine(state: PageProgress & { pages: number; items: number; retries: number; elapsedMs: number }): string {
	const seconds = state.elapsedMs / 1000;
	const rate = state.itemsPerSecond ?? (seconds > 0 ? state.items / seconds : 0);
	const parts = [`pages ${count(state.pages)}`, `items ${count(state.items)}`, `${count(Math.round(rate))} items/s`, `retries ${count(state.retries)}`];
	if (state.throttleWaitMs !== undefined && state.throttleWaitMs >= 100) parts.push(`throttled ${(state.throttleWaitMs / 1000).toFixed(1)} s`);
	if (state.etaMs !== undefined && state.etaMs > 0) parts.push(`about ${clock(state.etaMs)} left`);
	return parts.join(' · ');
}

function count(value: number): string {
	return value.toLocaleString('en-US');
}

/** `0:42`, `12:05`, `1:02:03`. */
function clock(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
