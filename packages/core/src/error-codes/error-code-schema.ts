import type { infer as Infer } from 'zod/mini';
import {
  array,
  boolean,
  enum as enumOf,
  extend,
  int,
  maximum,
  minimum,
  optional,
  positive,
  strictObject,
  string,
} from 'zod/mini';

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

/** Which limit a refusal means: requests or tokens per minute, running tasks, or a Token Plan quota. */
export const errorLimitSchema = enumOf(['rpm', 'tpm', 'conn', 'plan']);

const httpStatus = int().check(minimum(400), maximum(599));

/** One row as the table states it: the HTTP status may come from the kind. */
export const errorCodeRowSchema = strictObject({
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
  /** For refusals by a limit: which one. */
  limit: optional(errorLimitSchema),
  /** The HTTP status on the OpenAI- and Anthropic-compatible endpoints. */
  httpStatus: optional(httpStatus),
});
export type ErrorCodeRow = Infer<typeof errorCodeRowSchema>;

/** One MiniMax error code with what it means, its HTTP status and whether retrying can help. */
export const errorCodeSchema = extend(errorCodeRowSchema, { httpStatus });
export type ErrorCodeInfo = Infer<typeof errorCodeSchema>;

/** The whole table, as a schema. */
export const errorCodesSchema = array(errorCodeSchema);
