import { MmQuotaMeter } from './quota-meter.js';

export { MmQuotaMeter, type QuotaThresholdDetail } from './quota-meter.js';
export type { QuotaRow, RemainsLike } from './quota-rows.js';

// Importing twice (two bundles, hot reload) is not an error.
if (!customElements.get('mm-quota-meter')) customElements.define('mm-quota-meter', MmQuotaMeter);

declare global {
  interface HTMLElementTagNameMap {
    'mm-quota-meter': MmQuotaMeter;
  }
}
