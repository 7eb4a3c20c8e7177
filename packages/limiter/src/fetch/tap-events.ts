import { SseParser } from '@minimax-kit/core';

/** How a tapped stream ended: read to its end, failed, or cancelled by its reader. */
export type TapEnd = 'completed' | 'failed' | 'cancelled';

/**
 * Passes a `text/event-stream` body through unchanged while handing each event's JSON to `onEvent`
 * as the bytes pass — without buffering the stream, in
 * time linear in its size. `onEnd` runs once: when it finishes, fails or is cancelled.
 */
export function tapEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (json: unknown) => void,
  onEnd: (how: TapEnd) => void,
): ReadableStream<Uint8Array> {
  const parser = new SseParser();
  const read = ({ data }: { data: string }) => {
    if (data === '[DONE]') return;
    try {
      onEvent(JSON.parse(data));
    } catch {
      // a cut event: the reader downstream reports it
    }
  };
  let ended = false;
  const end = (how: TapEnd) => {
    if (ended) return;
    ended = true;
    onEnd(how);
  };
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          parser.end(read);
          controller.close();
          end('completed');
          return;
        }
        parser.push(value, read);
        controller.enqueue(value);
      } catch (error) {
        controller.error(error);
        end('failed');
      }
    },
    async cancel(reason) {
      end('cancelled');
      await reader.cancel(reason);
    },
  });
}
