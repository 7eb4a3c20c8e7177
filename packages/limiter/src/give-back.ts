import type { Dimension } from './state/dimension.js';
import type { LimiterStore } from './stores/store.js';

/**
 * Undoes what a store granted to a lease nobody will hold (its caller left while the store
 * decided): frees its CONN slots and refunds its reserved tokens. Its request stays counted, which
 * can only keep a window further under its limit.
 */
export async function giveBack(
  store: LimiterStore,
  key: string,
  lease: string,
  dims: readonly Dimension[],
): Promise<void> {
  const settles = dims.find((d) => d.kind === 'window' && d.settles);
  if (settles) await store.settle(key, settles, lease, 0);
  if (dims.some((d) => d.kind === 'conn')) await store.release(key, lease, dims);
}
