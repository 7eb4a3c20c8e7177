import type { TokenPlanRules } from './token-plan-schema.js';

const intro = 'https://platform.minimax.io/docs/token-plan/intro';
const faq = 'https://platform.minimax.io/docs/token-plan/faq';

/** Where MiniMax's Token Plan sources disagree: every reading, and which one minimax-kit follows. */
export const tokenPlanConflicts: TokenPlanRules['conflicts'] = [
  {
    topic: 'non-text quota',
    readings: [
      {
        source: intro,
        says: 'Non-text work spends request equivalents of the one shared quota (TTS HD 600 per 1,000 characters …).',
      },
      { source: faq, says: 'Non-text models each have their own independent daily quota, reset each day.' },
    ],
    kept:
      'describeRequest follows the FAQ (the newer page): non-text work draws on its daily quota, not the 5-hour window. ' +
      'tokenPlanRequests still gives the intro’s equivalents.',
  },
  {
    topic: '5-hour window',
    readings: [
      { source: intro, says: 'The usage limit is calculated on a rolling 5-hour window.' },
      { source: faq, says: 'A rolling (“dynamic”) 5-hour window: usage older than 5 hours is released.' },
      {
        source: 'https://github.com/MiniMax-AI/cli',
        says: '/v1/token_plan/remains reports a window with a fixed start_time and end_time, as if it ran from first use.',
      },
    ],
    kept: 'A rolling window is enforced (the stricter reading); a synced /v1/token_plan/remains answer is the truth.',
  },
  {
    topic: 'current_interval_usage_count',
    readings: [
      {
        source: 'https://platform.minimax.io/docs/token-plan/faq',
        says: 'The field name says it counts usage.',
      },
      {
        source: 'https://github.com/MiniMax-AI/MiniMax-M2/issues/99',
        says: 'It holds the REMAINING count (MiniMax’s own CLI calls the name misleading); since 2026 it is often 0.',
      },
    ],
    kept: 'Read as what is left, only when the total is above 0; the remaining percentages are preferred.',
  },
];
