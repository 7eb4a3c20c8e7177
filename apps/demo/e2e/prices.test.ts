import { expect, it } from 'vitest';
import type { EnginePage } from '../../../test/engines/engine-page.ts';
import {
  accessibilityProblemsOn,
  describeInEngines,
  errorsOn,
  headingOf,
  openDemo,
  screenshotOf,
} from './engine-harness.ts';

/** The rows `selector` matches that contain `text`, each as its cells' text joined by " | ". */
const rows = (page: EnginePage, selector: string, text: string) =>
  page.evaluate(
    ([selector, text]) => {
      const squash = (value: string | null) => value?.replace(/\s+/g, ' ').trim() ?? '';
      return [...document.querySelectorAll(selector)]
        .filter((tr) => squash(tr.textContent).includes(text))
        .map((tr) => [...tr.querySelectorAll('td')].map((td) => squash(td.textContent)).join(' | '));
    },
    [selector, text] as const,
  );

describeInEngines('the price page', (session) => {
  it('shows each price’s source kind, read date, dates in force, history and notes', async () => {
    const page = await openDemo(session, 'prices');
    await expect.poll(() => headingOf(page)).toBe('Prices & limits');
    const global = 'table[data-prices="global"] tr';

    // Voice cloning: $1.50 today, $3 before — both rows, the earlier one marked as history.
    expect(await rows(page, global, 'Voice cloning')).toEqual([
      'Voice cloning | $1.50 per voice | from 2026-04-01 | official, read 2026-12-02 | ',
      expect.stringMatching(
        /^Voice cloning — earlier price \| \$3\.00 per voice \| until 2026-04-01 \| official, read 2025-12-20 \| MiniMax lowered/,
      ),
    ]);
    expect(await rows(page, 'table[data-prices="global"] tr[data-history]', 'Voice cloning')).toHaveLength(1);

    // MiniMax-M3: its tier and priority in the price, the launch week's promotion as history.
    const m3 = await rows(page, global, 'MiniMax-M3 · input');
    expect(m3[0]).toContain(
      '$0.30 per 1,000,000 tokens; above 512,000 prompt tokens every token $0.60; priority service tier 1.5×',
    );
    expect(m3[0]).toContain('| from 2026-06-08 | cited, read 2026-09-19 |');
    expect(m3[1]).toMatch(
      /^MiniMax-M3 · input — earlier price \| .*every token \$1\.20.* \| 2026-06-01 to 2026-06-08 \| cited, read 2026-06-04 \| Launch week/,
    );

    // A conflict between sources is carried next to the number it concerns.
    expect((await rows(page, global, 'MiniMax-M2.7-highspeed · input'))[0]).toContain('Sources conflict');
    const cited = await page.evaluate(() => {
      const row = [...document.querySelectorAll('table[data-prices="cn"] tr')].find((tr) =>
        tr.textContent?.includes('MiniMax-M3 · input'),
      );
      const source = row?.querySelector('[data-source-kind]');
      return [source?.getAttribute('data-source-kind'), source?.querySelector('a')?.getAttribute('href')];
    }, null);
    expect(cited).toEqual(['cited', 'https://platform.minimaxi.com/docs/guides/pricing-paygo']);
    await screenshotOf(page, session, 'prices-history');
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });

  it('reads well in Chinese and the dark theme (axe)', async () => {
    const page = await openDemo(session, 'prices');
    await page.click({ button: 'Dark theme' });
    await page.click({ button: '中文' });
    await expect.poll(() => headingOf(page)).toBe('价格与限额');
    const [earlier] = await page.evaluate(
      () =>
        [...document.querySelectorAll('table[data-prices="global"] tr[data-history]')]
          .map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .filter((text) => text.includes('音色复刻')),
      null,
    );
    expect(earlier).toContain('音色复刻（此前价格）');
    expect(earlier).toMatch(/至 2026-04-01\s*官方, 读取于 2025-12-20/);
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    await page.click({ button: 'English' });
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });
});
