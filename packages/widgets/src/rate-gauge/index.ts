import { MmRateGauge } from './rate-gauge.js';

export { MmRateGauge } from './rate-gauge.js';

// Importing twice (two bundles, hot reload) is not an error.
if (!customElements.get('mm-rate-gauge')) customElements.define('mm-rate-gauge', MmRateGauge);

declare global {
  interface HTMLElementTagNameMap {
    'mm-rate-gauge': MmRateGauge;
  }
}
