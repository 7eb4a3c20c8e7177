import type { Region } from '@minimax-kit/core';
import { MockApiError } from '../http/mock-api-error.js';
import type { Surface } from '../http/respond.js';
import type { KeyState, MockState } from '../state.js';

const loginFail =
  "login fail: Please carry the API secret key in the 'Authorization' field of the request header";

/**
 * The key of a request: `Authorization: Bearer <key>` everywhere, `x-api-key` too on the
 * Anthropic-compatible endpoint. A missing or unknown key, or a key of a region other than the
 * request's, is 1004.
 */
export function authenticate(request: Request, surface: Surface, state: MockState, region: Region): KeyState {
  const bearer = request.headers
    .get('authorization')
    ?.match(/^Bearer\s+(.+)$/i)?.[1]
    ?.trim();
  const key = bearer ?? (surface === 'anthropic' ? request.headers.get('x-api-key')?.trim() : undefined);
  const found = key ? state.keys.get(key) : undefined;
  if (!found) throw new MockApiError(1004, loginFail);
  if (found.region !== region) {
    throw new MockApiError(
      1004,
      `login fail: this API key belongs to the ${found.region} platform; use its host`,
    );
  }
  return found;
}
