import { describe, expect, it } from 'vitest';
import { answering } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';

/** A signal that counts the abort listeners on it. */
function countedSignal() {
  const controller = new AbortController();
  const signal = controller.signal;
  let listening = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  const listeners = new Set<unknown>();
  signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    if (type === 'abort' && !listeners.has(listener)) {
      listeners.add(listener);
      listening += 1;
    }
    add(type, listener, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
    if (type === 'abort' && listeners.delete(listener)) listening -= 1;
    remove(type, listener, options);
  }) as typeof signal.removeEventListener;
  return { controller, signal, listening: () => listening };
}

describe('polling on one signal', () => {
  it('leaves no abort listener behind after many polls with the default sleep', async () => {
    let polls = 0;
    const fetch = answering((request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/files/retrieve'))
        return Response.json({ file: { file_id: '7', download_url: 'https://x/y.mp4' } });
      polls += 1;
      return Response.json({ task_id: '1', status: polls > 15 ? 'Success' : 'Processing', file_id: '7' });
    });
    const client = createMiniMaxClient({ apiKey: 'sk-api-poll-0000', fetch });
    const { signal, listening } = countedSignal();
    const before = listening();
    const video = await client.video.poll('1', { intervalMs: 1, maxIntervalMs: 2, signal });
    expect(video.downloadUrl).toBe('https://x/y.mp4');
    expect(polls).toBe(16);
    expect(listening()).toBe(before);
  });
});
