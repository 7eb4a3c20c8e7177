import { describe, expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { scriptRun } from './__fixtures__/script-run.js';

// What the script does with claims ahead, driven op by op: a claim counts in the process's bucket,
// takes at most half of what is free, and a give-back takes only what claims added.
describe('claims ahead in the limiter script', () => {
  const redis = redisForTests();
  const rpm: Dimension = {
    id: 'rpm:s',
    kind: 'window',
    limit: 100,
    amount: 1,
    windowMs: 600_000,
    guardMs: 0,
    bucketMs: 600_000,
  };
  const { keys, run } = scriptRun(redis, 'mmk:{claims}', [rpm]);
  const amounts = keys[2] ?? '';
  const field = (name: string) => redis.client.hget(amounts, name).then(Number);
  const giveBack = (pid: string, member: string, back: number) =>
    run('settle', pid, { settles: [{ i: 1, member, back }] });

  it('counts a claim where the admissions go, gives back no more than claims added, and nothing after an alignment', async () => {
    const reply = (await run('acquire', 'a', { lease: 'a1', claim: 10 })) as unknown[];
    const bucket = Math.floor((reply[3] as number) / 600_000) * 600_000;
    const a = `${bucket}:a`;
    expect(reply[6]).toBe(10);
    expect([await field(a), await field(`c:${a}`), await field('_total')]).toEqual([11, 10, 11]);

    // Half of what is free at most: 100 − 11 − 1 = 88 free after its own admission, so 44.
    const b = (await run('acquire', 'b', { lease: 'b1', claim: 1000 })) as unknown[];
    expect(b[6]).toBe(44);
    expect(await field('_total')).toBe(56);

    await giveBack('a', a, 4);
    expect([await field(a), await field(`c:${a}`), await field('_total')]).toEqual([7, 6, 52]);
    // Asked for more than claims added: only what they added goes, and the field with it.
    await giveBack('a', a, 100);
    expect([await field(a), await field('_total')]).toEqual([1, 46]);
    expect(await redis.client.hexists(amounts, `c:${a}`)).toBe(0);

    // An alignment replaces the window but b's claim (44, never given back): a later admission of
    // a in the same bucket is no claim's, and a give-back takes nothing of it.
    await run('align', 'b', { used: 0, freesIn: 0 });
    const [, , , later] = await run('acquire', 'a', { lease: 'a2' });
    const again = `${Math.floor(later / 600_000) * 600_000}:a`;
    await giveBack('a', again, 5);
    expect([await field(again), await field('_total')]).toEqual([1, 45]);
  });

  it('claims no more than half of what the window has room for', async () => {
    const tight: Dimension = { ...rpm, id: 'rpm:t', limit: 3 };
    const script = scriptRun(redis, 'mmk:{claims-tight}', [tight]);
    const first = (await script.run('acquire', 'a', { lease: 'a1', claim: 5 })) as unknown[];
    expect(first[6]).toBe(1); // 2 free after it: half is 1
    const second = (await script.run('acquire', 'a', { lease: 'a2', claim: 5 })) as unknown[];
    expect([second[0], second[6]]).toEqual([1, 0]); // 0 free after it
  });

  it('keeps only claims of the bucket of now through an alignment, and the window as long as it counts', async () => {
    const short: Dimension = { ...rpm, id: 'rpm:align-short', windowMs: 1000, bucketMs: 100 };
    const script = scriptRun(redis, 'mmk:{claims-align-short}', [short]);
    const [log = '', hash = ''] = script.keys.slice(1);
    await script.run('acquire', 'a', { lease: 'a1', claim: 10 });
    // Its bucket leaves the window, unpruned (nothing decided since); the server then says 40 are held.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await script.run('align', 'b', { used: 40, freesIn: 1000 });
    expect(Number(await redis.client.hget(hash, '_total'))).toBe(40);
    expect(await redis.client.pttl(log)).toBeGreaterThan(1000);
    expect(await redis.client.pttl(hash)).toBeGreaterThan(1000);
    const [admitted, , , , , held] = (await script.run('acquire', 'c', { lease: 'c1' })) as unknown[];
    expect([admitted, held]).toEqual([1, [41]]);
  });

  // a admits a1 and claims 10; then b aligns the window to the server's count (40).
  async function claimThenAlign(id: string) {
    const script = scriptRun(redis, `mmk:{${id}}`, [{ ...rpm, id }]);
    const [, , , at] = await script.run('acquire', 'a', { lease: 'a1', claim: 10 });
    await script.run('align', 'b', { used: 40, freesIn: 600_000 });
    return { script, hash: script.keys[2] ?? '', a: `${Math.floor(at / 600_000) * 600_000}:a` };
  }

  it('refuses a negative settle of a member older than an alignment: the server counted its leases', async () => {
    const { script, hash, a } = await claimThenAlign('rpm:align-settle');
    // a1 itself settles to nothing: the server's 40 holds it already, as it saw it.
    await script.run('settle', 'a', { settles: [{ i: 1, member: a, delta: -1 }] });
    expect(Number(await redis.client.hget(hash, '_total'))).toBe(50);
  });

  it('keeps what claims added counted through an alignment, for their give-backs to find', async () => {
    // a's claim, used or not, still counts beside the server's 40.
    const { script, hash, a } = await claimThenAlign('rpm:aligned');
    expect(Number(await redis.client.hget(hash, '_total'))).toBe(50);
    // a used 4 of it, and gives back 6.
    await script.run('settle', 'a', { settles: [{ i: 1, member: a, back: 6 }] });
    expect(Number(await redis.client.hget(hash, '_total'))).toBe(44);
    expect(Number(await redis.client.hget(hash, `c:${a}`))).toBe(4);
  });

  it('drops what claims added along with their bucket when it leaves the window', async () => {
    const short: Dimension = { ...rpm, id: 'rpm:short', windowMs: 1000, bucketMs: 100 };
    const script = scriptRun(redis, 'mmk:{claims-short}', [short]);
    const [, , , at] = await script.run('acquire', 'gone', { lease: 'g1', claim: 5 });
    const member = `${Math.floor(at / 100) * 100}:gone`;
    expect(await redis.client.hexists(script.keys[2] ?? '', `c:${member}`)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await script.run('acquire', 'other', { lease: 'o1' });
    expect(await redis.client.hexists(script.keys[2] ?? '', member)).toBe(0);
    expect(await redis.client.hexists(script.keys[2] ?? '', `c:${member}`)).toBe(0);
  });
});
