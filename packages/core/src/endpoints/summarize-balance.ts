import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { compareDecimals, formatDecimal, parseDecimal } from '../money/decimal.js';
import { type Currency, type Region, regions } from '../regions/regions.js';
import { type Balance, balanceSchema } from './balance-schema.js';

/** A pay-as-you-go balance, ready to show: exact decimal strings in the region's currency. */
export interface BalanceSummary {
  currency: Currency;
  /** What can be spent now, e.g. `"87.25"`. */
  available: string;
  /** Its parts where MiniMax reports them: cash, vouchers, credit. */
  cash?: string;
  voucher?: string;
  credit?: string;
  /** What the account owes, `"0"` when not reported. */
  owed: string;
  /** The console's low-balance alert, where reported. */
  alert?: { enabled: boolean; threshold?: string };
  /** Nothing left to spend (calls would fail with 1008), or below the alert threshold when it is on. */
  low: boolean;
}

const exact = (text: string) => formatDecimal(parseDecimal(text));
const isOn = (value: Balance['balance_alert_switch']) =>
  value === true || value === 1 || value === '1' || value === 'true' || value === 'on';

/**
 * Summarizes a `/account/query_balance` body for a region (which decides the currency; amounts are
 * never converted). Throws `InvalidUsageError` for a region it does not know or a body that is not
 * a balance.
 */
export function summarizeBalance(body: unknown, region: Region): BalanceSummary {
  if (!Object.hasOwn(regions, region))
    throw new InvalidUsageError('region', `is ${describeValue(region)}; use "cn" or "global"`);
  const parsed = balanceSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidUsageError(
      `body.${issue?.path.join('.') ?? ''}`,
      `${issue?.message ?? 'is invalid'}; pass the JSON MiniMax answered to GET /account/query_balance`,
    );
  }
  const balance = parsed.data;
  const available = exact(balance.available_amount);
  const threshold = balance.balance_alert_threshold;
  const enabled = isOn(balance.balance_alert_switch);
  const below =
    enabled &&
    threshold !== undefined &&
    compareDecimals(parseDecimal(available), parseDecimal(threshold)) < 0;
  return {
    currency: regions[region].currency,
    available,
    ...(balance.cash_balance === undefined ? {} : { cash: exact(balance.cash_balance) }),
    ...(balance.voucher_balance === undefined ? {} : { voucher: exact(balance.voucher_balance) }),
    ...(balance.credit_balance === undefined ? {} : { credit: exact(balance.credit_balance) }),
    owed: exact(balance.owed_amount ?? '0'),
    ...(balance.balance_alert_switch === undefined
      ? {}
      : { alert: { enabled, ...(threshold === undefined ? {} : { threshold: exact(threshold) }) } }),
    low: parseDecimal(available).units <= 0n || below,
  };
}
