import type { RedisClient } from './redis-client.js';

/**
 * Calls `listener` whenever a message arrives on `channel`, over a duplicate of `client` (a
 * subscribed connection takes no other commands); returns what disconnects it.
 */
export function wakeSubscription(client: RedisClient, channel: string, listener: () => void): () => void {
  const subscriber = client.duplicate();
  let open = true;
  subscriber.on('error', () => {}); // reconnection is the client's business; decisions fail closed meanwhile
  subscriber.on('message', () => listener());
  // A connection still coming up refuses the command (without an offline queue): join once it is
  // up. After that, ioredis subscribes again by itself whenever it reconnects.
  const join = () => {
    if (open) subscriber.subscribe(channel).catch(() => subscriber.once?.('ready', join));
  };
  join();
  return () => {
    open = false;
    subscriber.disconnect();
  };
}
