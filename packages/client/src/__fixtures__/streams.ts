const encoder = new TextEncoder();

/** A body that sends `first`, then `every` ms a chunk from `next` until the reader cancels. */
export function tickingBody(first: string, every: number, next: () => string | undefined) {
  let timer: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(first));
      timer = setInterval(() => {
        const text = next();
        if (text !== undefined) controller.enqueue(encoder.encode(text));
      }, every);
    },
    cancel() {
      clearInterval(timer);
    },
  });
}

/** A body that sends `first` and then nothing, ever (until the reader cancels). */
export const stalledBody = (first: string) => tickingBody(first, 60_000, () => undefined);

/** A body of `total` bytes of `fill`, made in `chunk`-byte pieces as they are read. */
export function endlessBody(prefix: string, fill: number, chunk = 65_536, total = Number.POSITIVE_INFINITY) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(prefix));
    },
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      controller.enqueue(new Uint8Array(size).fill(fill));
      sent += size;
    },
  });
}

/** Resolves with what `promise` settles to, or with `'still pending'` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'still pending'>((resolve) => {
    timer = setTimeout(() => resolve('still pending'), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export const sse = { 'content-type': 'text/event-stream' };
export const json = { 'content-type': 'application/json' };
