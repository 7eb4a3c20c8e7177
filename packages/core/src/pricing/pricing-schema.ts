import type { infer as Infer } from 'zod/mini';
import { array, optional, strictObject, string, superRefine, url } from 'zod/mini';
import { currencySchema, regionSchema } from '../regions/region-schema.js';
import { priceKeys } from './price-keys.js';
import { dateSchema, priceRowSchema, sourceKindSchema } from './price-row-schema.js';

export type { PriceRow } from './price-row-schema.js';
export { priceRowSchema } from './price-row-schema.js';

const currencyOf = { cn: 'CNY', global: 'USD' } as const;

type Span = { from?: string | undefined; until?: string | undefined };
const overlaps = (a: Span, b: Span) => (a.from ?? '') < (b.until ?? '9') && (b.from ?? '') < (a.until ?? '9');

/** A region's pay-as-you-go price table with its provenance. */
export const pricingTableSchema = strictObject({
  region: regionSchema,
  currency: currencySchema,
  /** The main source; a row with its own `source` names another. */
  sourceUrl: url(),
  sourceKind: sourceKindSchema,
  /** The date the main source was read (MiniMax does not date its pages). */
  effectiveDate: dateSchema,
  notes: optional(array(string())),
  prices: array(priceRowSchema),
}).check(
  superRefine((table, context) => {
    if (table.currency !== currencyOf[table.region]) {
      context.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `${table.region} bills in ${currencyOf[table.region]}, not ${table.currency}; prices are never converted`,
        input: table.currency,
      });
    }
    // A key may be priced twice only by rows valid at different times; case never tells models apart.
    const seen = new Map<string, number[]>();
    let duplicates = 0; // report the first 20; a table of thousands of copies needs no more
    table.prices.forEach((row, index) => {
      if (row.from !== undefined && row.until !== undefined && row.from >= row.until) {
        context.addIssue({
          code: 'custom',
          path: ['prices', index, 'until'],
          message: `must be after from (${row.from})`,
          input: row.until,
        });
      }
      for (const key of priceKeys(row)) {
        const earlier = seen.get(key) ?? [];
        const first = earlier.find((other) => overlaps(table.prices[other] ?? {}, row));
        if (first !== undefined) duplicates += 1;
        if (first !== undefined && duplicates <= 20)
          context.addIssue({
            code: 'custom',
            path: ['prices', index],
            message: `prices "${key}" again (first in prices[${first}])`,
            input: row,
          });
        earlier.push(index);
        seen.set(key, earlier);
      }
    });
  }),
);

/** A region's price table (see `pricingTableSchema`). */
export type PricingTable = Infer<typeof pricingTableSchema>;
