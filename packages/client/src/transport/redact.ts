const secret = /^(authorization|x-api-key|cookie|set-cookie|proxy-authorization)$/i;

/** Headers for a log line, with credentials replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = secret.test(name) ? '[redacted]' : value;
  return out;
}
