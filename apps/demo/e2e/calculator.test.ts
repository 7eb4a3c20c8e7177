import { estimateCost } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, demoSession, openPage, screenshot } from './harness.ts';

const session = demoSession();
const usd = (amount: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 20 }).format(
    amount as unknown as number,
  );

describe('the calculator page', () => {
  it('offers every newer model, and shows M3’s prompt tier and the priority switch', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/calculator`);
    const calculator = page.locator('mm-cost-calculator');
    await page.getByLabel('International (USD)').check();
    const models = await calculator.locator('#model option').allTextContents();
    expect(models).toEqual(
      expect.arrayContaining([
        'MiniMax-M3',
        'MiniMax-M2.7',
        'MiniMax-M2.7-highspeed',
        'MiniMax-M2.5',
        'M2-her',
      ]),
    );
    await page.getByLabel('Model').selectOption('MiniMax-M3');
    await page.getByLabel('Input tokens').fill('600000');
    await page.getByLabel('Output tokens').fill('10000');
    const tier = calculator.locator('.tier');
    await expect.poll(() => tier.getAttribute('data-tier')).toBe('upper');
    expect(await tier.textContent()).toContain(
      'above 512,000, so every token of the request pays the upper tier',
    );
    await page.getByLabel('Service tier').selectOption('priority');
    const usage = { kind: 'text', model: 'MiniMax-M3', inputTokens: 600_000, outputTokens: 10_000 } as const;
    const expected = estimateCost(usage, { region: 'global', serviceTier: 'priority' }).total;
    expect(expected).toBe('0.576'); // (600,000 × $0.60 + 10,000 × $2.40) per million × 1.5
    await expect.poll(() => calculator.locator('[part="value"]').textContent()).toBe(usd(expected));
    expect(await calculator.locator('[part="source"] [data-source-kind]').first().textContent()).toContain(
      'read 2026-09-19',
    );
    for (const kind of ['Lyrics', 'Understanding']) {
      await calculator.getByRole('tab', { name: kind }).click();
      await expect.poll(() => calculator.locator('[part="value"]').textContent()).toMatch(/^\$/);
    }
    await screenshot(page, 'calculator-m3');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
