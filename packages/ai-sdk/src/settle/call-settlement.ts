import { APICallError } from '@ai-sdk/provider';
import { type RequestDescription, refusalOf } from '@minimax-kit/core';
import type { Lease, Limiter } from '@minimax-kit/limiter';
import type { UsageLike } from '../model-shapes.js';
import { type CallReport, callReport } from './call-report.js';
import { priceCall } from './price-call.js';
import { textUsage, usageTokens } from './text-usage.js';

/**
 * One admitted call's lease, settled once: to the usage the model reported when it finishes, to
 * what a failure can have used when it fails, or left at its reservation when it is abandoned.
 * Settling never breaks the call: a store that fails to settle leaves the reservation standing.
 */
export class CallSettlement {
  readonly #limiter: Limiter;
  readonly #lease: Lease;
  readonly #description: RequestDescription;
  readonly #waitedMs: number;
  #done = false;

  constructor(limiter: Limiter, lease: Lease, description: RequestDescription, waitedMs: number) {
    this.#limiter = limiter;
    this.#lease = lease;
    this.#description = description;
    this.#waitedMs = waitedMs;
  }

  /** The call finished: settles tokens and cost to its usage, releases, and reports. */
  async finished(usage: UsageLike | undefined): Promise<CallReport> {
    const { region, plan } = this.#limiter.config;
    const model = this.#description.model ?? '';
    const used = textUsage(model, usage);
    const cost = priceCall(model, used, region);
    // Without a usage the output made is unknown: the whole reservation stands, as in limitFetch.
    await this.#end(
      used === undefined
        ? undefined
        : { tokens: usageTokens(used), ...(cost.priced ? { cost: cost.total } : {}) },
    );
    const { demand } = this.#lease;
    const planRequests =
      plan !== undefined && demand.planRequests !== undefined ? demand.planRequests : undefined;
    return callReport(this.#limiter, demand, model, cost, this.#waitedMs, planRequests);
  }

  /**
   * The call failed. MiniMax answered with an error: nothing was made or billed, the request stays
   * counted. It could not be reached: it may have arrived, so its input stays counted. Anything
   * else (an abort, an answer that broke off) may have made output: the reservation stands.
   */
  async failed(error: unknown): Promise<void> {
    if (!APICallError.isInstance(error)) return this.#end(undefined);
    if (error.statusCode !== undefined) {
      await this.#refused(error);
      return this.#end({ tokens: 0, cost: '0' });
    }
    const { tokens, maxOutputTokens = 0 } = this.#description;
    return this.#end({ tokens: tokens - maxOutputTokens, cost: '0' });
  }

  /** The caller left before the usage came (a cancelled stream): the reservation stands. */
  abandoned(): Promise<void> {
    return this.#end(undefined);
  }

  // MiniMax refused on a limit (HTTP 429, or a code that names one): the limiter pauses what it
  // refused until it frees, or as long as Retry-After asks, so the calls behind it wait instead.
  async #refused({ statusCode = 0, responseBody, responseHeaders }: APICallError): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(responseBody ?? '');
    } catch {}
    const { limit } = refusalOf(statusCode, body);
    if (!limit) return;
    const retryAfter = Number(responseHeaders?.['retry-after'] ?? Number.NaN) * 1000;
    await this.#limiter
      .reportRejection(this.#lease.demand, limit, Number.isFinite(retryAfter) ? retryAfter : undefined)
      .catch(() => {}); // a store that fails to pause leaves the limits as they were
  }

  async #end(actual: { tokens: number; cost?: string } | undefined): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    try {
      if (actual) await this.#lease.settle(actual);
    } catch {
      // The store failed to settle: the reservation stands, which keeps the limits on the safe side.
    }
    await this.#lease.release().catch(() => {});
  }
}
