import type { CallCost, GenAiTelemetry } from '@minimax-kit/core';
import type { ResolvedOptions } from '../options.js';
import type { CallInit, Exchanged, PricedCallInit } from '../transport/transport.js';

type Exchange = (path: string, init: CallInit) => Promise<Exchanged>;

/** `exchange`, each call in its span (retries included): the span ends with the answer, or with the stream. */
export function tracedExchange(
  telemetry: GenAiTelemetry,
  options: ResolvedOptions,
  exchange: Exchange,
  costOf: (call: PricedCallInit, answer?: unknown) => CallCost,
): Exchange {
  // A proxy path (`/api/minimax`) in a browser is on the page's origin.
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin ?? 'http://localhost';
  return async (path, init) => {
    const { method, json } = init;
    const url = new URL(`${options.baseURL}${path}`, origin);
    let exchanged: Exchanged | undefined;
    const send = async () => {
      exchanged = await exchange(path, init);
      return exchanged.response;
    };
    await telemetry.send({ method, url, body: json, by: 'client' }, send, {
      answer: () => (exchanged?.answer ? { json: exchanged.answer.json?.value } : undefined),
      price: (answer) => costOf({ method, path, json }, answer),
    });
    return exchanged as Exchanged;
  };
}
