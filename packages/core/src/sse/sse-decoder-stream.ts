import type { SseDecoderOptions, SseEvent } from './sse-event.js';
import { SseParser } from './sse-parser.js';

/** Decodes a `text/event-stream` body into events (`SseParser` as a `TransformStream`), linear in its size. */
export class SseDecoderStream extends TransformStream<Uint8Array, SseEvent> {
  constructor(options: SseDecoderOptions = {}) {
    const parser = new SseParser(options);
    super({
      transform(chunk, controller) {
        parser.push(chunk, (event) => controller.enqueue(event));
      },
      flush(controller) {
        parser.end((event) => controller.enqueue(event));
      },
    });
  }
}
