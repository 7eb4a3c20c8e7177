import {
  type CallTelemetry,
  describeRequest,
  type GenAiTelemetry,
  keyType,
  MiniMaxKitError,
  type PlanKind,
  type RequestDescription,
  refusalOf,
  reportedUnits,
  taskOutcome,
} from '@minimax-kit/core';
import type { Lease, Limiter } from '../create-limiter.js';
import { demandOf } from '../demand.js';
import type { CallTrace } from '../record/call-trace.js';
import { Recorder, type RecordOptions } from '../record/recorder.js';
import { actualCost, type CostedRequest } from './actual-cost.js';
import { markLimited } from './limiter-of-fetch.js';
import { bodyText, keyOf, tierOf } from './read-request.js';
import { parseOrUndefined, StreamUsage } from './read-usage.js';
import { restampOnArrival } from './restamp-on-arrival.js';
import { tapEvents } from './tap-events.js';

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
  // Video jobs hold their CONN slot until a status query sees them end.
  const jobs = new Map<string, Lease>();
  const { onRecord, telemetry } = options;
  const recorder = onRecord || telemetry ? new Recorder(limiter, options) : undefined;

  const { region, budgets } = limiter.config;
  // The cost of a finished call, for budgets: priced from its answer's usage (the reservation stands without one).
  // What each lease's request was, for pricing its answer.
  const sent = new WeakMap<Lease, CostedRequest>();
  const costOf = (lease: Lease, description: RequestDescription, answer: unknown) => {
    const request = sent.get(lease);
    return request ? actualCost(description, request, answer, region) : undefined;
  };

  const react = async (
    lease: Lease,
    description: RequestDescription,
    status: number,
    json: unknown,
    retryAfter: string | null,
    units = reportedUnits(json),
    answer = json,
  ) => {
    const { code, limit: reason } = refusalOf(status, json);
    if (reason)
      await limiter.reportRejection(lease.demand, reason, retryAfter ? Number(retryAfter) * 1000 : undefined);
    if (code !== undefined || status >= 400) {
      // Refused or failed: no output was produced and nothing billed; keep the request counted,
      // refund the tokens and the cost.
      await lease.settle({ tokens: 0, cost: '0' });
      await lease.release();
      return;
    }
    const cost = costOf(lease, description, answer);
    if (units !== undefined) await lease.settle({ tokens: units, ...(cost ? { cost } : {}) });
    else if (description.api === 'chat') await lease.settle({ tokens: description.tokens });
    else if (cost) await lease.settle({ cost });
    const taskId = (json as { task_id?: unknown } | undefined)?.task_id;
    if (description.holdsSlot && description.api === 'video' && taskId !== undefined) {
      jobs.set(String(taskId), lease);
      return;
    }
    await lease.release();
  };

  const follow = async (description: RequestDescription, response: Response) => {
    const job = description.taskId ? jobs.get(description.taskId) : undefined;
    if (!job) return;
    const { status } = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { status?: unknown };
    const outcome = taskOutcome(status);
    if (outcome === 'succeeded' || outcome === 'failed') {
      jobs.delete(description.taskId as string);
      await job.release();
    } else {
      await job.renew();
    }
  };

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
      await follow(description, response);
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
    if (budgets.length > 0) sent.set(lease, { method: request.method, url: request.url, body: text });
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
              ? react(lease, description, response.status, body, retryAfter, usage.units, usage.answer)
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
          return react(lease, description, response.status, json, retryAfter);
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
