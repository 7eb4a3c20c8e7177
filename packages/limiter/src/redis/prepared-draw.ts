import type { Dimension } from '../state/dimension.js';
import { bucketed } from './redis-keys.js';

/** What a draw's dimensions are in Redis: bucketed, at amount 0 (what the mirror knows), and their amounts. */
export interface Prepared {
  dims: readonly Dimension[];
  zeros: readonly Dimension[];
  amounts: readonly number[];
}

// Worked out once per draw: a limiter's draws are frozen and shared by every lease like them.
const preparedDraws = new WeakMap<readonly Dimension[], Prepared>();
export function preparedOf(demanded: readonly Dimension[]): Prepared {
  const known = preparedDraws.get(demanded);
  if (known) return known;
  const dims = demanded.map(bucketed);
  const prepared = {
    dims,
    zeros: dims.map((d) => ({ ...d, amount: 0 })),
    amounts: dims.map((d) => d.amount),
  };
  if (Object.isFrozen(demanded)) preparedDraws.set(demanded, prepared);
  return prepared;
}
