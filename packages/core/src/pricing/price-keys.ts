import type { PriceRow } from './pricing-schema.js';

/** Each price row stands for the keys it prices; two rows may never price the same key. */
export function priceKeys(row: PriceRow): string[] {
  switch (row.kind) {
    case 'text':
    case 'image':
    case 'music':
      return row.models.map((model) => `${row.kind} ${model}`);
    case 'speech':
      return row.models.map((model) => `speech ${model} ${row.mode}`);
    case 'video':
      return row.models.flatMap((model) =>
        row.modes.map((mode) => `video ${model} ${mode} ${row.resolution} ${row.durationSeconds}s`),
      );
    case 'lyrics':
      return ['lyrics'];
    case 'voice':
      return [`voice ${row.operation}`];
  }
}
