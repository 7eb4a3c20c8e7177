import { periodEnd } from '../state/budget-period.js';
import type { Dimension } from '../state/dimension.js';
import type { DimensionUsage } from '../stores/store.js';

// One dimension as the script's `read` answers it: its id, what it holds (a budget's as
// "<used>/<reserved>" in sub-units: exact integers, not cjson's 14 digits), when it next frees
// (-1: never), and until when it is paused.
type Row = [id: string, used: number | string, freesAt: number, pausedUntil: number];

/** What the script's `read` answered for `dims` (its JSON), as usage at `at`. */
export function usageOfRows(
  json: string,
  dims: readonly Dimension[],
  at: number,
): Record<string, DimensionUsage> {
  const rows = JSON.parse(json) as Row[] | Record<string, never>; // cjson writes an empty array as {}
  const out: Record<string, DimensionUsage> = {};
  (Array.isArray(rows) ? rows : []).forEach(([id, used, freesAt, pausedUntil], i) => {
    const d = dims[i];
    out[id] = {
      ...(typeof used === 'string' ? budgetRead(used, d, at) : { used }),
      limit: d?.limit ?? 0,
      freesAt: freesAt < 0 ? undefined : freesAt,
      ...(pausedUntil > at ? { pausedUntil } : {}),
    };
  });
  return out;
}

function budgetRead(row: string, d: Dimension | undefined, at: number) {
  const [used = 0, reserved = 0] = row.split('/').map(Number);
  const period = d?.kind === 'budget' ? d.period : undefined;
  return { used, reserved, ...(period ? { resetsAt: periodEnd(period, at) } : {}) };
}
