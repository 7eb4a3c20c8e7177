/** Redis took longer than `commandTimeoutMs` to answer; it is still there (busy, not away). */
export class SlowRedis extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'SlowRedis';
  }
}
