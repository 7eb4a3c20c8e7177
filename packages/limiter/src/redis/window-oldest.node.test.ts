import { describe, expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { scriptRun } from './__fixtures__/script-run.js';

// The script's window hash keeps `_oldest`, a time no later than its oldest bucket, so that a
// decision reads the log only once something may have left the window. Driven here op by op.
describe("a sliding window's _oldest on Redis", () => {
  const redis = redisForTests();
  const windowMs = 10_000;
  const rpm: Dimension = {
    id: 'rpm:s',
    kind: 'window',
    limit: 3,
    amount: 1,
    windowMs,
    guardMs: 0,
    bucketMs: 100,
  };
  const { keys, run } = scriptRun(redis, 'mmk:{oldest}', [rpm]);
  const [, log = '', amounts = ''] = keys;
  const oldestInLog = async () => Number((await redis.client.zrange(log, '0', '0', 'WITHSCORES'))[1]);
  const oldest = async () => Number(await redis.client.hget(amounts, '_oldest'));

  it('stays no later than the oldest bucket, so a replayed older bucket still leaves on time', async () => {
    await run('acquire', 'a', { lease: 'a1' });
    const [admitted, , , now] = await run('acquire', 'a', { lease: 'a2' });
    expect(admitted).toBe(1);
    expect(await oldest()).toBe(await oldestInLog());

    // Another process replays a bucket from 8 s ago: the window is full until that bucket leaves,
    // 2 s from now, while the first bucket stays for 10 s.
    const replayed = Math.floor((now - 8000) / 100) * 100;
    await run('merge', 'b', { entries: [[[replayed, 1]]] });
    expect(await oldestInLog()).toBe(replayed);
    expect(await oldest()).toBeLessThanOrEqual(replayed);
    const [full, waitMs] = await run('acquire', 'a', { lease: 'a3' });
    expect(full).toBe(0);
    expect(waitMs).toBeLessThanOrEqual(2100);

    await new Promise((resolve) => setTimeout(resolve, waitMs + 50));
    const [after, , , at] = await run('acquire', 'a', { lease: 'a4' });
    if (at < now + windowMs) expect(after).toBe(1); // later than that, the first bucket left too
    expect(await oldest()).toBe(await oldestInLog());
  });
});
