import type { Dimension } from '../state/dimension.js';
import type { Prepared } from './prepared-draw.js';

/** One admission of a batch as the script takes it: indexes (1-based) into the batch's dimensions. */
export interface BatchedAdmission {
  lease: string;
  idx: readonly number[];
  amounts: readonly number[];
}

/**
 * Admissions as one script call takes them: every dimension of the batch once, in the order first
 * met, and each admission naming its own. Alike requests share one draw, indexed once; a batch of
 * them all (the usual case) sends that draw itself, whose keys and JSON are worked out once.
 */
export function admissionBatch(draws: readonly { lease: string; prepared: Prepared }[]): {
  dims: readonly Dimension[];
  batch: BatchedAdmission[];
} {
  const union = new Map<string, number>();
  const all: Dimension[] = [];
  const idxOf = new Map<Prepared, number[]>();
  const batch = draws.map(({ lease, prepared }) => {
    let idx = idxOf.get(prepared);
    if (!idx) {
      idx = prepared.dims.map((d) => {
        let i = union.get(d.id);
        if (i === undefined) {
          i = all.push(d);
          union.set(d.id, i);
        }
        return i;
      });
      idxOf.set(prepared, idx);
    }
    return { lease, idx, amounts: prepared.amounts };
  });
  const [only] = idxOf.keys();
  return { dims: idxOf.size === 1 && only ? only.dims : all, batch };
}
