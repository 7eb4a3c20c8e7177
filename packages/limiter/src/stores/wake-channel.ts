/**
 * A named BroadcastChannel that is open only while someone listens: the first listener opens it,
 * removing the last one closes it. A message sent while nobody listens here goes out through a
 * channel opened and closed at once (the other tabs still get it). Without BroadcastChannel, a no-op.
 */
export function wakeChannel(name: string) {
  const available = typeof BroadcastChannel === 'function';
  let channel: BroadcastChannel | undefined;
  const listeners = new Set<(event: MessageEvent) => void>();
  return {
    /** Tells every other channel of this name (other tabs, other stores) that `key` changed. */
    post(key: string): void {
      if (!available) return;
      if (channel) {
        channel.postMessage(key);
        return;
      }
      const once = new BroadcastChannel(name);
      once.postMessage(key);
      once.close();
    },
    /** Calls `listener` whenever another channel of this name says `key` changed; returns its removal. */
    listen(key: string, listener: () => void): () => void {
      if (!available) return () => {};
      const onMessage = (event: MessageEvent) => {
        if (event.data === key) listener();
      };
      channel ??= new BroadcastChannel(name);
      channel.addEventListener('message', onMessage);
      listeners.add(onMessage);
      return () => {
        if (!listeners.delete(onMessage)) return;
        channel?.removeEventListener('message', onMessage);
        if (listeners.size === 0) {
          channel?.close();
          channel = undefined;
        }
      };
    },
  };
}
