// Prices a small multimodal project with @minimax-kit/core, in both regions where MiniMax publishes
// prices, and shows what the same work is worth on a Token Plan. Run: pnpm --filter @minimax-kit/core example
import {
  billingCharacters,
  estimateCost,
  MiniMaxKitError,
  rateLimits,
  tokenPlanRequests,
  type Usage,
} from '@minimax-kit/core';

const narration = '今天是不是很开心呀(laughs)，当然了！';
const work: Usage[] = [
  {
    kind: 'text',
    model: 'MiniMax-M2',
    inputTokens: 1_000_000,
    outputTokens: 200_000,
    cacheReadTokens: 1_000_000,
    cacheWriteTokens: 60_000,
  },
  { kind: 'speech', model: 'speech-2.6-hd', text: narration },
  {
    kind: 'video',
    model: 'MiniMax-Hailuo-02',
    mode: 'image-to-video',
    resolution: '512P',
    durationSeconds: 10,
    count: 3,
  },
  { kind: 'image', model: 'image-01', count: 9 },
];

const quote = estimateCost(work, { region: 'cn' });
console.log(`\nMiniMax pay-as-you-go, mainland China (${quote.source.sourceUrl})\n`);
for (const line of quote.lines) {
  console.log(
    `  ${line.description.padEnd(44)} ${String(line.quantity).padStart(9)} ${line.unit.padEnd(9)} ${line.amount.padStart(12)} ${quote.currency}`,
  );
}
console.log(`  ${'total'.padEnd(74)} ${quote.total.padStart(12)} ${quote.currency}`);
console.log(
  `\n  "${narration}" is billed as ${billingCharacters(narration)} characters (Chinese characters count 2).`,
);

try {
  estimateCost(work, { region: 'global' });
} catch (error) {
  if (error instanceof MiniMaxKitError) console.log(`\nGlobal: ${error.message}`);
}

const planWork = work
  .slice(1)
  .concat({ kind: 'text', model: 'MiniMax-M2.7', inputTokens: 0, outputTokens: 0, requests: 10 });
console.log(
  `\nOn a Token Plan the speech, video, images and 10 MiniMax-M2.7 calls are worth ${tokenPlanRequests(planWork)} requests.`,
);

const limits = rateLimits({ region: 'cn', tier: 'paid', model: 'MiniMax-M2-Stable' });
console.log(
  `A paid CN account may send MiniMax-M2-Stable ${limits.rpm} requests and ${limits.tpm} tokens per minute.\n`,
);
