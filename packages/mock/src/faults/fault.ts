/** Something to go wrong with one request. */
export type Fault =
  /**
   * Answer late: a fixed delay, a uniform one in `[min, max]` ms, or a log-normal one with the given
   * median and 99th percentile, like real network latency (random draws follow the seed).
   */
  | { type: 'latency'; ms: number | readonly [number, number] | { p50: number; p99: number } }
  /** Answer with a MiniMax error code in the endpoint's own envelope. */
  | { type: 'error'; code: number; message?: string }
  /** Answer with a bare HTTP status (a 502 from a gateway, say). */
  | { type: 'http'; status: number; body?: string }
  /** Drop the connection before any response. */
  | { type: 'reset' }
  /** Answer 200 with a JSON body cut in half. */
  | { type: 'malformed' }
  /** Cut the response body after `after` events (streams) or halfway (other bodies). */
  | { type: 'cut'; after?: number }
  /** Stop sending after `after` events and never finish, until the client gives up. */
  | { type: 'stall'; after?: number };

/**
 * When to inject a fault: on requests whose path ends with `path` (or matches it) and whose method
 * matches, either following `script` (one entry per matching request, `null` for none, then
 * nothing) or `fault` with probability `rate` (1 when absent), at most `times` times.
 */
export interface FaultRule {
  path?: string | RegExp;
  method?: string;
  fault?: Fault;
  rate?: number;
  times?: number;
  script?: (Fault | null)[];
}
