import type { Random } from '../util/random.js';
import type { Fault, FaultRule } from './fault.js';

interface LiveRule {
  rule: FaultRule;
  used: number;
  step: number;
}

/** The faults rules currently inject, consumed request by request. */
export interface FaultBook {
  add(rule: FaultRule): () => void;
  /** The faults for one request: every latency, then at most one other fault. */
  take(
    method: string,
    path: string,
    random: Random,
  ): { latency: number; fault?: Exclude<Fault, { type: 'latency' }> };
  clear(): void;
}

const matches = (rule: FaultRule, method: string, path: string) =>
  (!rule.method || rule.method.toUpperCase() === method) &&
  (rule.path === undefined ||
    (typeof rule.path === 'string' ? path.endsWith(rule.path) : rule.path.test(path)));

function delay(ms: Extract<Fault, { type: 'latency' }>['ms'], random: Random): number {
  if (typeof ms === 'number') return ms;
  if (Array.isArray(ms)) return random.int(ms[0], ms[1]);
  const { p50, p99 } = ms as { p50: number; p99: number };
  // Log-normal with median p50 and 99th percentile p99 (z = 2.326); a standard normal by Box–Muller.
  const sigma = Math.log(p99 / p50) / 2.326;
  const z = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.round(p50 * Math.exp(sigma * z));
}

/** Keeps fault rules and decides, deterministically for a seed, which apply to a request. */
export function createFaultBook(initial: readonly FaultRule[] = []): FaultBook {
  let rules: LiveRule[] = [];
  const book: FaultBook = {
    add(rule) {
      const live = { rule, used: 0, step: 0 };
      rules.push(live);
      return () => {
        rules = rules.filter((entry) => entry !== live);
      };
    },
    take(method, path, random) {
      let latency = 0;
      let chosen: Exclude<Fault, { type: 'latency' }> | undefined;
      for (const live of rules) {
        if (!matches(live.rule, method, path)) continue;
        let fault: Fault | null | undefined;
        if (live.rule.script) {
          fault = live.rule.script[live.step];
          live.step += 1;
        } else if (
          live.used < (live.rule.times ?? Number.POSITIVE_INFINITY) &&
          random.next() < (live.rule.rate ?? 1)
        ) {
          fault = live.rule.fault;
          live.used += 1;
        }
        if (!fault) continue;
        if (fault.type === 'latency') {
          latency += delay(fault.ms, random);
        } else {
          chosen ??= fault;
        }
      }
      return chosen ? { latency, fault: chosen } : { latency };
    },
    clear() {
      rules = [];
    },
  };
  for (const rule of initial) book.add(rule);
  return book;
}
