import {
  type Balance,
  type BalanceSummary,
  balanceSchema,
  type Region,
  regionOfUrl,
  regions,
  summarizeBalance,
} from '@minimax-kit/core';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';

/** Options of `account.balance()`. */
export interface BalanceOptions extends CallOptions {
  /** The region whose currency the amounts are in; read from the host when absent (needed behind a proxy). */
  region?: Region;
}

/** A pay-as-you-go balance: exact decimal strings in the region's currency, and MiniMax's body. */
export interface BalanceResult extends BalanceSummary {
  body: Balance;
}

/** The pay-as-you-go account (`GET /account/query_balance`, for `sk-api-` keys). */
export interface Account {
  /**
   * What is left to spend. A Token Plan key (`sk-cp-`) has no balance: MiniMax refuses it
   * (`AuthenticationError`); ask `quota.retrieve()` for its plan instead.
   */
  balance(options?: BalanceOptions | null): Promise<WithMeta<BalanceResult>>;
}

function regionOf(transport: Transport, options: BalanceOptions): Region {
  const region = options.region ?? regionOfUrl(transport.options.baseURL);
  if (region === undefined)
    throw new ConfigurationError(
      'account.balance() cannot tell the currency behind a proxy: pass { region: "global" } or { region: "cn" }.',
    );
  if (!Object.hasOwn(regions, region))
    throw new ConfigurationError(
      `region must be "global" or "cn", not ${JSON.stringify(String(region).slice(0, 40))}.`,
    );
  return region;
}

/** The account resource over a transport. */
export function createAccount(transport: Transport): Account {
  return {
    async balance(given) {
      const options = callOptions(given);
      const region = regionOf(transport, options);
      const body = await transport.json(
        '/account/query_balance',
        { method: 'GET', signal: options.signal },
        balanceSchema,
      );
      return withMeta({ ...summarizeBalance(body, region), body }, body.response, body.cost);
    },
  };
}
