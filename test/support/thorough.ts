/**
 * How many rounds the loops of the crash and race tests run (SIGKILLs, processes started together). `npm test`
 * runs each loop short so that the suite takes minutes; the slow checks (`npm run test:slow`, which CI runs as
 * well) run the same tests in full.
 */
export const THOROUGH = process.env.BEDROCK_PAGINATORS_THOROUGH === '1';

/** `full` rounds in the slow checks, a tenth of them (at least three) in `npm test`. */
export function rounds(full: number): number {
	return THOROUGH ? full : Math.max(3, Math.round(full / 10));
}
