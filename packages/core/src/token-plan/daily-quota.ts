import { objectArgument } from '../errors/check-argument.js';
import { findModel } from '../models/find-model.js';
import { billingCharacters } from '../text/billing-characters.js';
import { count } from '../usage/count.js';
import type { Usage } from '../usage/usage.js';

/** Units of one non-text daily quota that some work uses. */
export interface DailyQuotaUse {
  /** The quota's `model_name` in `/v1/token_plan/remains` (`speech-hd`, `image-01`, `video` …). */
  bucket: string;
  units: number;
  unit: 'character' | 'clip' | 'image' | 'song';
}

/**
 * Which Token Plan daily quota non-text work draws on, and how much of it; `undefined` for text
 * and vlm, which draw on the 5-hour window instead. Bucket names follow the remains endpoint
 * (`speech-hd`, `image-01`, `video`); `speech-turbo`, `music` and `lyrics` are minimax-kit's names.
 */
export function dailyQuotaUse(usage: Usage): DailyQuotaUse | undefined {
  objectArgument(usage, 'usage', 'pass a usage such as { kind: "image", model, count }');
  switch (usage.kind) {
    case 'speech': {
      const model = findModel(usage.model, 'speech').id;
      const units =
        usage.text !== undefined
          ? billingCharacters(String(usage.text))
          : count(usage.characters, 'characters');
      return { bucket: model.endsWith('-hd') ? 'speech-hd' : 'speech-turbo', units, unit: 'character' };
    }
    case 'video':
      return { bucket: 'video', units: count(usage.count, 'count', 1), unit: 'clip' };
    case 'image':
      findModel(usage.model, 'image'); // image-01 and image-01-live share one quota
      return { bucket: 'image-01', units: count(usage.count, 'count'), unit: 'image' };
    case 'music':
      return { bucket: 'music', units: count(usage.count, 'count'), unit: 'song' };
    case 'lyrics':
      return { bucket: 'lyrics', units: count(usage.count, 'count'), unit: 'song' };
    default:
      return undefined;
  }
}
