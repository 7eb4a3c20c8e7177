import type { Dimension } from './dimension.js';
import type { LimiterState } from './limiter-state.js';
import { newLog } from './window-log.js';

/**
 * Makes a dimension hold `used`, freeing in `freesInMs`, as the server reports it: a sliding
 * window becomes one entry that leaves the window then; a span or period takes the count as is.
 */
export function alignDimension(
  state: LimiterState,
  d: Dimension,
  used: number,
  freesInMs: number,
  now: number,
): void {
  switch (d.kind) {
    case 'window': {
      const time = now + freesInMs - d.windowMs - d.guardMs - Math.max(d.bucketMs, 0);
      state.logs[d.id] = newLog(state, used > 0 ? [[Math.min(now, time), used, '']] : [], used);
      break;
    }
    case 'anchored':
      state.spans[d.id] = { start: now + freesInMs - d.windowMs - d.guardMs, used };
      break;
    case 'period': {
      const start = Math.floor((now - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs;
      state.spans[d.id] = { start, used };
      break;
    }
    case 'conn':
      break;
  }
}
