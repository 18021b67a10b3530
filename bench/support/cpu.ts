/** CPU time of a run in this process, for the benchmarks that compare listers by their cost. */

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * CPU milliseconds of one run. The heap is collected first (when --expose-gc allows), so that a run pays for its
 * own garbage, and the collector's helper threads get a moment to finish, so that they do not count against it.
 */
export const cpuMs = async (run: () => Promise<void>) => {
	if (gc !== undefined) {
		gc();
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	const before = process.cpuUsage();
	await run();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
};
