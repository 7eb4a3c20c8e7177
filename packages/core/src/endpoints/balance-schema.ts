import type { infer as Infer } from 'zod/mini';
import { boolean, looseObject, number, optional, regex, string, union } from 'zod/mini';

/** An amount as MiniMax writes it: a plain decimal string such as `"12.5"` (never a float). */
const amount = string().check(regex(/^-?\d+(\.\d+)?$/, 'must be a plain decimal string such as "12.5"'));

/**
 * The body of `GET /account/query_balance` (pay-as-you-go `sk-api-` keys), as MiniMax's own CLI
 * reads it. Amounts are decimal strings in the region's currency; extra fields pass.
 */
export const balanceSchema = looseObject({
  base_resp: looseObject({ status_code: union([number(), string()]), status_msg: optional(string()) }),
  /** What can be spent now. */
  available_amount: amount,
  cash_balance: optional(amount),
  voucher_balance: optional(amount),
  credit_balance: optional(amount),
  /** What the account owes. */
  owed_amount: optional(amount),
  /** Whether the console's low-balance alert is on (MiniMax's type for it is not documented). */
  balance_alert_switch: optional(union([boolean(), number(), string()])),
  balance_alert_threshold: optional(amount),
});

/** The body of `GET /account/query_balance` (see `balanceSchema`). */
export type Balance = Infer<typeof balanceSchema>;
