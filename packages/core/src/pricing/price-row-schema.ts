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
  url,
} from 'zod/mini';

/** A plain decimal price such as `"2.625"`, in the table's currency. */
export const priceSchema = string().check(
  regex(/^\d+(\.\d+)?$/, 'must be a plain decimal string such as "2.625"'),
);
const price = priceSchema;
const per = int().check(
  refine((n: number) => /^10*$/.test(String(n)), 'must be a power of ten such as 10000 or 1000000'),
);
const modelIds = array(string()).check(minLength(1));
const note = optional(string());

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const dateSchema = string().check(
  regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as "2026-11-23"'),
  refine((text: string) => {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
  }, 'is not a real calendar date'),
);

/** How sure a figure is: MiniMax's own page or code, a third party quoting it, or what clients read from the API. */
export const sourceKindSchema = enumOf(['official', 'cited', 'observed']);
export type SourceKind = Infer<typeof sourceKindSchema>;

/** Where a row's figures come from, when not from its table's main source. */
export const priceSourceSchema = strictObject({ url: url(), kind: sourceKindSchema, read: dateSchema });
export type PriceSource = Infer<typeof priceSourceSchema>;

/** Provenance and validity every row may carry: `from` inclusive, `until` exclusive (UTC days). */
const dated = {
  note,
  source: optional(priceSourceSchema),
  from: optional(dateSchema),
  until: optional(dateSchema),
};

/** The prices that apply to a whole request once its prompt exceeds `aboveInputTokens`. */
export const textTierSchema = strictObject({
  aboveInputTokens: int().check(positive()),
  input: price,
  output: price,
  cacheRead: optional(price),
  cacheWrite: optional(price),
});

/** A text price per `per` tokens for input, output, cache reads and writes; optional prompt-length tiers and priority. */
export const textPriceSchema = strictObject({
  kind: literal('text'),
  models: modelIds,
  unit: literal('token'),
  per,
  input: price,
  output: price,
  cacheRead: optional(price),
  cacheWrite: optional(price),
  /** Upper tiers by prompt length (input + cache read + cache write tokens), ascending. */
  tiers: optional(array(textTierSchema).check(minLength(1))),
  /** Multipliers of the standard price by `service_tier`, e.g. `{ priority: "1.5" }`. */
  serviceTiers: optional(strictObject({ priority: price })),
  ...dated,
});

/** A speech price per `per` billing characters (Chinese characters count 2). */
export const speechPriceSchema = strictObject({
  kind: literal('speech'),
  models: modelIds,
  mode: enumOf(['sync', 'async']),
  unit: literal('character'),
  per,
  price,
  ...dated,
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
  ...dated,
});

/** A price per generated image. */
export const imagePriceSchema = strictObject({
  kind: literal('image'),
  models: modelIds,
  unit: literal('image'),
  price,
  ...dated,
});

/** A price per generated song. */
export const musicPriceSchema = strictObject({
  kind: literal('music'),
  models: modelIds,
  unit: literal('song'),
  price,
  ...dated,
});

/** A price per generated set of lyrics. */
export const lyricsPriceSchema = strictObject({
  kind: literal('lyrics'),
  unit: literal('song'),
  price,
  ...dated,
});

/** A price per image / video / audio understanding (API-vlm) request. */
export const vlmPriceSchema = strictObject({
  kind: literal('vlm'),
  unit: literal('request'),
  price,
  ...dated,
});

/** A price per new voice, and for design previews a price per `per` billing characters. */
export const voicePriceSchema = strictObject({
  kind: literal('voice'),
  operation: enumOf(['clone', 'design']),
  unit: literal('voice'),
  price,
  preview: optional(strictObject({ unit: literal('character'), per, price })),
  ...dated,
});

/** One row of a price table. */
export const priceRowSchema = discriminatedUnion('kind', [
  textPriceSchema,
  speechPriceSchema,
  videoPriceSchema,
  imagePriceSchema,
  musicPriceSchema,
  lyricsPriceSchema,
  vlmPriceSchema,
  voicePriceSchema,
]);

/** One row of a price table. */
export type PriceRow = Infer<typeof priceRowSchema>;
