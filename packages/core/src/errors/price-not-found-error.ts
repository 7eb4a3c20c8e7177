import type { Region } from '../regions/regions.js';
import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** The work is known, but the region's price table has no price for it. Never priced as 0. */
export class PriceNotFoundError extends MiniMaxKitError {
  readonly region: Region;
  readonly item: string;
  readonly pricedItems: readonly string[];

  constructor(region: Region, item: string, pricedItems: readonly string[], hint = '') {
    const priced = pricedItems.length > 0 ? `Priced in ${region}: ${pricedItems.join(', ')}.` : '';
    super(
      'price_not_found',
      [
        `No ${region} price for ${clip(item, 160)}.`,
        priced,
        hint || 'Pass a newer catalog: estimateCost(usage, { catalog: loadCatalog(json) }).',
      ]
        .filter(Boolean)
        .join(' '),
    );
    this.name = 'PriceNotFoundError';
    this.region = region;
    this.item = clip(item, 160);
    this.pricedItems = pricedItems;
  }
}
