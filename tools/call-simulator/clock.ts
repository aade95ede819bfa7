/**
 * The simulated clock against the server's. Event times follow the simulated clock, and the server
 * files a call under the minute and day of its `offered` time, so an event stamped in the future
 * would sit in a bucket the board does not read yet. The rule: simulated time never runs ahead of
 * the server's clock.
 * - speed 1: the simulated clock is the server's clock (its offset measured at the start).
 * - speed < 1: it starts at the server's now and falls behind.
 * - speed > 1: it would run ahead, so it starts in the past, by (speed − 1) × duration, and reaches
 *   the server's now just as the run ends; such a run needs a duration. Ten minutes at speed 10 are
 *   100 simulated minutes: the calls of the first 90 are offered in the past, and the board shows them
 *   in today's figures (and in the last hour's, for those within it).
 */
export interface ClockPlan {
  readonly speed: number;
  /** Simulated time at the start of the run (ms since the epoch). */
  readonly simStartMs: number;
  /** Simulated time at its end, when the run has a duration. */
  readonly simEndMs: number | null;
}

export function planClock(input: { serverNowMs: number; speed: number; durationSeconds: number | null }): ClockPlan {
  const { serverNowMs, speed, durationSeconds } = input;
  if (!(speed > 0)) throw new RangeError('speed must be above 0');
  if (speed > 1 && durationSeconds === null) {
    throw new RangeError('a speed above 1 needs --duration-seconds: the simulated clock starts that much earlier so that it never runs ahead of the server');
  }
  const leadMs = speed > 1 ? Math.round((speed - 1) * durationSeconds! * 1000) : 0;
  const simStartMs = serverNowMs - leadMs;
  return { speed, simStartMs, simEndMs: durationSeconds === null ? null : simStartMs + Math.round(speed * durationSeconds * 1000) };
}

/**
 * The simulated instant to advance to, `elapsedMs` of real time into the run, when the server's clock
 * reads `serverNowMs`: never past the server's now nor the run's end.
 */
export function simTarget(plan: ClockPlan, elapsedMs: number, serverNowMs: number): number {
  const simulated = plan.simStartMs + Math.floor(plan.speed * elapsedMs);
  return Math.min(simulated, serverNowMs, plan.simEndMs ?? Infinity);
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** 00:00 in Asia/Shanghai of `ms`'s day: the server's "today" starts there. */
export function shanghaiMidnight(ms: number): number {
  const local = ms + CHINA_OFFSET_MS;
  return local - (local % 86_400_000) - CHINA_OFFSET_MS;
}

/** `09:15:02` in Beijing time. */
export const beijingTime = (ms: number): string => new Date(ms + CHINA_OFFSET_MS).toISOString().slice(11, 19);
