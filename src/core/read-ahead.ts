/**
 * Requests pages ahead of the caller: while the caller works on page k, pages up to k + depth are fetched.
 * An async generator runs one `next()` at a time, so queued `next()` calls fetch the following pages in
 * order, each with the token of the one before. A failure stays in its slot of the queue and surfaces when
 * the caller reaches that page.
 */
export async function* readAhead<Page>(
	source: AsyncGenerator<Page, void, undefined>,
	depth: number,
	/** Aborts the listing's requests and waits; called before settling what is still queued. */
	stop: () => void,
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
			// The page the caller asks for, plus `depth` more in flight or buffered.
			while (!finished && queue.length < depth + 1) pull();
			const head = queue.shift();
			if (head === undefined) return;
			const result = await head;
			if (result.done === true) return;
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
