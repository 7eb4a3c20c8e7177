import type { RequestDescription } from '@minimax-kit/core';
import type { Lease } from '../create-limiter.js';
import type { CallTrace } from '../record/call-trace.js';
import type { LeaseAnswers } from './lease-answers.js';
import { parseOrUndefined, StreamUsage } from './read-usage.js';
import { tapEvents } from './tap-events.js';

/**
 * Reads MiniMax's answer to a leased request as the caller reads it, and settles the lease from
 * it: an SSE stream's usage as its events pass (the caller gets a stream that yields the same
 * bytes), a JSON body from a clone, anything else (a proxy's error page) at once. Returns the
 * response the caller gets.
 */
export async function settleResponse(
  response: Response,
  lease: Lease,
  description: RequestDescription,
  answers: LeaseAnswers,
  call: CallTrace | undefined,
): Promise<Response> {
  const retryAfter = response.headers.get('retry-after');
  const type = response.headers.get('content-type') ?? '';
  if (/text\/event-stream/i.test(type) && response.body) {
    const usage = new StreamUsage();
    const tapped = tapEvents(
      response.body,
      (json) => {
        usage.read(json);
        call?.event(json);
      },
      (how) => {
        call?.streamEnded(how);
        // A stream left before its usage was reported keeps its reservation (output was made); one
        // that finished, or whose reader stopped after the usage (openai 7 cancels at [DONE]), settles.
        const reported = usage.code !== undefined || usage.units !== undefined;
        const body = usage.code === undefined ? undefined : { base_resp: { status_code: usage.code } };
        const done =
          how === 'completed' || reported
            ? answers.settle(lease, description, response.status, body, retryAfter, usage.units, usage.answer)
            : lease.release();
        done.catch(() => {});
      },
    );
    return new Response(tapped, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
  if (/json/i.test(type) || response.status === 429) {
    response
      .clone()
      .text()
      .then((text) => {
        const json = parseOrUndefined(text);
        call?.answer(json);
        return answers.settle(lease, description, response.status, json, retryAfter);
      })
      .catch(() => {
        call?.answer(undefined);
        return lease.release();
      });
    return response;
  }
  call?.answer(undefined);
  // An error page (a proxy's 502) made nothing MiniMax bills.
  if (response.status >= 400) await lease.settle({ cost: '0' });
  await lease.release();
  return response;
}
