/** A redisStore that has never reached Redis gave up waiting for the connection. */
export class RedisNotReadyError extends Error {
  readonly code = 'REDIS_NOT_READY';
  /** How long it waited, in ms. */
  readonly waitedMs: number;
  /** The client's connection status when it gave up (ioredis: `connecting`, `reconnecting`, `end` …). */
  readonly status: string | undefined;

  constructor(waitedMs: number, status: string | undefined) {
    super(
      `redisStore has not reached Redis within ${waitedMs} ms (client status: ${status ?? 'unknown'}). ` +
        'Check that Redis is running and that the client points at it (REDIS_URL), ' +
        'or give redisStore({ connectTimeoutMs }) more time.',
    );
    this.name = 'RedisNotReadyError';
    this.waitedMs = waitedMs;
    this.status = status;
  }
}
