import { queuesOn } from '../scheduler/wait-queue.js';
import type { Decision } from '../state/dimension.js';
import type { AcquireRequest } from './store.js';

/**
 * `acquireMany` one request at a time: each decided by `decideOne` in order, FIFO per limit (once
 * one is refused on a limit, a budget aside, the later ones sharing any of its limits are skipped).
 */
export async function inOrder(
  requests: readonly AcquireRequest[],
  decideOne: (request: AcquireRequest) => Decision | Promise<Decision>,
): Promise<(Decision | undefined)[]> {
  const closed = new Set<string>();
  const out: (Decision | undefined)[] = [];
  for (const request of requests) {
    if (request.dims.some((d) => closed.has(d.id))) {
      out.push(undefined);
      continue;
    }
    const decision = await decideOne(request);
    out.push(decision);
    if (!decision.ok && request.dims.some((d) => d.id === decision.blockedBy && queuesOn(d)))
      for (const d of request.dims) if (queuesOn(d)) closed.add(d.id);
  }
  return out;
}
