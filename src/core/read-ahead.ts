/**
 * Requests pages ahead of the caller: while the caller works on page k, pages up to k + depth are fetched.
 * An async generator runs one `next()` at a time, so queued `next()` calls fetch the following pages in
 * order, each with the token of the one before. A failure stays in its slot of the queue and surfaces when
 * the caller reaches that page. `mayPrefetch(page)`, asked as each page is handed out, can hold the reading
 * ahead back (a job that will not start more items than the page holds).
 */
export async function* readAhead<Page>(
	source: AsyncGenerator<Page, void, undefined>,
	depth: number,
	/** Aborts the listing's requests and waits; called before settling what is still queued. */
	stop: () => void,
	mayPrefetch: (page: Page) => boolean = () => true,
): AsyncGenerator<Page, void, undefined> {
	const queue: Promise<IteratorResult<Page, void>>[] = [];
	let finished = false;
	const pull = () => {
		const next = source.next();
		next.then(
			(result) => {
				if (result.done === true) finished = true;
			},
			() => {
				finished = true;
			},
		);
		queue.push(next);
	};
	try {
		for (;;) {
			if (!finished && queue.length === 0) pull();
			const head = queue.shift();
			if (head === undefined) return;
			const result = await head;
			if (result.done === true) return;
			// Up to `depth` more pages in flight or buffered while the caller works on this one. (Queued
			// `next()` calls run one after another, so pulling them now or before the head settled is the same.)
			while (!finished && queue.length < depth && mayPrefetch(result.value)) pull();
			yield result.value;
		}
	} finally {
		// The caller stopped early, or a page failed: abort the request in flight and settle what is queued,
		// so nothing is left running or unhandled.
		if (queue.length > 0) stop();
		for (const pending of queue) pending.catch(() => {});
		await source.return().catch(() => {});
	}
}
