import { looseObject, number, optional, pipe, string, transform, union } from 'zod/mini';

/** An int64 id as MiniMax sends it (a number, a string, or a long number kept exact): always a string. */
export const idSchema = pipe(
  union([string(), number()]),
  transform((value: string | number) => String(value)),
);

/** A native success envelope: `base_resp` is checked by the transport, so any is accepted here. */
export const baseRespSchema = optional(
  looseObject({ status_code: union([number(), string()]), status_msg: optional(string()) }),
);
