import type { Region } from '../regions/regions.js';
import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** MiniMax documents no rate limit for this model or API in the region; pass explicit limits instead. */
export class LimitNotFoundError extends MiniMaxKitError {
  readonly region: Region;
  readonly target: string;
  readonly documented: readonly string[];

  constructor(region: Region, target: string, documented: readonly string[]) {
    super(
      'limit_not_found',
      `MiniMax documents no ${region} rate limit for ${clip(target)}. Documented: ${documented.join(', ')}. Pass explicit limits for it.`,
    );
    this.name = 'LimitNotFoundError';
    this.region = region;
    this.target = clip(target);
    this.documented = documented;
  }
}
