import type { Region } from '@minimax-kit/core';

/**
 * The provider calls one MiniMax region and the limiter keeps another's limits and prices: thrown
 * by `wrapLanguageModel`. Keys, limits and currencies differ between regions, so nothing is sent.
 */
export class RegionMismatchError extends Error {
  readonly code = 'REGION_MISMATCH';
  /** The region of the provider's base URL. */
  readonly providerRegion: Region;
  /** The region the limiter was created for. */
  readonly limiterRegion: Region;
  /** The origin the provider calls (no path, no credentials). */
  readonly origin: string;

  constructor(providerRegion: Region, limiterRegion: Region, origin: string) {
    super(
      `The provider calls ${origin} (MiniMax ${providerRegion}) but the limiter keeps the ${limiterRegion} limits: ` +
        `create the limiter with region: '${providerRegion}', or point the provider at the ${limiterRegion} host.`,
    );
    this.name = 'RegionMismatchError';
    this.providerRegion = providerRegion;
    this.limiterRegion = limiterRegion;
    this.origin = origin;
  }
}
