import type { infer as Infer } from 'zod/mini';
import {
  array,
  discriminatedUnion,
  enum as enumOf,
  int,
  literal,
  minLength,
  optional,
  positive,
  refine,
  regex,
  strictObject,
  string,
  superRefine,
  url,
} from 'zod/mini';
import { currencySchema, regionSchema } from '../regions/region-schema.js';
import { priceKeys } from './price-keys.js';

const price = string().check(regex(/^\d+(\.\d+)?$/, 'must be a plain decimal string such as "2.625"'));
const per = int().check(
  refine((n: number) => /^10*$/.test(String(n)), 'must be a power of ten such as 10000 or 1000000'),
);
const modelIds = array(string()).check(minLength(1));
const note = optional(string());

/** A text price: per `per` tokens, separately for input, output, cache reads and cache writes. */
export const textPriceSchema = strictObject({
  kind: literal('text'),
  models: modelIds,
  unit: literal('token'),
  per,
  input: price,
  output: price,
  cacheRead: optional(price),
  cacheWrite: optional(price),
  note,
});

/** A speech price per `per` billing characters (Chinese characters count 2). */
export const speechPriceSchema = strictObject({
  kind: literal('speech'),
  models: modelIds,
  mode: enumOf(['sync', 'async']),
  unit: literal('character'),
  per,
  price,
  note,
});

/** A price per clip for one resolution and duration, in the modes listed. */
export const videoPriceSchema = strictObject({
  kind: literal('video'),
  models: modelIds,
  modes: array(enumOf(['text-to-video', 'image-to-video'])).check(minLength(1)),
  resolution: enumOf(['512P', '720P', '768P', '1080P']),
  durationSeconds: int().check(positive()),
  unit: literal('clip'),
  price,
  note,
});

/** A price per generated image. */
export const imagePriceSchema = strictObject({
  kind: literal('image'),
  models: modelIds,
  unit: literal('image'),
  price,
  note,
});

/** A price per generated song. */
export const musicPriceSchema = strictObject({
  kind: literal('music'),
  models: modelIds,
  unit: literal('song'),
  price,
  note,
});

/** A price per generated set of lyrics. */
export const lyricsPriceSchema = strictObject({
  kind: literal('lyrics'),
  unit: literal('song'),
  price,
  note,
});

/** A price per new voice, and for design previews a price per `per` billing characters. */
export const voicePriceSchema = strictObject({
  kind: literal('voice'),
  operation: enumOf(['clone', 'design']),
  unit: literal('voice'),
  price,
  preview: optional(strictObject({ unit: literal('character'), per, price })),
  note,
});

/** One row of a price table. */
export const priceRowSchema = discriminatedUnion('kind', [
  textPriceSchema,
  speechPriceSchema,
  videoPriceSchema,
  imagePriceSchema,
  musicPriceSchema,
  lyricsPriceSchema,
  voicePriceSchema,
]);

const currencyOf = { cn: 'CNY', global: 'USD' } as const;

/** A region's pay-as-you-go price table with its provenance. */
export const pricingTableSchema = strictObject({
  region: regionSchema,
  currency: currencySchema,
  sourceUrl: url(),
  /** `official`: MiniMax's own page; `aggregator`: a third party that copied it. */
  sourceKind: enumOf(['official', 'aggregator']),
  /** The date this snapshot of the source was recorded (MiniMax does not date its pages). */
  effectiveDate: string().check(regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as "2026-11-23"')),
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
    const seen = new Map<string, number>();
    table.prices.forEach((row, index) => {
      for (const key of priceKeys(row)) {
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else
          context.addIssue({
            code: 'custom',
            path: ['prices', index],
            message: `prices "${key}" again (first in prices[${first}])`,
            input: row,
          });
      }
    });
  }),
);

/** A region's price table (see `pricingTableSchema`). */
export type PricingTable = Infer<typeof pricingTableSchema>;
/** One row of a price table. */
export type PriceRow = Infer<typeof priceRowSchema>;
