import type { infer as Infer } from 'zod/mini';
import { array, boolean, enum as enumOf, int, optional, positive, strictObject, string } from 'zod/mini';

/** What kind of failure a MiniMax error code is. */
export const errorKindSchema = enumOf([
  'auth',
  'rate-limit',
  'quota',
  'balance',
  'content',
  'invalid-request',
  'server',
]);
export type ErrorKind = Infer<typeof errorKindSchema>;

/** One MiniMax error code with what it means and whether retrying the same request can help. */
export const errorCodeSchema = strictObject({
  code: int().check(positive()),
  kind: errorKindSchema,
  /** Retrying the same request later can succeed (after a back-off or a window). */
  retryable: boolean(),
  /** For content errors: whether the input or the output was flagged. */
  direction: optional(enumOf(['input', 'output'])),
  /** MiniMax's own message. */
  status: string(),
  en: string(),
  zh: string(),
  /** Where the code is documented when it is not in MiniMax's error-code table. */
  source: optional(string()),
});
export type ErrorCodeInfo = Infer<typeof errorCodeSchema>;

/** The whole table, as a schema. */
export const errorCodesSchema = array(errorCodeSchema);
