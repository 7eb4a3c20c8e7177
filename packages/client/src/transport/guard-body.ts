/**
 * The response with a body that fails with `signal.reason` once `signal` aborts — whether or not
 * the fetch that made it listens — and that calls `done` once, when the body ends, fails or is
 * cancelled. A deadline can so cover reading a body, not just waiting for its headers.
 */
export function guardBody(response: Response, signal: AbortSignal, done: () => void): Response {
  const source = response.body;
  if (!source) {
    done();
    return response;
  }
  const reader = source.getReader();
  let finished = false;
  let onAbort = () => {};
  const finish = () => {
    if (finished) return;
    finished = true;
    signal.removeEventListener('abort', onAbort);
    done();
  };
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        onAbort = () => {
          controller.error(signal.reason);
          reader.cancel(signal.reason).catch(() => {});
          finish();
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        try {
          const { done: ended, value } = await reader.read();
          if (finished) return;
          if (ended) {
            controller.close();
            finish();
          } else controller.enqueue(value);
        } catch (error) {
          if (finished) return;
          controller.error(error);
          finish();
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
