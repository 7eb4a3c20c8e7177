import { type RequestDescription, refusalOf, reportedUnits, taskOutcome } from '@minimax-kit/core';
import type { Lease, Limiter } from '../create-limiter.js';
import { actualCost, type CostedRequest } from './actual-cost.js';

/**
 * What MiniMax's answers mean for the leases of `limitFetch`'s requests: a refusal pauses its limit,
 * a failure gives back the tokens and the cost, a success settles to the usage and cost it reports,
 * and a video job holds its CONN slot until a status query sees it end.
 */
export class LeaseAnswers {
  #limiter: Limiter;
  #jobs = new Map<string, Lease>();
  // What each lease's request was, for pricing its answer (kept only when budgets apply).
  #sent = new WeakMap<Lease, CostedRequest>();

  constructor(limiter: Limiter) {
    this.#limiter = limiter;
  }

  /** Keeps what a lease's request was, to price its answer for the limiter's budgets. */
  sent(lease: Lease, request: CostedRequest): void {
    if (this.#limiter.config.budgets.length > 0) this.#sent.set(lease, request);
  }

  /** Settles and releases a lease by its answer: `units` and `answer` as read from a stream, if it was one. */
  async settle(
    lease: Lease,
    description: RequestDescription,
    status: number,
    json: unknown,
    retryAfter: string | null,
    units = reportedUnits(json),
    answer = json,
  ): Promise<void> {
    const { code, limit: reason } = refusalOf(status, json);
    if (reason)
      await this.#limiter.reportRejection(
        lease.demand,
        reason,
        retryAfter ? Number(retryAfter) * 1000 : undefined,
      );
    if (code !== undefined || status >= 400) {
      // Refused or failed: no output was produced and nothing billed; keep the request counted,
      // refund the tokens and the cost.
      await lease.settle({ tokens: 0, cost: '0' });
      await lease.release();
      return;
    }
    const cost = this.#costOf(lease, description, answer);
    if (units !== undefined) await lease.settle({ tokens: units, ...(cost ? { cost } : {}) });
    else if (description.api === 'chat') await lease.settle({ tokens: description.tokens });
    else if (cost) await lease.settle({ cost });
    const taskId = (json as { task_id?: unknown } | undefined)?.task_id;
    if (description.holdsSlot && description.api === 'video' && taskId !== undefined) {
      this.#jobs.set(String(taskId), lease);
      return;
    }
    await lease.release();
  }

  /** Reads a status query's answer: a job that ended frees its slot, one still running renews it. */
  async follow(description: RequestDescription, response: Response): Promise<void> {
    const job = description.taskId ? this.#jobs.get(description.taskId) : undefined;
    if (!job) return;
    const { status } = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { status?: unknown };
    const outcome = taskOutcome(status);
    if (outcome === 'succeeded' || outcome === 'failed') {
      this.#jobs.delete(description.taskId as string);
      await job.release();
    } else {
      await job.renew();
    }
  }

  // The cost of a finished call, for budgets: priced from its answer's usage (the reservation stands without one).
  #costOf(lease: Lease, description: RequestDescription, answer: unknown): string | undefined {
    const request = this.#sent.get(lease);
    return request ? actualCost(description, request, answer, this.#limiter.config.region) : undefined;
  }
}
