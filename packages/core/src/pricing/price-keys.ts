import type { PriceRow } from './price-row-schema.js';

/**
 * The keys a price row stands for (`text minimax-m2`, `speech speech-02-hd sync` …), lower-cased
 * because MiniMax model ids never differ by case alone. Rows valid at the same time never share one.
 */
export function priceKeys(row: PriceRow): string[] {
  switch (row.kind) {
    case 'text':
    case 'image':
    case 'music':
      return row.models.map((model) => `${row.kind} ${model}`.toLowerCase());
    case 'speech':
      return row.models.map((model) => `speech ${model} ${row.mode}`.toLowerCase());
    case 'video':
      return row.models.flatMap((model) =>
        row.modes.map((mode) =>
          `video ${model} ${mode} ${row.resolution} ${row.durationSeconds}s`.toLowerCase(),
        ),
      );
    case 'lyrics':
    case 'vlm':
      return [row.kind];
    case 'voice':
      return [`voice ${row.operation}`];
  }
}
