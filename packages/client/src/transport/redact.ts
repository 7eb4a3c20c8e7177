const secret = /^(authorization|x-api-key|cookie|set-cookie|proxy-authorization)$/i;

/** Headers for a log line, with credentials replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = secret.test(name) ? '[redacted]' : value;
  });
  return out;
}
