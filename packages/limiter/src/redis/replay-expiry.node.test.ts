import { describe, expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { scriptRun } from './__fixtures__/script-run.js';

// A replay (merge) can add entries older than some a key already holds. Whatever order they
// arrive in, a key lives as long as its newest entry counts: an older entry never shortens it, or
// the newer entries would vanish with it while they still count.
describe('keys a replay writes to on Redis', () => {
  const redis = redisForTests();
  const windowMs = 10_000;
  const rpm: Dimension = {
    id: 'rpm:s',
    kind: 'window',
    limit: 100,
    amount: 1,
    windowMs,
    guardMs: 0,
    bucketMs: 100,
  };
  const budget: Dimension = {
    id: 'budget:b',
    kind: 'budget',
    limit: 1000,
    amount: 10,
    windowMs,
    guardMs: 0,
    bucketMs: 100,
    rejects: true,
  };
  const dims = [rpm, budget];
  const { keys, run } = scriptRun(redis, 'mmk:{replay}', dims);
  const expiresAt = async (key: string) => Number(await redis.client.call('PEXPIRETIME', key));

  it('live as long as their newest entry needs, however old the entries replayed after it', async () => {
    const [admitted, , , now] = await run('acquire', 'a', { lease: 'a1' });
    expect(admitted).toBe(1);
    const windowUntil = now + windowMs;
    const budgetUntil = now + windowMs;

    // Another process replays entries from 8 s ago: they count for 2 s more, the first for 10 s.
    const old = Math.floor((now - 8000) / 100) * 100;
    await run('merge', 'b', { entries: [[[old, 1]], [[old + 100 + windowMs, 10, 0]]] });
    expect(await redis.client.zcard(keys[1] ?? '')).toBe(2);
    expect(await redis.client.zcard(keys[3] ?? '')).toBe(2);
    for (const key of keys.slice(1, 3)) expect(await expiresAt(key)).toBeGreaterThanOrEqual(windowUntil);
    for (const key of keys.slice(3, 5)) expect(await expiresAt(key)).toBeGreaterThanOrEqual(budgetUntil);
  });
});
