type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** What reached the server for one client, and how it answered. */
export interface Tally {
  /** Requests the limiter let through to the network. */
  sent: number;
  ok: number;
  /** Refusals by MiniMax code (or bare HTTP status when the body names none). */
  refused: Record<string, number>;
  /** Requests whose fetch failed (the proof's end aborts those still in flight). */
  failed: number;
}

export const newTally = (): Tally => ({ sent: 0, ok: 0, refused: {}, failed: 0 });

/**
 * A fetch between the limiter and the network that counts what the server saw and answered, so
 * a refusal is seen even when the SDK turns it into something else.
 */
export function tap(tally: Tally, fetch: FetchLike = globalThis.fetch): FetchLike {
  return async (input, init) => {
    tally.sent += 1;
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      tally.failed += 1;
      throw error;
    }
    if (response.ok) {
      tally.ok += 1;
      return response;
    }
    const text = await response.clone().text();
    const code = /\((\d{4})\)/.exec(text)?.[1] ?? `HTTP ${response.status}`;
    tally.refused[code] = (tally.refused[code] ?? 0) + 1;
    return response;
  };
}
