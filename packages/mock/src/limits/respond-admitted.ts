import type { RequestDescription, Usage } from '@minimax-kit/core';
import type { Reply } from '../context.js';
import type { KeyState, MockState } from '../state.js';
import { admit } from './admit.js';

/**
 * Admits a handler's reply under the key's limits, plan and balance (or throws the `MockApiError`
 * MiniMax would answer), then responds; a response that fails frees the CONN slot it took.
 */
export async function respondAdmitted(
  state: MockState,
  key: KeyState,
  description: RequestDescription,
  reply: Reply,
  now: number,
): Promise<Response> {
  const usage = reply.usage ?? description.usage;
  const release = admit(
    state,
    key,
    {
      description,
      tokens: reply.tokens ?? description.tokens,
      usage: usage === undefined ? [] : ([] as Usage[]).concat(usage),
      planRequests: description.planRequests,
      daily: description.daily,
    },
    now,
  );
  try {
    return await reply.respond(release);
  } catch (error) {
    release();
    throw error;
  }
}
