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

/** The `theme` attribute of the first `tag` on the page. */
const themeOf = (page: EnginePage, tag: string) =>
  page.evaluate((tag) => document.querySelector(tag)?.getAttribute('theme') ?? null, tag);

describeInEngines('the demo, offline on the in-browser mock', (session) => {
  for (const [route, heading] of [
    ['calculator', 'What will it cost?'],
    ['limits', 'Limits & quota'],
    ['playground', 'Playground'],
    ['prices', 'Prices & limits'],
  ] as const) {
    it(`loads ${route} without errors or axe violations (screenshot saved)`, async () => {
      const page = await openDemo(session, route);
      await expect.poll(() => headingOf(page)).toBe(heading);
      await screenshotOf(page, session, route);
      expect(await errorsOn(page)).toEqual([]);
      expect(await accessibilityProblemsOn(page)).toEqual([]);
      await page.close();
    });
  }

  it('switches the pages and every widget to Chinese, and to the dark theme, from the header', async () => {
    const page = await openDemo(session, 'calculator');
    await page.click({ button: 'Dark theme' });
    await page.click({ button: '中文' });
    await expect.poll(() => headingOf(page)).toBe('要花多少钱？');
    expect(await page.evaluate("document.querySelector('nav').textContent")).toContain('价格与限额');
    const thirdTab = () =>
      page.evaluate(
        () =>
          document.querySelector('mm-cost-calculator')?.shadowRoot?.querySelectorAll('[role="tab"]')[2]
            ?.textContent ?? '',
        null,
      );
    await expect.poll(thirdTab).toContain('视频');
    expect(await themeOf(page, 'mm-cost-calculator')).toBe('dark');
    await screenshotOf(page, session, 'calculator-zh-CN-dark');
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    await page.click('nav a[href="#/limits"]');
    await expect.poll(() => headingOf(page)).toBe('限额与配额');
    await page.click({ button: '开始' });
    await expect.poll(() => themeOf(page, 'mm-rate-gauge')).toBe('dark');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // for the screenshot: the gauges in motion
    await screenshotOf(page, session, 'limits-zh-CN-dark');
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    await page.click({ button: '停止' });
    await page.click({ button: 'English' });
    await expect.poll(() => headingOf(page)).toBe('Limits & quota');
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });
});
