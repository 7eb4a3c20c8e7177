import { describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';

describe('rate limits, exactly', () => {
  it('admits exactly the RPM, refuses one more with 1002, admits again once the window frees', async () => {
    // CN paid MiniMax-M2: 20 RPM (the stricter reading)
    const { call, clock } = harness({ region: 'cn' });
    for (let i = 0; i < 20; i++) {
      expect((await call('POST', '/v1/chat/completions', chat())).status).toBe(200);
      clock.advance(1000);
    }
    const over = await call('POST', '/v1/chat/completions', chat());
    expect(over.status).toBe(429);
    expect(over.code).toBe(1002);
    clock.advance(40_000); // the first request was at t = 0; the window is (t − 60 s, t]
    expect((await call('POST', '/v1/chat/completions', chat())).status).toBe(200);
    expect((await call('POST', '/v1/chat/completions', chat())).code).toBe(1002);
  });

  it('answers native endpoints’ limits with HTTP 200 and base_resp 1002', async () => {
    const { call } = harness({ region: 'cn', tier: 'free' }); // 5 video RPM
    const create = () => call('POST', '/v1/video_generation', { model: 'MiniMax-Hailuo-02', prompt: 'x' });
    for (let i = 0; i < 5; i++) expect((await create()).code).toBe(0);
    const over = await create();
    expect(over.status).toBe(200);
    expect(over.json.base_resp.status_code).toBe(1002);
  });

  it('counts TPM as input + output tokens and refuses with 1039', async () => {
    const { call, clock } = harness({ limits: { 'text:MiniMax-M2': { tpm: 300 } } });
    let used = 0;
    for (;;) {
      const answer = await call('POST', '/v1/chat/completions', chat('MiniMax-M2', { max_tokens: 100 }));
      if (answer.status !== 200) {
        expect(answer.code).toBe(1039);
        break;
      }
      used += answer.json.usage.total_tokens;
    }
    expect(used).toBeLessThanOrEqual(300);
    expect(used).toBeGreaterThan(300 - 106); // the refused one would not have fitted
    clock.advance(60_000);
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M2', { max_tokens: 100 }))).status).toBe(
      200,
    );
  });

  it('limits running music tasks with 1041 and frees the slot when one ends', async () => {
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { call } = harness({ region: 'cn', tier: 'free', sleep: () => gate }); // 3 CONN
    const song = () =>
      call('POST', '/v1/music_generation', { model: 'music-2.0', prompt: 'x', is_instrumental: true });
    const running = [song(), song(), song()];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await song()).code).toBe(1041);
    finish();
    for (const answer of await Promise.all(running)) expect(answer.code).toBe(0);
    // 6 free RPM: the refused request did not count, so three more fit before 1002
    for (let i = 0; i < 3; i++) expect((await song()).code).toBe(0);
    expect((await song()).code).toBe(1002);
  });

  it('shares limits between keys of one account, not between accounts', async () => {
    const { call } = harness({
      region: 'cn',
      keys: [
        { key: 'sk-api-main', account: 'acme' },
        { key: 'sk-api-sub', account: 'acme' },
        { key: 'sk-api-else' },
      ],
    });
    for (let i = 0; i < 10; i++) {
      await call('POST', '/v1/chat/completions', chat(), 'sk-api-main');
      await call('POST', '/v1/chat/completions', chat(), 'sk-api-sub');
    }
    expect((await call('POST', '/v1/chat/completions', chat(), 'sk-api-sub')).code).toBe(1002);
    expect((await call('POST', '/v1/chat/completions', chat(), 'sk-api-else')).status).toBe(200);
  });
});

describe('balances and Token Plans', () => {
  it('refuses a pay-as-you-go key with no balance with 1008 / HTTP 402', async () => {
    const { call } = harness({ keys: [{ key: 'sk-api-empty', balance: '0' }] });
    const answer = await call('POST', '/v1/chat/completions', chat(), 'sk-api-empty');
    expect(answer.status).toBe(402);
    expect(answer.json.error.type).toBe('insufficient_balance_error');
    expect(answer.code).toBe(1008);
    expect((await call('GET', '/v1/files/list?purpose=voice_clone', undefined, 'sk-api-empty')).status).toBe(
      200,
    );
  });

  it('spends the balance at the region’s prices, then refuses', async () => {
    const { call, mock } = harness({ region: 'cn', keys: [{ key: 'sk-api-small', balance: '0.05' }] });
    // an image costs 0.025 CNY
    expect(
      (await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x' }, 'sk-api-small')).code,
    ).toBe(0);
    expect(
      (await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x' }, 'sk-api-small')).code,
    ).toBe(0);
    expect(mock.state.keys.get('sk-api-small')?.balance.units).toBe(0n);
    expect(
      (await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x' }, 'sk-api-small')).code,
    ).toBe(1008);
  });

  it('refuses models outside the plan with 2061', async () => {
    const { call } = harness();
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M2'), 'sk-cp-mock')).code).toBe(2061);
    expect(
      (await call('POST', '/v1/chat/completions', chat('MiniMax-M2.7-highspeed'), 'sk-cp-mock')).code,
    ).toBe(2061);
    expect(
      (await call('POST', '/v1/voice_design', { prompt: 'x', preview_text: 'y' }, 'sk-cp-mock')).code,
    ).toBe(2061);
    expect((await call('POST', '/v1/coding_plan/search', { q: 'x' })).code).toBe(2061);
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M2.7'), 'sk-cp-mock')).status).toBe(200);
  });

  it('closes the 5-hour window with 2056 and reopens it as it rolls', async () => {
    const { call, clock } = harness({
      keys: [{ key: 'sk-cp-small', plan: { windowRequests: 4, kind: 'highspeed' } }],
    });
    const send = (model = 'MiniMax-M2.7') =>
      call('POST', '/anthropic/v1/messages', chat(model), 'sk-cp-small');
    expect((await send('MiniMax-M2.7-highspeed')).status).toBe(200); // 2 requests
    clock.advance(3_600_000);
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const over = await send();
    expect(over.status).toBe(429);
    expect(over.json.error.message).toMatch(
      /5-hour usage limit reached for Token Plan Plus \(4\/4 used\), resets at 2026-11-23T07:00:00Z \(2056\)$/,
    );
    clock.advance(4 * 3_600_000); // the highspeed call (2 requests) leaves the window
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect((await send()).code).toBe(2056);
  });

  it('caps a week at 10 × the window for plans bought from 2026-03-23', async () => {
    const { call, clock } = harness({
      keys: [
        { key: 'sk-cp-new', plan: { windowRequests: 2 } },
        { key: 'sk-cp-old', plan: { windowRequests: 2, purchasedAt: '2026-01-01' } },
      ],
    });
    const send = (key: string) => call('POST', '/v1/chat/completions', chat('MiniMax-M2.5'), key);
    for (let i = 0; i < 10; i++) {
      expect((await send('sk-cp-new')).status).toBe(200);
      expect((await send('sk-cp-new')).status).toBe(200);
      expect((await send('sk-cp-old')).status).toBe(200);
      expect((await send('sk-cp-old')).status).toBe(200);
      clock.advance(5 * 3_600_000);
    }
    const over = await send('sk-cp-new');
    expect(over.code).toBe(2056);
    expect(over.json.error.message).toMatch(
      /weekly usage limit reached .* \(20\/20 used\), resets at 2026-11-29T16:00:00Z/,
    );
    expect((await send('sk-cp-old')).status).toBe(200);
  });

  it('draws non-text work from daily quotas that reset at midnight China time', async () => {
    const { call, clock } = harness({ keys: [{ key: 'sk-cp-img', plan: { daily: { 'image-01': 3 } } }] });
    const draw = (n: number) =>
      call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x', n }, 'sk-cp-img');
    expect((await draw(2)).code).toBe(0);
    const over = await draw(2);
    expect(over.code).toBe(2056);
    expect(over.json.base_resp.status_msg).toMatch(/daily usage limit reached for image-01 \(2\/3 used\)/);
    expect((await draw(1)).code).toBe(0);
    clock.advance(14 * 3_600_000); // 10:00 → 00:00 next day, China time
    expect((await draw(3)).code).toBe(0);
  });

  it('lets Credits cover overflow within plan coverage', async () => {
    const { call } = harness({
      keys: [{ key: 'sk-cp-credits', plan: { windowRequests: 1, credits: true } }],
    });
    for (let i = 0; i < 3; i++)
      expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M2.7'), 'sk-cp-credits')).status).toBe(
        200,
      );
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M2'), 'sk-cp-credits')).code).toBe(2061);
  });
});
