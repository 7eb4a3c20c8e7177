import type { Draw } from './demand-draw.js';
import type { LimiterStore } from './stores/store.js';

/**
 * Undoes what a store granted to a lease nobody will hold (its caller left while the store
 * decided, at `at`): frees its CONN slots and refunds its reserved tokens and cost. Its request
 * stays counted, which can only keep a window further under its limit.
 */
export async function giveBack(
  store: LimiterStore,
  key: string,
  lease: string,
  draw: Draw,
  at: number,
): Promise<void> {
  const { settles } = draw;
  if (settles) await store.settle(key, settles, lease, 0, at);
  for (const d of draw.budgets) await store.settle(key, d, lease, 0);
  if (draw.holdsSlot) await store.release(key, lease, draw.dims);
}
