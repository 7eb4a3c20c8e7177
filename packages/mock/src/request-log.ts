import type { MockState, RequestRecord } from './state.js';

/** Logs one answered request, keeping the most recent 10,000, and counts its code. */
export function recordRequest(state: MockState, entry: Omit<RequestRecord, 'at'>, at: number): void {
  state.log.push({ at, ...entry });
  if (state.log.length > 10_000) state.log.splice(0, state.log.length - 10_000);
  const code = String(entry.code);
  state.counts[code] = (state.counts[code] ?? 0) + 1;
}
