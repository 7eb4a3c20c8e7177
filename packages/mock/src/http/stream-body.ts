import type { Fault } from '../faults/fault.js';

/** How a streamed body is delivered. */
export interface StreamOptions {
  signal: AbortSignal;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Pause before each chunk after the first. */
  intervalMs?: number;
  /** Cut or stall the body after `after` chunks. */
  fault?: Extract<Fault, { type: 'cut' | 'stall' }>;
  /** Runs once when the body ends for any reason: finished, failed, cancelled. */
  onEnd?: () => void;
  /** Waited for before the first chunk (e.g. music generation time). */
  before?: () => Promise<void>;
}

/** Raised into a body cut mid-way, as a real fetch reports a dropped connection. */
export const terminated = () => new TypeError('terminated', { cause: { code: 'ECONNRESET' } });

/**
 * A body that delivers `chunks` one by one, pacing them, honouring the request's abort signal, and
 * cutting or stalling where a fault says so.
 */
export function streamBody(
  chunks: readonly Uint8Array[],
  options: StreamOptions,
): ReadableStream<Uint8Array> {
  const { signal, sleep, intervalMs = 0, fault, onEnd } = options;
  let index = 0;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd?.();
  };
  const limit = fault ? (fault.after ?? Math.max(1, Math.floor(chunks.length / 2))) : chunks.length;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (index === 0 && options.before) await options.before();
        if (signal.aborted) throw signal.reason;
        if (index >= limit && fault?.type === 'stall') {
          await new Promise<never>((_, reject) => {
            signal.addEventListener('abort', () => reject(signal.reason), { once: true });
          });
        }
        if (index >= limit && fault?.type === 'cut') throw terminated();
        if (index >= chunks.length) {
          controller.close();
          end();
          return;
        }
        if (index > 0 && intervalMs > 0) await sleep(intervalMs, signal);
        controller.enqueue(chunks[index] as Uint8Array);
        index += 1;
      } catch (error) {
        controller.error(error);
        end();
      }
    },
    cancel() {
      end();
    },
  });
}
