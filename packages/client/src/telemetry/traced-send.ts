import type { CallCost, GenAiTelemetry } from '@minimax-kit/core';
import type { ResolvedOptions } from '../options.js';
import { readJson, wasRead } from '../transport/parse-answer.js';
import type { CallInit, PricedCallInit } from '../transport/transport.js';

type Send = (path: string, init: CallInit) => Promise<Response>;

/** `send`, each call in its span (retries included): the span ends with the answer, or with the stream. */
export function tracedSend(
  telemetry: GenAiTelemetry,
  options: ResolvedOptions,
  send: Send,
  costOf: (call: PricedCallInit, answer?: unknown) => CallCost,
): Send {
  // A proxy path (`/api/minimax`) in a browser is on the page's origin.
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin ?? 'http://localhost';
  return (path, init) => {
    const { method, json } = init;
    const url = new URL(`${options.baseURL}${path}`, origin);
    return telemetry.send({ method, url, body: json, by: 'client' }, () => send(path, init), {
      answer: (response) => (wasRead(response) ? { json: readJson(response) } : undefined),
      price: (answer) => costOf({ method, path, json }, answer),
    });
  };
}
