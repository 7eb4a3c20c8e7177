import { estimateCost } from '@minimax-kit/core';
import { expect, it } from 'vitest';
import type { EnginePage } from '../../../test/engines/engine-page.ts';
import {
  accessibilityProblemsOn,
  describeInEngines,
  errorsOn,
  money,
  openDemo,
  screenshotOf,
} from './engine-harness.ts';

/** The text of the first element `selector` matches in the cost calculator's shadow root. */
const inCalculator = (page: EnginePage, selector: string) =>
  page.evaluate(
    (selector) =>
      document.querySelector('mm-cost-calculator')?.shadowRoot?.querySelector(selector)?.textContent ?? null,
    selector,
  );

describeInEngines('the calculator page', (session) => {
  it('offers every newer model, and shows M3’s prompt tier and the priority switch', async () => {
    const page = await openDemo(session, 'calculator');
    await page.click({ label: 'International (USD)' });
    const models = await page.evaluate(
      () =>
        [
          ...(document.querySelector('mm-cost-calculator')?.shadowRoot?.querySelectorAll('#model option') ??
            []),
        ].map((option) => option.textContent),
      null,
    );
    expect(models).toEqual(
      expect.arrayContaining([
        'MiniMax-M3',
        'MiniMax-M2.7',
        'MiniMax-M2.7-highspeed',
        'MiniMax-M2.5',
        'M2-her',
      ]),
    );
    await page.select({ label: 'Model' }, 'MiniMax-M3');
    await page.fill({ label: 'Input tokens' }, '600000');
    await page.fill({ label: 'Output tokens' }, '10000');
    const tier = () =>
      page.evaluate(() => {
        const element = document.querySelector('mm-cost-calculator')?.shadowRoot?.querySelector('.tier');
        return element ? { tier: element.getAttribute('data-tier'), text: element.textContent } : null;
      }, null);
    await expect.poll(async () => (await tier())?.tier).toBe('upper');
    expect((await tier())?.text).toContain(
      'above 512,000, so every token of the request pays the upper tier',
    );
    await page.select({ label: 'Service tier' }, 'priority');
    const usage = { kind: 'text', model: 'MiniMax-M3', inputTokens: 600_000, outputTokens: 10_000 } as const;
    const expected = estimateCost(usage, { region: 'global', serviceTier: 'priority' }).total;
    expect(expected).toBe('0.576'); // (600,000 × $0.60 + 10,000 × $2.40) per million × 1.5
    await expect.poll(() => inCalculator(page, '[part="value"]')).toBe(money(expected, 'USD'));
    expect(await inCalculator(page, '[part="source"] [data-source-kind]')).toContain('read 2026-09-19');
    for (const kind of ['Lyrics', 'Understanding']) {
      await page.click({ button: kind });
      await expect.poll(() => inCalculator(page, '[part="value"]')).toMatch(/^\$/);
    }
    await screenshotOf(page, session, 'calculator-m3');
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });

  it('prices a typed-in job to the exact decimal core gives', async () => {
    const page = await openDemo(session, 'calculator');
    await page.fill({ label: 'Input tokens' }, '1234567');
    await page.fill({ label: 'Output tokens' }, '7654321');
    await page.fill({ label: 'Cache read tokens' }, '333');
    const usage = {
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: 1234567,
      outputTokens: 7654321,
      cacheReadTokens: 333,
    } as const;
    const expected = estimateCost(usage, { region: 'cn' }).total;
    const total = () =>
      page.evaluate(() => {
        const estimate = document.querySelector('mm-cost-calculator')?.estimate;
        return estimate?.state === 'priced' ? estimate.cost.total : null;
      }, null);
    await expect.poll(total).toBe(expected);
    // A decimal string: Intl formats it exactly.
    await expect.poll(() => inCalculator(page, '[part="value"]')).toBe(money(expected, 'CNY'));
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });
});
