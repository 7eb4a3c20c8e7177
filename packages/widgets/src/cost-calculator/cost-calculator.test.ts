import { estimateCost, pricingTables, tokenPlanRequests } from '@minimax-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, looks, mount, screenshot } from '../__fixtures__/harness.js';
import './index.js';
import { calculatorKinds } from './calculator-input.js';
import type { MmCostCalculator } from './cost-calculator.js';

const calculator = (attributes = '') =>
  mount<MmCostCalculator>(`<mm-cost-calculator ${attributes}></mm-cost-calculator>`);
const shown = (el: MmCostCalculator) => el.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim();
const options = (el: MmCostCalculator, id: string) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLOptionElement>(`#${id} option`) ?? [])].map((o) => o.value);
const exact = (amount: string, currency: string, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 20 }).format(
    amount as unknown as number,
  );

afterEach(() => {
  document.documentElement.lang = '';
});

describe('<mm-cost-calculator>', () => {
  it('prices what is typed to the exact decimal core gives, and says what it is worth on a Token Plan', async () => {
    const el = await calculator();
    const changes: CustomEvent[] = [];
    el.addEventListener('mm-estimate-change', (event) => changes.push(event));
    await userEvent.fill(page.getByLabelText('Input tokens'), '1234567');
    await userEvent.fill(page.getByLabelText('Output tokens'), '89');
    await userEvent.fill(page.getByLabelText('Cache read tokens'), '3');
    await el.updateComplete;
    const usage = {
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: 1234567,
      outputTokens: 89,
      cacheReadTokens: 3,
      cacheWriteTokens: 0,
    } as const;
    const expected = estimateCost(usage, { region: 'cn' });
    expect(expected.total).toBe('2.59333893'); // 1,234,567 × 2.1 + 89 × 8.4 + 3 × 0.21, per million
    expect(shown(el)).toBe(exact(expected.total, 'CNY'));
    // MiniMax-M2 is pay-as-you-go only: the Token Plan does not cover it, and the widget says so.
    expect(el.estimate).toMatchObject({
      state: 'priced',
      cost: { total: expected.total },
      planRequests: undefined,
    });
    expect(el.shadowRoot?.querySelector('.plan')?.textContent).toBe('Not covered by the Token Plan');
    const last = changes.at(-1)?.detail;
    expect(last).toMatchObject({ state: 'priced', cost: { total: expected.total, currency: 'CNY' } });
    expect(changes.at(-1)?.bubbles && changes.at(-1)?.composed).toBe(true);
  });

  it('counts speech billing characters live, Chinese characters twice', async () => {
    const el = await calculator('kind="speech"');
    await userEvent.fill(page.getByLabelText('Text to speak'), '你好, MiniMax!');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('#text-count')?.textContent).toContain(
      '14 billing characters (2 Chinese characters count 2 each)',
    );
    const usage = { kind: 'speech', model: el.model, mode: 'sync', text: '你好, MiniMax!' } as const;
    expect(shown(el)).toBe(exact(estimateCost(usage, { region: 'cn' }).total, 'CNY'));
    expect(el.shadowRoot?.querySelector('.plan')?.textContent).toBe(
      `On a Token Plan: ${tokenPlanRequests(usage)} requests`,
    );
  });

  it('offers only the video combinations MiniMax prices, and each one prices', async () => {
    const el = await calculator('kind="video"');
    const rows = pricingTables.cn?.prices.filter((row) => row.kind === 'video') ?? [];
    const offered = new Set<string>();
    for (const model of options(el, 'model')) {
      el.model = model;
      await el.updateComplete;
      for (const mode of options(el, 'videoMode')) {
        el.videoMode = mode as MmCostCalculator['videoMode'];
        await el.updateComplete;
        for (const resolution of options(el, 'resolution')) {
          el.resolution = resolution;
          await el.updateComplete;
          for (const duration of options(el, 'duration')) {
            el.duration = duration;
            await el.updateComplete;
            expect(el.estimate.state).toBe('priced');
            offered.add(`${model} ${mode} ${resolution} ${duration}`);
          }
        }
      }
    }
    const priced = new Set(
      rows.flatMap((row) =>
        row.models.flatMap((model) =>
          row.modes.map((mode) => `${model} ${mode} ${row.resolution} ${row.durationSeconds}`),
        ),
      ),
    );
    expect(offered).toEqual(priced);
    // The fast model starts from an image only; 1080P clips last 6 s only.
    el.model = 'MiniMax-Hailuo-2.3-Fast';
    el.videoMode = 'text-to-video';
    await el.updateComplete;
    expect(el.videoMode).toBe('image-to-video');
    el.resolution = '1080P';
    el.duration = '10';
    await el.updateComplete;
    expect(options(el, 'duration')).toEqual(['6']);
    expect(el.duration).toBe('6');
  });

  it('shows a clear message beside a wrong field and never a wrong total', async () => {
    const el = await calculator();
    const changes: CustomEvent[] = [];
    el.addEventListener('mm-estimate-change', (event) => changes.push(event));
    await userEvent.fill(page.getByLabelText('Output tokens'), '12.5');
    await el.updateComplete;
    const input = el.shadowRoot?.querySelector('#outputTokens');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(el.shadowRoot?.querySelector(`#${input?.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'Enter a whole number, 0 or more.',
    );
    expect(shown(el)).toBe('—');
    expect(changes.at(-1)?.detail).toEqual({ state: 'invalid', errors: { outputTokens: 'wholeNumber' } });
    el.kind = 'image';
    el.count = '0';
    await el.updateComplete;
    expect(el.estimate).toEqual({ state: 'invalid', errors: { count: 'atLeastOne' } });
  });

  it('prices the global region in USD wherever MiniMax publishes it, speech included', async () => {
    const el = await calculator('region="global"');
    expect(shown(el)).toBe(
      exact(
        estimateCost(
          { kind: 'text', model: 'MiniMax-M2', inputTokens: 1_000_000, outputTokens: 200_000 },
          { region: 'global' },
        ).total,
        'USD',
      ),
    );
    el.kind = 'speech';
    el.text = '你好，MiniMax！';
    await el.updateComplete;
    const usage = { kind: 'speech', model: el.model, mode: 'sync', text: '你好，MiniMax！' } as const;
    expect(el.estimate.state).toBe('priced');
    expect(shown(el)).toBe(exact(estimateCost(usage, { region: 'global' }).total, 'USD'));
  });

  it('reflects attributes, is read through properties, and hands its total to a form', async () => {
    document.body.replaceChildren();
    document.body.innerHTML = `<form><mm-cost-calculator name="cost" kind="image" count="4"></mm-cost-calculator></form>`;
    const el = document.querySelector('mm-cost-calculator') as MmCostCalculator;
    await el.updateComplete;
    expect(el.kind).toBe('image');
    expect(new FormData(document.querySelector('form') as HTMLFormElement).get('cost')).toBe(
      estimateCost({ kind: 'image', model: 'image-01', count: 4 }, { region: 'cn' }).total,
    );
  });

  it('is driven by the keyboard alone: arrow keys move between tabs', async () => {
    const el = await calculator();
    el.shadowRoot?.querySelector<HTMLElement>('#tab-text')?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.kind).toBe('speech');
    expect(el.shadowRoot?.activeElement?.id).toBe('tab-speech');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.kind).toBe('vlm');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.kind).toBe('text');
  });

  it('speaks Chinese from its lang attribute or the page’s, money through Intl', async () => {
    const el = await calculator('lang="zh-CN"');
    expect(el.shadowRoot?.querySelector('#tab-video')?.textContent?.trim()).toBe('视频');
    const total = (el.estimate as { cost: { total: string } }).cost.total;
    expect(shown(el)).toBe(exact(total, 'CNY', 'zh-CN'));
    const lines = () =>
      [...(el.shadowRoot?.querySelectorAll('[part="lines"] th') ?? [])].map((th) => th.textContent?.trim());
    expect(lines()).toEqual(['MiniMax-M2 输入', 'MiniMax-M2 输出']);
    Object.assign(el, {
      kind: 'video',
      model: 'MiniMax-Hailuo-02',
      videoMode: 'text-to-video',
      resolution: '768P',
      duration: '6',
    });
    await el.updateComplete;
    expect(lines()).toEqual(['MiniMax-Hailuo-02 文生视频 768P 6 秒']);
    el.kind = 'text';
    await el.updateComplete;
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('#tab-video')?.textContent?.trim()).toBe('Video');
    document.documentElement.lang = 'zh-CN';
    await new Promise((resolve) => setTimeout(resolve)); // the observer's turn
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('#tab-video')?.textContent?.trim()).toBe('视频');
  });

  it('takes its colours from --mm-* custom properties, light and dark', async () => {
    const el = await calculator('style="--mm-color-accent: rgb(1, 2, 3)"');
    const selected = el.shadowRoot?.querySelector('[aria-selected="true"]') as HTMLElement;
    expect(getComputedStyle(selected).borderBottomColor).toBe('rgb(1, 2, 3)');
    const base = el.shadowRoot?.querySelector('[part="base"]') as HTMLElement;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).toBe('rgb(23, 23, 27)');
  });

  it('takes tokens from any ancestor, and ::part rules from the page', async () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<style id="page">mm-cost-calculator::part(total) { letter-spacing: 3px; }</style>',
    );
    document.body.innerHTML = `<div style="--mm-radius: 3px; --mm-space: 5px; --mm-font-family: monospace"><mm-cost-calculator></mm-cost-calculator></div>`;
    const el = document.querySelector('mm-cost-calculator') as MmCostCalculator;
    await el.updateComplete;
    const part = (name: string) =>
      getComputedStyle(el.shadowRoot?.querySelector(`[part="${name}"]`) as HTMLElement);
    expect([part('base').borderTopLeftRadius, part('base').paddingTop, part('base').fontFamily]).toEqual([
      '3px',
      '5px',
      'monospace',
    ]);
    expect(part('total').letterSpacing).toBe('3px');
    document.getElementById('page')?.remove();
  });

  for (const { lang, theme } of looks) {
    it(`has no axe violations in ${lang}, ${theme}, on every tab (screenshots saved)`, async () => {
      const el = await calculator(`lang="${lang}" theme="${theme}"`);
      for (const kind of calculatorKinds) {
        el.kind = kind;
        if (kind === 'speech') el.text = '你好，MiniMax！';
        await el.updateComplete;
        await expectAccessible(el);
      }
      el.kind = 'video';
      await screenshot(el, `cost-calculator-${lang}-${theme}`);
    });
  }
});
