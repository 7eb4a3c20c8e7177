import type { CounterLike, HistogramLike, MeterLike } from './otel-like.js';
import { telemetryNames as n } from './telemetry-names.js';

/** The metric instruments every call records to. */
export interface Instruments {
  duration: HistogramLike;
  tokens: HistogramLike;
  cost: CounterLike;
  plan: CounterLike;
  wait: HistogramLike;
  rejections: CounterLike;
}

// The bucket boundaries the GenAI conventions advise for durations (s) and token counts.
const durations = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
const tokenCounts = [
  1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
];

/** Creates the instruments on a meter: GenAI's two client metrics, and minimax-kit's own. */
export function createInstruments(meter: MeterLike): Instruments {
  return {
    duration: meter.createHistogram(n.durationMetric, {
      description: 'GenAI operation duration.',
      unit: 's',
      advice: { explicitBucketBoundaries: durations },
    }),
    tokens: meter.createHistogram(n.tokenMetric, {
      description: 'Number of input and output tokens used.',
      unit: '{token}',
      advice: { explicitBucketBoundaries: tokenCounts },
    }),
    cost: meter.createCounter(n.costMetric, {
      description: 'What MiniMax calls cost, in the currency of minimax_kit.cost.currency.',
      unit: '{currency_unit}',
    }),
    plan: meter.createCounter(n.planMetric, {
      description:
        'Token Plan requests drawn by the calls a limiter let through (5-hour window and weekly cap).',
      unit: '{request}',
    }),
    wait: meter.createHistogram(n.waitMetric, {
      description: 'How long the limiter held a call before letting it through.',
      unit: 's',
      advice: { explicitBucketBoundaries: [0, ...durations] },
    }),
    rejections: meter.createCounter(n.rejectionMetric, {
      description: 'Calls the limiter refused before they were sent.',
      unit: '{call}',
    }),
  };
}
