import { describe, expect, it } from 'vitest';
import { accessibilityProblems, demoSession, openPage, screenshot } from './harness.ts';

const session = demoSession();
const squash = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? '';

describe('the price page', () => {
  it('shows each price’s source kind, read date, dates in force, history and notes', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/prices`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Prices & limits');
    const global = page.locator('table[data-prices="global"]');
    // Each row as its cells' text, joined by " | ".
    const rows = (selector: string) =>
      global
        .locator(selector)
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.querySelectorAll('td')]
              .map((td) => td.textContent?.replace(/\s+/g, ' ').trim())
              .join(' | '),
          ),
        );

    // Voice cloning: $1.50 today, $3 before — both rows, the earlier one marked as history.
    const cloning = await rows('tr:has-text("Voice cloning")');
    expect(cloning).toEqual([
      'Voice cloning | $1.50 per voice | from 2026-04-01 | official, read 2026-12-02 | ',
      expect.stringMatching(
        /^Voice cloning — earlier price \| \$3\.00 per voice \| until 2026-04-01 \| official, read 2025-12-20 \| MiniMax lowered/,
      ),
    ]);
    expect(await global.locator('tr[data-history]:has-text("Voice cloning")').count()).toBe(1);

    // MiniMax-M3: its tier and priority in the price, the launch week's promotion as history.
    const m3 = await rows('tr:has-text("MiniMax-M3 · input")');
    expect(m3[0]).toContain(
      '$0.30 per 1,000,000 tokens; above 512,000 prompt tokens every token $0.60; priority service tier 1.5×',
    );
    expect(m3[0]).toContain('| from 2026-06-08 | cited, read 2026-09-19 |');
    expect(m3[1]).toMatch(
      /^MiniMax-M3 · input — earlier price \| .*every token \$1\.20.* \| 2026-06-01 to 2026-06-08 \| cited, read 2026-06-04 \| Launch week/,
    );

    // A conflict between sources is carried next to the number it concerns.
    expect((await rows('tr:has-text("MiniMax-M2.7-highspeed · input")'))[0]).toContain('Sources conflict');
    const cited = page.locator(
      'table[data-prices="cn"] tr:has-text("MiniMax-M3 · input") [data-source-kind]',
    );
    expect(await cited.first().getAttribute('data-source-kind')).toBe('cited');
    expect(await cited.first().locator('a').getAttribute('href')).toBe(
      'https://platform.minimaxi.com/docs/guides/pricing-paygo',
    );
    await screenshot(page, 'prices-history');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads well in Chinese and the dark theme (axe)', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/prices`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('价格与限额');
    const earlier = page.locator('table[data-prices="global"] tr[data-history]:has-text("音色复刻")');
    expect(squash(await earlier.textContent())).toContain('音色复刻（此前价格）');
    expect(squash(await earlier.textContent())).toMatch(/至 2026-04-01\s*官方, 读取于 2025-12-20/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    expect(errors).toEqual([]);
    await page.close();
  });
});
