import type { Api, CallCost, Usage } from '@minimax-kit/core';

/**
 * How a call ended:
 * - `ok` — MiniMax answered it, and a stream was read to its end (or past its usage);
 * - `http-error` — MiniMax answered with an error (an HTTP status ≥ 400 or an error code in the body);
 * - `aborted` — the caller's signal aborted it, while it waited for room or while it was under way;
 * - `not-admitted` — the limiter refused it before it was sent (closed, a budget without room, or a
 *   demand no limit can hold);
 * - `network-error` — the fetch failed without an answer;
 * - `cancelled` — its stream's reader stopped before MiniMax reported the usage;
 * - `stream-error` — its stream broke off mid-way.
 */
export type CallEnd =
  | 'ok'
  | 'http-error'
  | 'aborted'
  | 'not-admitted'
  | 'network-error'
  | 'cancelled'
  | 'stream-error';

/** One finished MiniMax call, as `limitFetch` reports it to `onRecord`. Never holds the API key. */
export interface CallRecord {
  /** When the call reached `limitFetch`, epoch ms. */
  startedAt: number;
  /** When it ended (its answer read, its stream ended, or it failed), epoch ms. */
  endedAt: number;
  /** The day it ended on (`YYYY-MM-DD`), at the limiter's `dayOffsetMinutes` — China's midnight by default. */
  day: string;
  /** The limiter's `key`: the label its limits belong to (a key that is the request's API key is masked). */
  key: string;
  api: Api;
  operation: string;
  /** The rate-limit scope, where the call has one (`text:MiniMax-M2`, `t2a`, `video` …). */
  scope?: string;
  model?: string;
  /** What the call used, as MiniMax reported it and the cost prices it. */
  usage?: Usage;
  /** Core's `costOfCall`: exact decimal strings, or `{ priced: false, reason }`. */
  cost: CallCost;
  /** The answer's `Trace-Id`, to quote to MiniMax. */
  traceId?: string;
  /** The answer's HTTP status. */
  status?: number;
  /** MiniMax's error code, when it answered with one. */
  errorCode?: number;
  /** How long it waited for room under its limits, in ms. */
  waitedMs: number;
  /** From when it was let through (or started, for a call that was not) until it ended, in ms. */
  tookMs: number;
  ended: CallEnd;
  stream: boolean;
  /** The task a status query asked about, or a job created. */
  taskId?: string;
}

/** Receives each finished call once. A throw (or a rejected promise) never breaks the call. */
export type OnRecord = (record: CallRecord) => void | Promise<void>;
