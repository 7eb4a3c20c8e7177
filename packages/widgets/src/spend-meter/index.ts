import { MmSpendMeter } from './spend-meter.js';

export type { BudgetSnapshotLike, BudgetUsage, ObservableBudgets } from './budget-usage.js';
export { MmSpendMeter, type SpendThresholdDetail } from './spend-meter.js';

// Importing twice (two bundles, hot reload) is not an error.
if (!customElements.get('mm-spend-meter')) customElements.define('mm-spend-meter', MmSpendMeter);

declare global {
  interface HTMLElementTagNameMap {
    'mm-spend-meter': MmSpendMeter;
  }
}
