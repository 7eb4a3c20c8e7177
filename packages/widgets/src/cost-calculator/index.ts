import { MmCostCalculator } from './cost-calculator.js';

export type { CalculatorResult, PromptTier } from './calculate.js';
export type { CalculatorInput, CalculatorKind } from './calculator-input.js';
export { type EstimateChangeDetail, MmCostCalculator } from './cost-calculator.js';

// Importing twice (two bundles, hot reload) is not an error.
if (!customElements.get('mm-cost-calculator')) customElements.define('mm-cost-calculator', MmCostCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'mm-cost-calculator': MmCostCalculator;
  }
}
