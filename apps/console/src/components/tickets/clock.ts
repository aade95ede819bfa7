import { onBeforeUnmount, ref } from 'vue';

const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** One ticking clock for every countdown on the screen, stopped when none is shown. */
export function useNow() {
  if (users++ === 0) timer = setInterval(() => (now.value = Date.now()), 1000);
  onBeforeUnmount(() => {
    if (--users === 0) clearInterval(timer);
  });
  return now;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span in its two largest parts: days and hours, hours and minutes, or minutes and seconds (or seconds alone). */
export function spanParts(ms: number): [number, 'd' | 'h' | 'm' | 's'][] {
  const span = Math.abs(ms);
  if (span >= DAY) return [[Math.floor(span / DAY), 'd'], [Math.floor((span % DAY) / HOUR), 'h']];
  if (span >= HOUR) return [[Math.floor(span / HOUR), 'h'], [Math.floor((span % HOUR) / MINUTE), 'm']];
  if (span >= MINUTE) return [[Math.floor(span / MINUTE), 'm'], [Math.floor((span % MINUTE) / 1000), 's']];
  return [[Math.floor(span / 1000), 's']];
}
