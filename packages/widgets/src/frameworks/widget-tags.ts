import type { EstimateChangeDetail, MmCostCalculator } from '../cost-calculator/cost-calculator.js';
import type { MmQuotaMeter, QuotaThresholdDetail } from '../quota-meter/quota-meter.js';
import type { MmRateGauge } from '../rate-gauge/rate-gauge.js';
import type { MmSpendMeter, SpendThresholdDetail } from '../spend-meter/spend-meter.js';

/** What every widget takes: its language and theme. */
type Common = 'lang' | 'theme';

/**
 * Every tag, framework-neutral: its element, the properties a template may set (all optional) and
 * the `mm-*` events it emits. The React and Vue typings are derived from this one table.
 */
export interface WidgetTags {
  'mm-cost-calculator': {
    element: MmCostCalculator;
    properties: Pick<
      MmCostCalculator,
      | Common
      | 'region'
      | 'kind'
      | 'model'
      | 'inputTokens'
      | 'outputTokens'
      | 'cacheReadTokens'
      | 'cacheWriteTokens'
      | 'speechMode'
      | 'speechInput'
      | 'text'
      | 'characters'
      | 'videoMode'
      | 'resolution'
      | 'duration'
      | 'count'
      | 'voiceOperation'
      | 'previewCharacters'
      | 'previewModel'
      | 'perDay'
      | 'name'
    >;
    events: { 'mm-estimate-change': CustomEvent<EstimateChangeDetail> };
  };
  'mm-quota-meter': {
    element: MmQuotaMeter;
    properties: Pick<MmQuotaMeter, Common | 'remains' | 'snapshot' | 'warning' | 'critical'>;
    events: { 'mm-quota-threshold': CustomEvent<QuotaThresholdDetail> };
  };
  'mm-rate-gauge': {
    element: MmRateGauge;
    properties: Pick<MmRateGauge, Common | 'limiter' | 'snapshot' | 'scope' | 'warning' | 'critical'>;
    // biome-ignore lint/complexity/noBannedTypes: the gauge emits no events
    events: {};
  };
  'mm-spend-meter': {
    element: MmSpendMeter;
    properties: Pick<MmSpendMeter, Common | 'budgets' | 'limiter' | 'span' | 'warning' | 'critical'>;
    events: { 'mm-spend-threshold': CustomEvent<SpendThresholdDetail> };
  };
}

/** One tag's entry of `WidgetTags`. */
export type WidgetTag = WidgetTags[keyof WidgetTags];
