import { timeArgument } from '../errors/check-argument.js';
import { tokenPlan } from './token-plan.js';

const dayMs = 86_400_000;
const chinaOffsetMs = 8 * 3_600_000; // China Standard Time has no daylight saving.
const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const fromMs = minutesOf(tokenPlan.peakHours.from) * 60_000;
const toMs = minutesOf(tokenPlan.peakHours.to) * 60_000;

/** Where `at` stands against the Token Plan's peak hours. */
export interface PeakState {
  /** Whether `at` falls in the peak hours (weekdays 15:00–17:30 China time). */
  peak: boolean;
  /** When that next changes, as epoch milliseconds. */
  changesAt: number;
}

/**
 * The Token Plan's peak hours at `at`, and when they next begin or end. MiniMax adjusts them with
 * cluster load; these are the hours it names as typical (core's `tokenPlan.peakHours`).
 */
export function peakHours(at: Date | number = Date.now()): PeakState {
  const t = timeArgument(at, 'at');
  const china = t + chinaOffsetMs;
  const midnight = china - (((china % dayMs) + dayMs) % dayMs); // China midnight, shifted
  const weekday = (day: number) => {
    const d = new Date(day).getUTCDay();
    return d !== 0 && d !== 6;
  };
  if (weekday(midnight)) {
    if (china < midnight + fromMs) return { peak: false, changesAt: midnight + fromMs - chinaOffsetMs };
    if (china < midnight + toMs) return { peak: true, changesAt: midnight + toMs - chinaOffsetMs };
  }
  let next = midnight + dayMs;
  while (!weekday(next)) next += dayMs;
  return { peak: false, changesAt: next + fromMs - chinaOffsetMs };
}

/** Whether `at` falls in the Token Plan's peak hours (weekdays 15:00–17:30 China time), when rates may tighten. */
export function isPeakHour(at: Date | number = Date.now()): boolean {
  return peakHours(at).peak;
}
