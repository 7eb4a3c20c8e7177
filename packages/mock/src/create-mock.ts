import { sleep } from '@minimax-kit/core';
import { checkFaultRule } from './check-options/check-fault-rule.js';
import { checkOptions } from './check-options/check-options.js';
import type { Runtime } from './context.js';
import type { FaultRule } from './faults/fault.js';
import { createFaultBook } from './faults/pick-faults.js';
import { createHandler } from './handle-request.js';
import { createFileLinks } from './http/file-links.js';
import { MockConnectionReset } from './http/mock-api-error.js';
import { defaultMockKeys, type MockOptions } from './options.js';
import { createState, type MockState } from './state.js';
import { createRandom, hashSeed } from './util/random.js';

/** A running mock MiniMax. */
export interface MockMiniMax {
  /**
   * A `fetch` that answers like MiniMax: pass it to any client. Dropped connections and aborted
   * signals reject like real fetch.
   */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /**
   * Answers one request; throws `MockConnectionReset` where the connection should drop (for
   * servers). A request whose signal is already aborted rejects with its reason, as fetch does,
   * and leaves no trace: no log entry, no charge, no use of a limit.
   */
  handle: (request: Request) => Promise<Response>;
  /** Everything the mock remembers: keys, balances, plan use, limits, files, tasks, voices, a request log. */
  readonly state: MockState;
  /** Forgets everything: back to the options' starting state. */
  reset(): void;
  /** Adds a fault rule (one it cannot apply throws `MockOptionsError`); returns its removal. */
  inject(rule: FaultRule): () => void;
}

/**
 * Creates an offline MiniMax: `fetch` answers every MiniMax endpoint in its real wire format,
 * enforces the region's and tier's documented limits and the keys' balances and Token Plans, and
 * injects faults on demand. It runs unchanged in browsers, edge runtimes and Node. Options it
 * cannot work with throw `MockOptionsError`.
 */
export function createMockMiniMax(options: MockOptions = {}): MockMiniMax {
  checkOptions(options);
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const keys = options.keys ?? defaultMockKeys;
  let state = createState(options, keys, now());
  let sequence = createRandom(hashSeed(seed, 'sequence'));
  let idCounter = 0n;
  const faults = createFaultBook(options.faults);
  const links = createFileLinks(now);

  const runtime: Runtime = {
    options,
    get state() {
      return state;
    },
    now,
    sleep: options.sleep ?? sleep,
    nextId() {
      idCounter += BigInt(sequence.int(1, 9999));
      return (
        (options.bigIds ? 9_007_199_254_740_993n * 10n : 100_000_000_000_000n) +
        BigInt(seed % 1000) * 10_000_000n +
        idCounter
      );
    },
    downloadUrl: (origin, fileId) => links.url(origin, fileId),
  };

  const handle = createHandler({ runtime, seed, faults, links, sequence: () => sequence });

  return {
    handle,
    async fetch(input, init) {
      try {
        return await handle(new Request(input, init));
      } catch (error) {
        if (error instanceof MockConnectionReset) throw new TypeError('fetch failed', { cause: error });
        throw error;
      }
    },
    get state() {
      return state;
    },
    reset() {
      state = createState(options, keys, now());
      sequence = createRandom(hashSeed(seed, 'sequence'));
      idCounter = 0n;
      faults.clear();
      for (const rule of options.faults ?? []) faults.add(rule);
    },
    inject(rule) {
      checkFaultRule('inject(rule)', rule);
      return faults.add(rule);
    },
  };
}
