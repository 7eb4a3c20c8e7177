import { comparePlans } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, looks, mount, screenshot } from '../__fixtures__/harness.js';
import './index.js';
import type { MmCostCalculator } from './cost-calculator.js';

const text = (tokens: { input: string; output: string }, perDay: string, extra = '') =>
  mount<MmCostCalculator>(
    `<mm-cost-calculator region="global" kind="text" model="MiniMax-M2.7" input-tokens="${tokens.input}"
      output-tokens="${tokens.output}" per-day="${perDay}" ${extra}></mm-cost-calculator>`,
  );
const rows = (el: MmCostCalculator) =>
  [...(el.shadowRoot?.querySelectorAll('[part="plans"] tbody tr') ?? [])].map((row) => ({
    option: row.getAttribute('data-option'),
    cheapest: row.hasAttribute('data-cheapest'),
    cells: [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
  }));
const usd = (amount: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 20 }).format(
    amount as unknown as number,
  );

describe('<mm-cost-calculator> plan comparison', () => {
  it('compares pay-as-you-go with every tier for the job done so many times a day', async () => {
    const el = await text({ input: '10000', output: '1000' }, '2400');
    const expected = comparePlans(
      { text: [{ model: 'MiniMax-M2.7', callsPerDay: 2400, inputTokens: 10_000, outputTokens: 1000 }] },
      { region: 'global' },
    );
    expect(el.estimate).toMatchObject({
      state: 'priced',
      plans: { state: 'compared', comparison: expected },
    });
    expect(expected.payAsYouGo.perMonth).toBe('302.4'); // 24M in × $0.3/M + 2.4M out × $1.2/M, × 30
    const shown = rows(el);
    expect(shown.map((row) => row.option)).toEqual(['pay-as-you-go', ...expected.plans.map((p) => p.tier)]);
    expect(shown[0]?.cells[2]).toBe(usd('302.4'));
    expect(shown.find((row) => row.cheapest)?.option).toBe(expected.cheapest);
    expect(shown.find((row) => row.option === expected.cheapest)?.cells[0]).toContain('cheapest');
    expect(shown.slice(1).every((row) => row.cells[1] === 'Yes')).toBe(true);
  });

  it('says which limit a tier misses, and what the overflow costs', async () => {
    const el = await text({ input: '1000', output: '100' }, '1');
    await userEvent.fill(page.getByLabelText('Times a day (plan comparison)'), '48000');
    await el.updateComplete;
    const plus = rows(el).find((row) => row.option === 'plus');
    expect(plus?.cells[1]).toContain('5-hour window: needs 10,000 of 4,500 requests');
    expect(plus?.cells[1]).toContain('weekly cap: needs 336,000 of 45,000 requests');
    // $22 + 30 × $17.46 of Credits (core's hand-checked figure).
    expect(plus?.cells[2]).toContain(usd('545.8'));
    expect(plus?.cells[2]).toContain(`${usd('523.8')} Credits`);
  });

  it('says so when no plan is priced in the region', async () => {
    const el = await mount<MmCostCalculator>('<mm-cost-calculator region="cn"></mm-cost-calculator>');
    expect(el.estimate).toMatchObject({ state: 'priced', plans: { state: 'unpriced', region: 'cn' } });
    expect(el.shadowRoot?.querySelector('[part="plans"]')?.textContent).toBe(
      'No Token Plan prices are known for China (CNY) today.',
    );
  });

  it('marks a wrong count a day as a field error, and has no comparison for voices', async () => {
    const el = await text({ input: '1', output: '1' }, '-3');
    expect(el.estimate).toEqual({ state: 'invalid', errors: { perDay: 'wholeNumber' } });
    const field = page.getByLabelText('Times a day (plan comparison)');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    el.kind = 'voice';
    await el.updateComplete;
    expect(el.estimate).toMatchObject({ state: 'priced' });
    expect(el.estimate).not.toHaveProperty('plans');
    expect(el.shadowRoot?.querySelector('#perDay')).toBeNull();
  });

  it('speaks Chinese', async () => {
    const el = await text({ input: '1000', output: '100' }, '48000', 'lang="zh-CN"');
    expect(el.shadowRoot?.querySelector('[part="plans"] caption')?.textContent).toBe(
      '套餐还是按量付费（每天 48,000 次）',
    );
    expect(rows(el).find((row) => row.option === 'plus')?.cells[1]).toContain(
      '5 小时窗口：需要 10,000 次，额度 4,500 次',
    );
  });

  for (const { lang, theme } of looks) {
    it(`has no axe violations in ${lang}, ${theme} (screenshot saved)`, async () => {
      const el = await text({ input: '1000', output: '100' }, '48000', `lang="${lang}" theme="${theme}"`);
      await expectAccessible(el);
      await screenshot(el, `cost-calculator-plans-${lang}-${theme}`);
    });
  }
});
