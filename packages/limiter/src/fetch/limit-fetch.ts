import {
  type CallTelemetry,
  describeRequest,
  type GenAiTelemetry,
  keyType,
  MiniMaxKitError,
  type PlanKind,
  type RequestDescription,
} from '@minimax-kit/core';
import type { Lease, Limiter } from '../create-limiter.js';
import { demandOf } from '../demand.js';
import type { CallTrace } from '../record/call-trace.js';
import { Recorder, type RecordOptions } from '../record/recorder.js';
import { LeaseAnswers } from './lease-answers.js';
import { markLimited } from './limiter-of-fetch.js';
import { bodyText, keyOf, tierOf } from './read-request.js';
import { restampOnArrival } from './restamp-on-arrival.js';
import { settleResponse } from './settle-response.js';

/** A `fetch`. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Options of `limitFetch`. */
export interface LimitFetchOptions extends RecordOptions {
  /** The Token Plan kind of `sk-cp-` keys, for highspeed weights; `standard` when absent. */
  plan?: PlanKind;
  /** Whose budgets a request draws on (e.g. from a header): its demand's `tenant`, for `budgetKey`. */
  tenant?: (request: Request) => string | undefined;
  /**
   * Reports every MiniMax call to OpenTelemetry: `openTelemetry({ trace, metrics })`. Under a span
   * of the client's, a call adds its wait and refusal to that span instead of making its own.
   */
  telemetry?: GenAiTelemetry | undefined;
}

/**
 * Wraps any fetch — the client's, openai's, Anthropic's, the AI SDK's — so that every MiniMax
 * request it sees first waits for room under every limit it touches (via `describeRequest`), then
 * settles to the usage the answer reports (read from JSON, or from an SSE stream as it passes) and
 * releases on completion, error or abort. Requests that are not MiniMax's pass straight through.
 */
export function limitFetch(
  limiter: Limiter,
  fetch: FetchLike = (input, init) => globalThis.fetch(input, init),
  options: LimitFetchOptions = {},
): FetchLike {
  const { onRecord, telemetry } = options;
  const recorder = onRecord || telemetry ? new Recorder(limiter, options) : undefined;
  const { region, budgets } = limiter.config;
  const answers = new LeaseAnswers(limiter);

  const send = async (
    request: Request,
    text: string | undefined,
    description: RequestDescription,
    plan: boolean,
    call: CallTrace | undefined,
  ): Promise<Response> => {
    if (description.operation === 'query' && description.taskId) {
      const response = await fetch(request).catch((error) => {
        call?.failed(error);
        throw error;
      });
      call?.answered(response);
      await answers.follow(description, response);
      call?.answerFrom(response);
      return response;
    }
    let lease: Lease;
    try {
      const demand = demandOf(
        description,
        budgets.length > 0 ? { plan, region, serviceTier: tierOf(text) } : { plan },
      );
      const tenant = options.tenant?.(request);
      lease = await limiter.acquire(tenant === undefined ? demand : { ...demand, tenant }, {
        signal: request.signal,
      });
    } catch (error) {
      call?.notAdmitted(error);
      throw error;
    }
    call?.admitted(lease.waitedOn);
    answers.sent(lease, { method: request.method, url: request.url, body: text });
    const arrived = restampOnArrival(limiter, lease);
    let response: Response;
    try {
      response = await fetch(request);
    } catch (error) {
      call?.failed(error);
      // It may have reached MiniMax: keep it counted, give back the output reservation. Without an
      // answer nothing was made, so nothing is billed: the cost reservation goes back too.
      await arrived();
      await lease.settle({ tokens: description.tokens - (description.maxOutputTokens ?? 0), cost: '0' });
      await lease.release();
      throw error;
    }
    // MiniMax counted the request when it arrived, at the latest now: its window slot frees a window
    // from then, not from the grant (a cold connection can take seconds between the two).
    await arrived();
    call?.answered(response);
    return settleResponse(response, lease, description, answers, call);
  };

  const limited: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const text = await bodyText(request);
    let description: RequestDescription;
    try {
      description = describeRequest(
        request.method,
        request.url,
        text,
        options.plan ? { plan: options.plan } : {},
      );
    } catch (error) {
      if (error instanceof MiniMaxKitError) return fetch(request); // not a MiniMax endpoint minimax-kit knows
      throw error;
    }
    const plan = keyType(keyOf(request)) === 'token-plan';
    const begin = (span?: CallTelemetry) =>
      send(request, text, description, plan, recorder?.begin(request, description, text, span));
    const { method, url } = request;
    return telemetry
      ? telemetry.call(
          { method, url, description, planRequests: plan ? description.planRequests : 0, by: 'limiter' },
          begin,
        )
      : begin();
  };
  return markLimited(limited, limiter);
}
