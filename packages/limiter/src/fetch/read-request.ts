/** A request's body as text, when it is not a form or a GET (a clone is read: the request stays unread). */
export async function bodyText(request: Request): Promise<string | undefined> {
  // Firefox (ESR 153 included) has no Request.body stream: there `body` is undefined, which says
  // nothing of whether a body was sent, and only reading the text tells. Taken for "no body", every
  // request looked modelless, so no per-model limit or budget applied to it.
  const body: ReadableStream | null | undefined = request.body;
  if (request.method === 'GET' || request.method === 'HEAD' || body === null) return undefined;
  if (request.headers.get('content-type')?.includes('multipart/form-data')) return undefined;
  try {
    const text = await request.clone().text();
    return body === undefined && text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The `service_tier` a JSON body asks for: priority costs more, so a budget reserves for it. */
export function tierOf(text: string | undefined): 'priority' | 'standard' {
  return /"service_tier"\s*:\s*"priority"/.test(text ?? '') ? 'priority' : 'standard';
}

/** The key a request carries, in `Authorization: Bearer` or `x-api-key`; `''` for none. */
export function keyOf(request: Request): string {
  return (
    request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? request.headers.get('x-api-key') ?? ''
  );
}
