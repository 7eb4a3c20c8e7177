/** One admission a worker process reported, stamped on Redis's clock. */
export interface Admission {
  at: number;
  tokens: number;
  mode: string;
  key?: string;
}

/** The most any span of `windowMs` held, as a share of the limits, requests and tokens. */
export function worstSpans(
  admissions: readonly Admission[],
  windowMs: number,
  limits: { rpm: number; tpm: number },
) {
  const sorted = [...admissions].sort((a, b) => a.at - b.at);
  let start = 0;
  let requests = 0;
  let tokens = 0;
  let worstRequests = 0;
  let worstTokens = 0;
  for (const admission of sorted) {
    requests += 1;
    tokens += admission.tokens;
    while ((sorted[start] as Admission).at <= admission.at - windowMs) {
      requests -= 1;
      tokens -= (sorted[start] as Admission).tokens;
      start += 1;
    }
    worstRequests = Math.max(worstRequests, requests / limits.rpm);
    worstTokens = Math.max(worstTokens, tokens / limits.tpm);
  }
  return { worstRequests, worstTokens };
}
