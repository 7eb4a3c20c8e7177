import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, looks, mount, screenshot } from '../__fixtures__/harness.js';
import './index.js';
import type { MmCostCalculator } from './cost-calculator.js';

const calculator = (attributes = '') =>
  mount<MmCostCalculator>(`<mm-cost-calculator ${attributes}></mm-cost-calculator>`);
const text = (el: MmCostCalculator, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const all = (el: MmCostCalculator, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) =>
    node.textContent?.replace(/\s+/g, ' ').trim(),
  );
const usd = (amount: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 20 }).format(
    amount as unknown as number,
  );

afterEach(() => {
  document.documentElement.lang = '';
});

describe('<mm-cost-calculator> shows the tier, the service tier and the source of its prices', () => {
  it('shows which prompt-length tier M3’s prompt falls in, and switches to priority', async () => {
    const el = await calculator('lang="en" region="global" model="MiniMax-M3" output-tokens="10000"');
    await userEvent.fill(page.getByLabelText('Input tokens'), '100000');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.tier')?.getAttribute('data-tier')).toBe('lower');
    expect(text(el, '.tier')).toBe(
      'Prompt of 100,000 tokens: 512,000 or fewer, the lower tier. Above 512,000, every token of the request pays the upper tier.',
    );
    expect(text(el, '[part="value"]')).toBe(usd('0.042')); // 100,000 × $0.30 + 10,000 × $1.20, per million
    await userEvent.fill(page.getByLabelText('Input tokens'), '600000');
    await el.updateComplete;
    expect(text(el, '.tier')).toBe(
      'Prompt of 600,000 tokens: above 512,000, so every token of the request pays the upper tier.',
    );
    expect(text(el, '[part="value"]')).toBe(usd('0.384')); // 600,000 × $0.60 + 10,000 × $2.40
    await userEvent.selectOptions(page.getByLabelText('Service tier'), 'priority');
    await el.updateComplete;
    expect(el.serviceTier).toBe('priority');
    expect(text(el, '[part="value"]')).toBe(usd('0.576')); // × 1.5
    expect(all(el, '[part="lines"] th')).toEqual([
      'MiniMax-M3 input (prompt > 512,000, priority)',
      'MiniMax-M3 output (prompt > 512,000, priority)',
    ]);
    expect(all(el, '#serviceTier option')).toEqual(['Standard', 'Priority (1.5× the price)']);
    await expectAccessible(el);
  });

  it('offers no service tier for a model without one', async () => {
    const el = await calculator('lang="en" region="global" model="MiniMax-M2.7" service-tier="priority"');
    expect(el.shadowRoot?.querySelector('#serviceTier')).toBeNull();
    expect(el.shadowRoot?.querySelector('.tier')).toBeNull();
    expect(el.serviceTier).toBe('standard');
    expect(el.estimate.state).toBe('priced');
  });

  it('names the source kind and read date of each price, and the notes where sources conflict', async () => {
    const el = await calculator('lang="en"');
    // The seed page: MiniMax's own, read 2026-11-23.
    expect(all(el, '[part="source"] li')).toEqual(['Official: MiniMax’s own page, read 2026-11-23']);
    expect(el.shadowRoot?.querySelector('[part="source"] a')?.getAttribute('href')).toBe(
      'https://platform.minimaxi.com/docs/guides/pricing-paygo',
    );
    el.model = 'MiniMax-M3';
    await el.updateComplete;
    const [source, note] = all(el, '[part="source"] li');
    expect(source).toBe('Cited: MiniMax’s page as a third party read it, read 2026-09-19');
    expect(note).toContain('Above 512k');
    expect(el.shadowRoot?.querySelector('[data-source-kind]')?.getAttribute('data-source-kind')).toBe(
      'cited',
    );
    Object.assign(el, { region: 'global', model: 'MiniMax-M2.7-highspeed' });
    await el.updateComplete;
    expect(all(el, '.notes li')).toEqual([expect.stringMatching(/^Sources conflict: .*\$0\.3.*\$0\.6/)]);
    expect(el.shadowRoot?.querySelector('.notes li')?.getAttribute('lang')).toBe('en');
  });

  it('prices lyrics and understanding in the global region, and says where a kind is priced', async () => {
    const el = await calculator('lang="en" kind="lyrics"');
    expect(text(el, '.notice')).toBe(
      'MiniMax publishes no China (CNY) price for Lyrics. Switch the region to International (USD) to see it.',
    );
    el.region = 'global';
    el.count = '3';
    await el.updateComplete;
    expect(text(el, '[part="value"]')).toBe(usd('0.03'));
    el.kind = 'vlm';
    await el.updateComplete;
    expect(all(el, '[part="lines"] td.quantity')).toEqual(['3 × $0.06 per 1 request']);
    expect(text(el, '[part="value"]')).toBe(usd('0.18'));
  });

  it('speaks Chinese for the tier, the service tier and the source', async () => {
    const el = await calculator('lang="zh-CN" model="MiniMax-M3" input-tokens="600000" output-tokens="1000"');
    expect(text(el, '.tier')).toBe('输入 600,000 token，超过 512,000：本次请求的全部 token 按高档计价。');
    expect(all(el, '#serviceTier option')).toEqual(['标准', '优先（价格 ×1.5）']);
    expect(all(el, '[part="source"] li')[0]).toBe('转引：第三方读取的 MiniMax 页面, 读取于 2026-09-19');
    expect(text(el, '#tab-vlm')).toBe('理解');
  });

  for (const { lang, theme } of looks) {
    it(`has no axe violations with M3's tier, priority and sources in ${lang}, ${theme}`, async () => {
      const el = await calculator(
        `lang="${lang}" theme="${theme}" region="global" model="MiniMax-M3" input-tokens="600000" service-tier="priority"`,
      );
      expect(el.estimate.state).toBe('priced');
      await expectAccessible(el);
      await screenshot(el, `cost-calculator-m3-${lang}-${theme}`);
    });
  }
});
