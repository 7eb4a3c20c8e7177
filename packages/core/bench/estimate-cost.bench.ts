import { calcPrice } from '@pydantic/genai-prices';
import { bench, describe } from 'vitest';
import { estimateCost } from '../src/index.js';

// The same MiniMax-M2 request priced by both libraries in USD. genai-prices counts cached tokens
// inside input_tokens; minimax-kit keeps the four counts disjoint.
describe('price one MiniMax-M2 text request (global, USD)', () => {
  bench('minimax-kit estimateCost', () => {
    estimateCost(
      {
        kind: 'text',
        model: 'MiniMax-M2',
        inputTokens: 1_000_000,
        outputTokens: 200_000,
        cacheReadTokens: 1_000_000,
        cacheWriteTokens: 60_000,
      },
      { region: 'global' },
    );
  });
  bench('@pydantic/genai-prices calcPrice', () => {
    calcPrice(
      {
        input_tokens: 2_060_000,
        output_tokens: 200_000,
        cache_read_tokens: 1_000_000,
        cache_write_tokens: 60_000,
      },
      'MiniMax-M2',
      { providerId: 'minimax' },
    );
  });
});

describe('price non-text work (CN, CNY)', () => {
  bench('speech text with Chinese characters', () => {
    estimateCost({ kind: 'speech', model: 'speech-2.6-hd', text: '今天是不是很开心呀(laughs)，当然了！' });
  });
  bench('a 1080P video clip', () => {
    estimateCost({
      kind: 'video',
      model: 'MiniMax-Hailuo-2.3',
      mode: 'image-to-video',
      resolution: '1080P',
      durationSeconds: 6,
    });
  });
});
