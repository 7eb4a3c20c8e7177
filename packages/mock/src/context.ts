import type { RequestDescription, Usage } from '@minimax-kit/core';
import type { Fault } from './faults/fault.js';
import type { Surface } from './http/respond.js';
import type { MockOptions } from './options.js';
import type { KeyState, MockState } from './state.js';
import type { Random } from './util/random.js';

/** What every handler may use of the running mock. */
export interface Runtime {
  options: MockOptions;
  state: MockState;
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A fresh int64 id: a 15-digit number, or above 2^53 with `bigIds`. */
  nextId(): bigint;
  /** Where generated files can be downloaded from, on this mock. */
  downloadUrl(origin: string, fileId: string): string;
}

/** One authenticated, described request on its way to a handler. */
export interface Ctx {
  runtime: Runtime;
  request: Request;
  url: URL;
  surface: Surface;
  key: KeyState;
  /** The parsed JSON body (an empty object for GET and multipart requests). */
  body: Record<string, unknown>;
  description: RequestDescription;
  traceId: string;
  /** Seeded from the mock's seed and this request's content, for generated text and media. */
  random: Random;
  /** A body fault (cut, stall) for the handler's response. */
  fault: Extract<Fault, { type: 'cut' | 'stall' }> | undefined;
}

/** A handler's answer before admission: what it will use, and how to respond once admitted. */
export interface Reply {
  /** Actual TPM units; the description's estimate when absent. */
  tokens?: number;
  /** Actual billable work; the description's when absent. */
  usage?: Usage | Usage[];
  /** Responds; `release` frees the request's CONN slot and must be called when the work ends. */
  respond(release: () => void): Response | Promise<Response>;
}

/** Handles one endpoint. Throws `MockApiError` for MiniMax errors. */
export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;
