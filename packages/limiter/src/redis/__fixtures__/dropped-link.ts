import { Redis } from 'ioredis';
import { afterEach } from 'vitest';
import { startRedis } from '../../../../../test/redis-server.ts';

/**
 * Everything a test of a dropped link opens, closed after each test: a real redis-server, clients
 * to it, and the stores on them.
 */
export function droppedLinks() {
  const opened: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const thing of opened.splice(0).reverse()) await thing.close();
  });
  const open = <T extends { close(): unknown }>(thing: T): T => {
    opened.push(thing);
    return thing;
  };
  const server = async () => {
    const redis = await startRedis();
    open({ close: () => redis.kill() });
    return redis;
  };
  const clientOf = async (url: string): Promise<Redis> => {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    client.on('error', () => {});
    open({ close: () => client.disconnect() });
    await new Promise((resolve) => client.once('ready', resolve));
    return client;
  };
  return { open, server, clientOf };
}

/** A client whose link drops for as long as `link.down` says, while Redis itself stays up. */
export function blipping(client: Redis) {
  const link = { down: false };
  const dropping = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'evalsha' || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        link.down ? Promise.reject(new Error('Connection is closed.')) : value.apply(target, args);
    },
  });
  return { client: dropping, link };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
