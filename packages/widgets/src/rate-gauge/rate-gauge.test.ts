import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it, vi } from 'vitest';
import { expectAccessible, looks, mount, screenshot } from '../__fixtures__/harness.js';
import './index.js';
import type { MmRateGauge } from './rate-gauge.js';

const scope = 'text:MiniMax-M2.7';
const limiterFor = () => createLimiter({ limits: { [scope]: { rpm: 4, tpm: 1000, conn: 2 } }, guardMs: 0 });
const row = (el: MmRateGauge, id: string) =>
  el.shadowRoot?.querySelector(`[id="label-${id}"]`)?.closest('[part="row"]') as HTMLElement | null;

describe('<mm-rate-gauge>', () => {
  it('follows a limiter live: RPM, TPM and CONN against their limits, and who waits', async () => {
    const limiter = limiterFor();
    const el = await mount<MmRateGauge>(`<mm-rate-gauge scope="${scope}"></mm-rate-gauge>`);
    el.limiter = limiter;
    await el.updateComplete;
    const first = await limiter.acquire({ scope, tokens: 300, conn: true });
    await limiter.acquire({ scope, tokens: 300, conn: true });
    const waiting = limiter.acquire({ scope, tokens: 10, conn: true }); // CONN is full: it queues
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    const rpm = row(el, `rpm:${scope}`)?.querySelector('[role="meter"]');
    expect(rpm?.getAttribute('aria-valuenow')).toBe('2');
    expect(rpm?.getAttribute('aria-valuemax')).toBe('4');
    expect(rpm?.getAttribute('aria-valuetext')).toBe('2 of 4');
    expect(row(el, `tpm:${scope}`)?.textContent).toContain('600 of 1,000');
    expect(row(el, `conn:${scope}`)?.dataset.level).toBe('critical');
    expect(el.shadowRoot?.querySelector('[part="queued"]')?.textContent).toBe('1 waiting');
    await first.release();
    await waiting;
    // The limiter publishes once its pass over the queue ends, a few microtasks after the admission.
    await vi.waitFor(async () => {
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="queued"]')?.textContent).toBe('0 waiting');
    });
    expect(row(el, `rpm:${scope}`)?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('3');
  });

  it('shows every limit it will enforce for its scope at 0 of N before any traffic', async () => {
    const el = await mount<MmRateGauge>('<mm-rate-gauge scope="text:MiniMax-M2-Stable"></mm-rate-gauge>');
    el.limiter = createLimiter({ region: 'global', tier: 'paid' }); // the documented limits, idle
    await el.updateComplete;
    const rows = [...(el.shadowRoot?.querySelectorAll('[part="row"]') ?? [])].map((r) =>
      r.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual([
      'Requests / min · text:MiniMax-M2-Stable 0 of 500',
      'Tokens / min · text:MiniMax-M2-Stable 0 of 20,000,000',
    ]);
    expect(el.shadowRoot?.querySelector('[part="queued"]')?.textContent).toBe('0 waiting');
  });

  it('shows a pause MiniMax imposed after a rejection', async () => {
    const limiter = limiterFor();
    const el = await mount<MmRateGauge>('<mm-rate-gauge></mm-rate-gauge>');
    el.limiter = limiter;
    await limiter.reportRejection({ scope }, 'rpm', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(row(el, `rpm:${scope}`)?.querySelector('[part="paused"]')?.textContent).toMatch(
      /^Paused by MiniMax for 3[01] s$/,
    ); // 30 s and the limiter’s guard
  });

  it('stops following a limiter once removed from the page', async () => {
    const limiter = limiterFor();
    const el = await mount<MmRateGauge>('<mm-rate-gauge></mm-rate-gauge>');
    el.limiter = limiter;
    await el.updateComplete;
    el.remove();
    await limiter.acquire({ scope, tokens: 1 });
    expect(el.snapshot?.dimensions[`rpm:${scope}`]?.used ?? 0).toBe(0);
  });

  for (const { lang, theme } of looks) {
    it(`reads well in ${lang}, ${theme} (axe, screenshot)`, async () => {
      const limiter = limiterFor();
      await limiter.acquire({ scope, tokens: 700, conn: true });
      for (let i = 0; i < 2; i++) await limiter.acquire({ scope, tokens: 50 });
      const el = await mount<MmRateGauge>(`<mm-rate-gauge lang="${lang}" theme="${theme}"></mm-rate-gauge>`);
      el.limiter = limiter;
      await el.updateComplete;
      if (lang === 'zh-CN') expect(el.shadowRoot?.textContent).toContain('每分钟请求');
      await expectAccessible(el);
      await screenshot(el, `rate-gauge-${lang}-${theme}`);
    });
  }
});
