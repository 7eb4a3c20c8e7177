import { formatDecimal } from '@minimax-kit/core';
import type { Handler } from '../context.js';
import { MockApiError } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';

const ok = { status_code: 0, status_msg: 'success' };

/**
 * `GET /account/query_balance`: a pay-as-you-go key's balance, which every billed call lowers by
 * what `@minimax-kit/core` prices it at. All of it is cash here; a balance driven below zero by
 * the last call is reported as owed.
 *
 * A Token Plan key has no balance (it draws on its plan and Credits, billed apart from pay-as-you-go
 * keys); MiniMax's own CLI never asks for one. What the real API answers then is not documented, so
 * the mock answers 1004, MiniMax's error for a key this endpoint does not accept.
 */
export const queryBalance: Handler = (ctx) => {
  if (ctx.key.type !== 'pay-as-you-go') {
    throw new MockApiError(
      1004,
      'login fail: a Token Plan key has no pay-as-you-go balance; use /v1/token_plan/remains for its quota',
    );
  }
  return {
    respond(release) {
      release();
      const { units, scale } = ctx.key.balance;
      const available = units > 0n ? formatDecimal(ctx.key.balance) : '0';
      const owed = units < 0n ? formatDecimal({ units: -units, scale }) : '0';
      return jsonResponse(
        {
          available_amount: available,
          cash_balance: available,
          voucher_balance: '0',
          credit_balance: '0',
          owed_amount: owed,
          balance_alert_switch: false,
          balance_alert_threshold: '0',
          base_resp: ok,
        },
        ctx.traceId,
      );
    },
  };
};
