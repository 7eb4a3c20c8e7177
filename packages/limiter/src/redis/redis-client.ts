/** The few commands redisStore uses: an ioredis `Redis` or `Cluster`. */
export interface RedisClient {
  evalsha(sha: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  /** `INFO memory`, to refuse a Redis that may evict the limiter's keys; without it, that is not checked. */
  info?(section: 'memory'): Promise<unknown>;
  duplicate(): RedisSubscriber;
  /** ioredis's connection status: `ready` once it takes commands. */
  readonly status?: string;
  /** Tells when the connection (again) takes commands; without it, redisStore asks again shortly. */
  once?(event: 'ready', listener: () => void): unknown;
  off?(event: 'ready', listener: () => void): unknown;
}

/** A connection for pub/sub wake-ups. */
export interface RedisSubscriber {
  subscribe(channel: string): Promise<unknown>;
  on(event: 'message', listener: (channel: string, message: string) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once?(event: 'ready', listener: () => void): unknown;
  disconnect(): void;
}
