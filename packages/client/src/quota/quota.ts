import {
  type QuotaSummary,
  summarizeRemains,
  type TokenPlanRemains,
  tokenPlanRemainsSchema,
} from '@minimax-kit/core';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';

/** A Token Plan's quotas: MiniMax's body, and what is left of each window with its reset time. */
export interface QuotaResult {
  remains: TokenPlanRemains;
  /** Remaining counts and reset times (epoch ms), derived by `@minimax-kit/core`. */
  quotas: QuotaSummary[];
}

/** Token Plan usage (`GET /v1/token_plan/remains`). */
export interface Quota {
  retrieve(options?: CallOptions | null): Promise<WithMeta<QuotaResult>>;
}

/** The quota resource over a transport. */
export function createQuota(transport: Transport): Quota {
  return {
    async retrieve(given) {
      const options = callOptions(given);
      const remains = await transport.json(
        '/v1/token_plan/remains',
        { method: 'GET', signal: options.signal },
        tokenPlanRemainsSchema,
      );
      return withMeta(
        { remains, quotas: summarizeRemains(remains, Date.now()) },
        remains.response,
        remains.cost,
      );
    },
  };
}
