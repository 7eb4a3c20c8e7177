import type { infer as Infer } from 'zod/mini';
import { array, enum as enumOf, int, optional, positive, regex, strictObject, string, url } from 'zod/mini';
import { apis } from '../endpoints/api.js';
import { regionSchema } from '../regions/region-schema.js';

const perMinute = optional(int().check(positive()));

/** The limits one account tier has on one scope: requests and tokens per minute, concurrent tasks. */
export const limitsSchema = strictObject({ rpm: perMinute, tpm: perMinute, conn: perMinute });
export type Limits = Infer<typeof limitsSchema>;

/** One rate-limit row: a scope shared by the listed models (or one API), per tier. */
export const rateLimitRowSchema = strictObject({
  /** Requests of every model listed here count against the same limits. */
  scope: string(),
  api: enumOf(apis),
  models: optional(array(string())),
  /** What TPM counts on this scope: tokens (text), billing characters (speech) or images. */
  tpmUnit: optional(enumOf(['token', 'character', 'image'])),
  free: limitsSchema,
  paid: limitsSchema,
  note: optional(string()),
});
export type RateLimitRow = Infer<typeof rateLimitRowSchema>;

/** A region's documented rate limits with their sources. */
export const rateLimitTableSchema = strictObject({
  region: regionSchema,
  sources: array(url()),
  effectiveDate: string().check(regex(/^\d{4}-\d{2}-\d{2}$/)),
  rows: array(rateLimitRowSchema),
});
export type RateLimitTable = Infer<typeof rateLimitTableSchema>;
