import type { Region } from '../regions/regions.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** No Token Plan price is known for the region and day asked; never priced as 0. */
export class PlanPriceNotFoundError extends MiniMaxKitError {
  readonly region: Region;
  readonly day: string;
  /** The region and days for which prices are known, e.g. `global from 2026-06-01`. */
  readonly priced: readonly string[];

  constructor(region: Region, day: string, priced: readonly string[], what = 'Token Plan prices') {
    super(
      'plan_price_not_found',
      `No ${what} known for ${region} on ${day}. Known: ${priced.join('; ') || 'none'}. ` +
        'Ask for a region and day listed, or pass a newer catalog: { catalog: loadCatalog(json) }.',
    );
    this.name = 'PlanPriceNotFoundError';
    this.region = region;
    this.day = day;
    this.priced = priced;
  }
}
