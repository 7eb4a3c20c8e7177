/**
 * Passes a `text/event-stream` body through unchanged while handing each event's JSON to `onEvent`
 * — without buffering the stream. `onEnd` runs once: when it finishes, fails or is cancelled.
 */
export function tapEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (json: unknown) => void,
  onEnd: (completed: boolean) => void,
): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  let line = '';
  let data = '';
  let ended = false;
  const end = (completed: boolean) => {
    if (ended) return;
    ended = true;
    onEnd(completed);
  };
  const take = (text: string) => {
    line += text;
    let newline = line.search(/\r\n|\r|\n/);
    while (newline >= 0) {
      const current = line.slice(0, newline);
      line = line.slice(newline + (line.startsWith('\r\n', newline) ? 2 : 1));
      if (current === '') {
        if (data && data !== '[DONE]') {
          try {
            onEvent(JSON.parse(data));
          } catch {
            // a cut event: the reader downstream reports it
          }
        }
        data = '';
      } else if (current.startsWith('data:')) {
        data += (data ? '\n' : '') + current.slice(5).replace(/^ /, '');
      }
      newline = line.search(/\r\n|\r|\n/);
    }
  };
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          take(decoder.decode());
          take('\n\n');
          controller.close();
          end(true);
          return;
        }
        take(decoder.decode(value, { stream: true }));
        controller.enqueue(value);
      } catch (error) {
        controller.error(error);
        end(false);
      }
    },
    async cancel(reason) {
      end(false);
      await reader.cancel(reason);
    },
  });
}
