import type { FinishPartLike } from '../model-shapes.js';
import type { CallSettlement } from './call-settlement.js';

const isFinish = (part: unknown): part is FinishPartLike =>
  typeof part === 'object' && part !== null && (part as { type?: unknown }).type === 'finish';

/**
 * Passes a model's stream on, part by part as it is read. Its `finish` part carries the usage: the
 * call is settled to it before the part goes on, with the call's report added as
 * `providerMetadata.minimaxKit`. A stream that ends, breaks or is cancelled without one is
 * abandoned: what it made is unknown, so the reservation stands and the lease is released.
 */
export function settleStream(source: ReadableStream<unknown>, call: CallSettlement): ReadableStream<unknown> {
  const reader = source.getReader();
  return new ReadableStream<unknown>({
    async pull(controller) {
      let next: ReadableStreamReadResult<unknown>;
      try {
        next = await reader.read();
      } catch (error) {
        await call.abandoned();
        controller.error(error);
        return;
      }
      if (next.done) {
        await call.abandoned();
        controller.close();
        return;
      }
      const part = next.value;
      if (!isFinish(part)) {
        controller.enqueue(part);
        return;
      }
      const minimaxKit = await call.finished(part.usage);
      controller.enqueue({ ...part, providerMetadata: { ...part.providerMetadata, minimaxKit } });
    },
    async cancel(reason) {
      await call.abandoned();
      await reader.cancel(reason);
    },
  });
}
