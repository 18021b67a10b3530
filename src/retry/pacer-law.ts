/**
 * The pacer's control law in numbers: how much a throttle cuts, how fast time without one grows the pace back,
 * and the bounds of the share of throttled answers aimed at. The state machine that applies them is pacer.ts.
 */
/** The share of throttled answers aimed at while nothing suggests throttling that ignores the pace. */
export const BASE_TARGET = 0.08;
/** The highest target: above it, processes of ours sharing a limit would hammer it together. */
export const MAX_TARGET = 0.5;
/** Pace kept after a throttle beyond the target: the multiplicative decrease. */
export const KEEP_AFTER_THROTTLE = 0.8;
/** Growth per second after a decrease, as shares of the pace throttled: linear, then cubic after about a second. */
export const GROWTH_LINEAR = 0.25;
export const GROWTH_CUBIC = 1.5;
/** Growth is scaled to at least this share of the best rate recently served, so a storm's low pace is not the base. */
export const SERVED_SCALE = 0.5;
/**
 * After this long with no throttle at all (and at least QUIET_INTERVALS spacings), the pace also doubles every
 * QUIET_DOUBLING_S: the competitors are gone or the limit rose, and the flow left alone must find the whole limit
 * soon. A second keeps it out of the short lulls after each decrease at a limit it owns.
 */
export const QUIET_MS = 1_000;
export const QUIET_INTERVALS = 4;
export const QUIET_DOUBLING_S = 0.25;
/**
 * A throttle lowers the pace to what really went out, but not below this share of it: a spacing stretched by
 * retry backoffs says how long pages waited, not what the service allows.
 */
export const LEAST_KEPT_OF_PACE = 0.35;
/** Least weight of one answer in the moving share of throttled answers (about the last 24)... */
export const SHARE_WEIGHT = 1 / 24;
/** ...and its weight when it comes this long after the one before (a share of this span)... */
export const SHARE_SPAN_MS = 2_000;
/** ...but never more than this: one answer alone never makes the share. */
export const MOST_SHARE_WEIGHT = 0.5;
/** Stands aside once throttling ignores the pace, the pace is this many times what is sent... */
export const UNPACE_AT = 4;
/** ...and no throttle beyond the target has come for this many seconds. */
export const UNPACE_AFTER_S = 1.5;
/** Weight of a new send spacing in the moving average of recent spacings (about the last ten). */
export const SPACING_WEIGHT = 0.1;
/** Successes over this window seed the pace at the first throttle. */
export const SEED_WINDOW_MS = 1_000;
/** Spacing to start from when throttled before any success. */
export const FIRST_INTERVAL_MS = 5;
/** Spacing never grows past this: longer waits are the retry backoff's job. */
export const MAX_INTERVAL_MS = 5_000;
/** Below this spacing the pacer stands aside. */
export const MIN_INTERVAL_MS = 0.05;
/** Sends let through closer than their interval by this factor are still spaced enough (timer jitter). */
export const ADMIT_TOLERANCE = 0.8;
