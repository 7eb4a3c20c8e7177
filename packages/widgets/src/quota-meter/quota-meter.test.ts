import { createMiniMaxClient } from '@minimax-kit/client';
import { createLimiter } from '@minimax-kit/limiter';
import { createMockMiniMax, type MockOptions } from '@minimax-kit/mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectAccessible, looks, mount, screenshot } from '../__fixtures__/harness.js';
import { remainsPercentages } from './__fixtures__/remains-percentages.js';
import './index.js';
import type { MmQuotaMeter, QuotaThresholdDetail } from './quota-meter.js';

/** A Token Plan key on the mock with a 5-hour window of 20 requests, a daily image quota, and `used` text requests made. */
async function plan(used: number, now = () => Date.now(), options: MockOptions = {}) {
  const mock = createMockMiniMax({
    ...options,
    region: 'cn',
    now,
    keys: [{ key: 'sk-cp-meter', plan: { tier: 'plus', windowRequests: 20, daily: { 'image-01': 50 } } }],
  });
  const client = createMiniMaxClient({
    apiKey: 'sk-cp-meter',
    region: 'cn',
    fetch: mock.fetch,
    maxRetries: 0,
    dangerouslyAllowBrowser: true,
  }); // the mock's key is no secret
  const ask = () =>
    client.chat.create({ model: 'MiniMax-M2.7', messages: [{ role: 'user', content: 'hi' }], max_tokens: 8 });
  for (let i = 0; i < used; i++) await ask();
  return { client, ask };
}

const rowText = (el: MmQuotaMeter, index: number) =>
  el.shadowRoot?.querySelectorAll('[part="row"]')[index]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => {
  vi.useRealTimers();
});

describe('<mm-quota-meter>', () => {
  it('shows percentages when /remains answers as it does today, the weekly window included', async () => {
    const { client } = await plan(5, undefined, { remainsShape: 'percentages' });
    const el = await mount<MmQuotaMeter>('<mm-quota-meter lang="en"></mm-quota-meter>');
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    expect(el.rows.find((row) => row.scope === 'window')).toMatchObject({
      used: 25,
      total: 100,
      unit: 'percent',
    });
    expect(el.rows.some((row) => row.scope === 'weekly')).toBe(true);
    expect(rowText(el, 0)).toContain('25% used');
    expect(rowText(el, 0)).not.toContain('0 of 0');
    const meter = el.shadowRoot?.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-valuetext')).toMatch(/^25% of the quota used, 75% left, resets in /);
    await expectAccessible(el);
  });

  it('shows percentages from the real API’s answer of today, where every count is 0', async () => {
    const el = await mount<MmQuotaMeter>('<mm-quota-meter lang="en"></mm-quota-meter>');
    el.remains = remainsPercentages;
    await el.updateComplete;
    expect([0, 1].map((index) => rowText(el, index))).toEqual([
      expect.stringContaining('11% used'),
      expect.stringContaining('9% used'),
    ]);
    expect(el.shadowRoot?.textContent).not.toContain('0 of 0');
    await expectAccessible(el);
  });

  it('shows what is left of each quota, from the mock’s /v1/token_plan/remains through the client', async () => {
    const { client } = await plan(6);
    const el = await mount<MmQuotaMeter>('<mm-quota-meter></mm-quota-meter>');
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    const window = el.rows.find((row) => row.scope === 'window');
    expect(window).toMatchObject({ bucket: 'MiniMax-M*', used: 6, total: 20 });
    expect(rowText(el, 0)).toContain('5-hour window · MiniMax-M*');
    expect(rowText(el, 0)).toContain('6 of 20 used');
    const meter = el.shadowRoot?.querySelector('[role="meter"]');
    expect([
      meter?.getAttribute('aria-valuenow'),
      meter?.getAttribute('aria-valuemin'),
      meter?.getAttribute('aria-valuemax'),
    ]).toEqual(['6', '0', '20']);
    expect(meter?.getAttribute('aria-valuetext')).toMatch(
      /^6 of 20 requests used, 14 left, resets in \d+ h \d\d min$/,
    );
    expect(
      el.rows.some((row) => row.scope === 'daily' && row.bucket === 'image-01' && row.total === 50),
    ).toBe(true);
    await expectAccessible(el);
  });

  it('counts down to the reset under a fake clock', async () => {
    vi.useFakeTimers({
      now: new Date('2026-11-23T08:00:00Z'),
      toFake: ['Date', 'setInterval', 'clearInterval'],
    });
    const { client } = await plan(2);
    const el = await mount<MmQuotaMeter>('<mm-quota-meter></mm-quota-meter>');
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    const reset = () => el.shadowRoot?.querySelector('[part="reset"]')?.textContent;
    const first = reset();
    expect(first).toMatch(/^Resets in \d+ h \d\d min$/);
    const resetsAt = el.rows[0]?.resetsAt ?? 0;
    vi.setSystemTime(resetsAt - 91_000);
    vi.advanceTimersByTime(1000); // the meter's ticker, a second later
    await el.updateComplete;
    expect(reset()).toBe('Resets in 1 min 30 s');
    vi.setSystemTime(resetsAt - 5_000);
    vi.advanceTimersByTime(1000);
    await el.updateComplete;
    expect(reset()).toBe('Resets in 4 s');
  });

  it('fires mm-quota-threshold once per level as use rises, and projects exhaustion from the burn rate', async () => {
    let now = new Date('2026-11-23T08:00:00Z').getTime();
    vi.useFakeTimers({ now, toFake: ['Date'] });
    const { client, ask } = await plan(10, () => now);
    const el = await mount<MmQuotaMeter>('<mm-quota-meter warning="60" critical="90"></mm-quota-meter>');
    const events: QuotaThresholdDetail[] = [];
    el.addEventListener('mm-quota-threshold', (event) => events.push(event.detail));
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    expect(events).toEqual([]);
    // Ten minutes later, three more requests: 13 of 20 (65 %) is past the warning.
    now += 10 * 60_000;
    vi.setSystemTime(now);
    for (let i = 0; i < 3; i++) await ask();
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    expect(events).toEqual([
      { level: 'warning', scope: 'window', bucket: 'MiniMax-M*', used: 13, total: 20 },
    ]);
    expect(el.shadowRoot?.querySelector('[data-level="warning"] .badge')?.textContent).toBe('Running low');
    // 3 requests in 10 minutes is 18 an hour: the 7 left last 23 minutes, before the window resets.
    const forecast = el.shadowRoot
      ?.querySelector('[part="forecast"]')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();
    const runsOut = new Intl.DateTimeFormat('en', {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(now + (7 / 18) * 3_600_000);
    expect(forecast).toBe(`18 requests an hour · At this pace it runs out at ${runsOut}`);
    // The same level again fires nothing; critical fires once.
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    for (let i = 0; i < 5; i++) await ask();
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    expect(events.map((e) => e.level)).toEqual(['warning', 'critical']);
    expect(el.shadowRoot?.querySelector('[data-level="critical"] .badge')?.textContent).toBe(
      'Almost used up',
    );
    // All 20 gone: it says so, and forecasts nothing more.
    for (let i = 0; i < 2; i++) await ask();
    el.remains = await client.quota.retrieve();
    await el.updateComplete;
    expect(rowText(el, 0)).toContain('20 of 20 used');
    expect(el.shadowRoot?.querySelector('[data-level="critical"] .badge')?.textContent).toBe('Used up');
    expect(el.shadowRoot?.querySelector('[data-level="critical"] [part="forecast"]')).toBeNull();
  });

  it('follows a limiter’s plan dimensions when no remains are given', async () => {
    const limiter = createLimiter({ plan: { windowRequests: 10, weeklyRequests: 100 } });
    for (let i = 0; i < 3; i++) await limiter.acquire({ scope: 'text:MiniMax-M2.7', planRequests: 1 });
    const el = await mount<MmQuotaMeter>('<mm-quota-meter></mm-quota-meter>');
    el.snapshot = limiter.snapshot();
    await el.updateComplete;
    expect(el.rows.map(({ scope, used, total }) => ({ scope, used, total }))).toEqual([
      { scope: 'window', used: 3, total: 10 },
      { scope: 'weekly', used: 3, total: 100 },
    ]);
  });

  for (const { lang, theme } of looks) {
    it(`reads well in ${lang}, ${theme} (axe, screenshot)`, async () => {
      const { client } = await plan(17);
      const el = await mount<MmQuotaMeter>(
        `<mm-quota-meter lang="${lang}" theme="${theme}"></mm-quota-meter>`,
      );
      el.remains = await client.quota.retrieve();
      await el.updateComplete;
      if (lang === 'zh-CN') expect(rowText(el, 0)).toContain('已用 17 / 20');
      await expectAccessible(el);
      await screenshot(el, `quota-meter-${lang}-${theme}`);
    });
  }
});
